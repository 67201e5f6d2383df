package org.annalist.bench;

import org.annalist.testing.WordFixtures;
import org.annalist.model.ItemKind;
import org.annalist.model.ReviewComment;
import org.annalist.service.AnnalistSession;
import org.annalist.service.DemoService;
import org.annalist.service.TestFiles;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An archive to compare two builds of the Word writer on (not a test): the demo publications and, in the demo 年鉴's
 * second 类目, a fixture article with footnotes, endnotes, a table with row and column spans and 表题, a picture with
 * 图注, index terms, a link, emphasis, comments with a reply and tracked suggestions (as DocxTreeRoundTripTest makes
 * it). Prints the ids to export: {@code DATA-DIR} → "section N" and "item N".
 */
public final class DocxReferenceData {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        long fixture;
        long section;
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            if (!s.demo().buildAll(TestFiles.archiveDir()).stream().allMatch(DemoService.Outcome::ok)) throw new IllegalStateException("demo");
            var nj = s.queries().publication("demo-nianjian-2022").orElseThrow();
            section = nj.sections().get(1).children().get(0).section().id();
            fixture = fixture(s, data, section, "往返测试稿");
        }
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑乙")) {
            ReviewComment first = s.queries().item(fixture).orElseThrow().comments().get(0);
            s.comments().reply(first.id(), "同意，已核对统计公报。");
            String body = s.queries().item(fixture).orElseThrow().item().body();
            int at = body.indexOf("建言献策");
            s.comments().add(fixture, body, at, at + 4, "此处可举一例。");
        }
        System.out.println("section " + section);
        System.out.println("item " + fixture);
    }

    private static long fixture(AnnalistSession s, Path dir, long section, String title) throws Exception {
        var item = s.management().createItem(section, ItemKind.ARTICLE, title);
        Path png = dir.resolve("全景.png");
        BufferedImage img = new BufferedImage(160, 90, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, 160, 90);
        g.dispose();
        ImageIO.write(img, "png", png.toFile());
        long picture = s.editing().attachImage(item.id(), png);
        Files.delete(png);
        String body = """
                2022年，[区政协]{.index entry="乌当区政协"}围绕中心工作建言献策[^1]，详见[政协*网站*](https://www.example.org/zx)。\
                全年收录稿件[70余篇]{.deletion author="编辑乙" date="2024-06-01T08:00:00Z"}[73篇]{.insertion author="编辑丙" date="2024-06-02T09:30:00Z"}，\
                其中**重点提案**12件[^e1]。 带<尖括号>与&符号及"引号"  x^2^ H~2~O

                **【*重点*工作】** 围绕[曲靖]{.index reading="qǔjìng"}等地的经验开展调研，形成报告3篇。

                """ + WordFixtures.SPANNED_TABLE + """
                ![乌当区全景（*摄影*：张三）](attachment:%d)

                - 第一项
                - 第二项

                1. 甲
                2. 乙

                > 引文一段。

                ***

                全年召开会议12次，提案办复率100%%。  行末有空格  

                [^1]: 据区政协办公室统计。

                [^e1]: 含联名提案3件。
                """.formatted(picture);
        item = s.editing().save(item.withBody(body), "写稿");
        String stored = item.body();
        int at = stored.indexOf("重点提案");
        s.comments().add(item.id(), stored, at, at + 4, "请核对提案数字。");
        return item.id();
    }
}
