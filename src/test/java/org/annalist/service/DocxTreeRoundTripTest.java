package org.annalist.service;

import org.annalist.testing.WordFixtures;
import org.annalist.doc.Document;
import org.annalist.doc.Markdown;
import org.annalist.doc.TreeDump;
import org.annalist.importer.ImportResult;
import org.annalist.importer.ImportedItem;
import org.annalist.importer.Source;
import org.annalist.model.Attachment;
import org.annalist.model.ImportOptions;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.PublicationKind;
import org.annalist.model.ReviewComment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The .docx round trip gives the same document tree (issue 13, Proof "Round trip"): every item of the demo 年鉴, of
 * the demo 文史 辑 and of a generated bench yearbook goes out to Word with its review data
 * ({@link DocxService#item}, as 导出 Word and {@code typeset --item … -o x.docx} write it) and is read back by the
 * Word importer on the path {@code import --item} takes ({@link ImportService#parse} → {@link ImportService#returnedBody}
 * → the Markdown the item would be stored with).
 *
 * <p><b>Level compared: the item.</b> The tree the exporter was given for an item is {@link BookAssembler#item}: the
 * 篇名, 副题 and 署名 (or the 条目's run-in 【title】) followed by the body. What came back is assembled the same way
 * from what the importer found: the head it read (title, subtitle, credits; an 条目's title is what
 * {@code returnedBody} must find and take off the first paragraph) and the returned body. The two {@link TreeDump}s
 * must be equal line for line. A publication's own furniture (title page, 版权页, 目录 and 索引 field results) is made
 * by the writer, not carried by the tree, so the publication level would compare the writer with itself; the item is
 * the unit the return path ({@code import --item}) stores. Comments are compared too: every stored comment comes back
 * as the same comment (author, text, date to the second) in the same thread.
 *
 * <p>The only normalisation is {@link #picturesByContent}: see there.
 */
class DocxTreeRoundTripTest {
    @TempDir
    Path tmp;

    private static final String TEMPLATE = "nianjian-16k";

    @Test
    void theDemoPublicationsAndAFixtureWithEveryFeatureComeBackAsTheSameTrees() throws Exception {
        Path data = tmp.resolve("data");
        long fixture;
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            assertThat(s.demo().buildAll(TestFiles.archiveDir())).allMatch(DemoService.Outcome::ok);
            var nj = s.queries().publication("demo-nianjian-2022").orElseThrow();
            long section = nj.sections().get(1).children().get(0).section().id();
            fixture = fixture(s, section, ItemKind.ARTICLE, "往返测试稿");
            fixture(s, section, ItemKind.ENTRY, "往返条目");
        }
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑乙")) {
            // a reply by another editor, and a comment of theirs
            ReviewComment first = s.queries().item(fixture).orElseThrow().comments().get(0);
            s.comments().reply(first.id(), "同意，已核对统计公报。");
            String body = s.queries().item(fixture).orElseThrow().item().body();
            int at = body.indexOf("建言献策");
            s.comments().add(fixture, body, at, at + 4, "此处可举一例。");
        }
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            List<String> differences = new ArrayList<>();
            int items = 0;
            for (String code : List.of("demo-nianjian-2022", "demo-wenshi-1")) {
                for (long id : itemIds(s.queries().publication(code).orElseThrow())) {
                    roundTrip(s, id, differences);
                    items++;
                }
            }
            assertThat(items).isEqualTo(13);
            assertThat(differences).as("differences between the trees that went out and came back").isEmpty();
            // the fixture went out with what the brief lists: make sure it really held them
            Item f = s.queries().item(fixture).orElseThrow().item();
            String dump = TreeDump.dump(BookAssembler.item(f, 3));
            assertThat(dump).contains("Note\n").contains("Note endnote").contains("colSpan=2 rowSpan=2").contains("Figure \"attachment:")
                    .contains("IndexTerm entry=").contains("    EntryTitle\n      Emph").contains("    Link \"https://www.example.org/zx\"\n      Text \"政协\"\n      Emph")
                    .contains("author=\"编辑乙\"").contains("author=\"编辑丙\"").contains(".insertion").contains(".deletion");
            assertThat(s.queries().item(fixture).orElseThrow().comments()).hasSize(3)
                    .anyMatch(c -> c.parentId() != null);
        }
    }

    @Test
    void aGeneratedBenchYearbookComesBackAsTheSameTrees() throws Exception {
        Path data = tmp.resolve("data");
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            long pub = benchYearbook(s, 15_000);
            List<String> differences = new ArrayList<>();
            List<Long> ids = itemIds(s.queries().publication(Long.toString(pub)).orElseThrow());
            assertThat(ids).hasSizeGreaterThan(20);
            for (long id : ids) roundTrip(s, id, differences);
            assertThat(differences).as("differences between the trees that went out and came back").isEmpty();
        }
    }

    /** Exports one item with its review data, reads it back as {@code import --item} does, compares; adds what differs. */
    private void roundTrip(AnnalistSession s, long itemId, List<String> differences) throws Exception {
        var details = s.queries().item(itemId).orElseThrow();
        Item item = details.item();
        Path out = tmp.resolve("item-" + itemId + ".docx");
        DocxService.item(s, itemId, out, new DocxService.Options(TEMPLATE, true, null));
        Source source = ImportService.readSource(out);
        ImportResult result = s.imports().parse(source, ImportOptions.DEFAULT).result();
        assertThat(result.items()).as("#%d %s", itemId, item.title()).isNotEmpty();

        int level = DocxService.itemLevel(item, sid -> s.queries().section(Long.toString(sid)));
        String body = picturesByContent(Markdown.write(ImportService.returnedBody(item, result.items(), level)), result, details.attachments());
        ImportedItem head = result.items().get(0);
        Item back = item.withBody(body);
        if (item.kind() != ItemKind.ENTRY) {
            back = back.withTitle(head.title(), head.subtitle())
                    .withMetadata(item.metadata().withCredits(head.metadata().credits()));
        }
        String went = TreeDump.dump(BookAssembler.item(item, level));
        String came = TreeDump.dump(BookAssembler.item(back, level));
        // -Ddocxtrip.dump=DIR: both dumps of every item written there, to read a difference whole (diff N.went N.came)
        String dir = System.getProperty("docxtrip.dump");
        if (dir != null) {
            Files.writeString(Path.of(dir, itemId + ".went"), went);
            Files.writeString(Path.of(dir, itemId + ".came"), came);
        }
        if (!went.equals(came)) differences.add("#" + itemId + " " + item.title() + ":\n" + firstDifference(went, came));

        List<ReviewComment> stored = details.comments();
        List<ImportResult.ImportedComment> read = result.comments();
        if (stored.size() != read.size()) {
            differences.add("#" + itemId + " " + item.title() + ": " + stored.size() + " comments went out, " + read.size() + " came back");
            return;
        }
        for (int i = 0; i < stored.size(); i++) {
            ReviewComment c = stored.get(i);
            ImportResult.ImportedComment r = read.get(i);
            boolean sameThread = c.parentId() == null ? r.replyTo() < 0
                    : r.replyTo() >= 0 && stored.get(r.replyTo()).id() == c.parentId();
            if (!ImportService.sameComment(c, r.comment()) || !sameThread) {
                differences.add("#" + itemId + " comment " + i + ": went " + c + "\n  came " + r);
            }
        }
    }

    /**
     * The one normalisation: a picture comes back as the importer's new attachment ({@code attachment:new/N}), as
     * the reader cannot know the archive's number; it is the same picture when its bytes are those of the item's
     * attachment (as the store keeps one copy of equal bytes). Anything else stays as read, and differs.
     */
    private static String picturesByContent(String markdown, ImportResult result, List<Attachment> attachments) {
        Matcher m = Pattern.compile(Pattern.quote(ImportResult.NEW_ATTACHMENT) + "(\\d+)").matcher(markdown);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String sha = sha256(result.attachments().get(Integer.parseInt(m.group(1))).bytes());
            String same = attachments.stream().filter(a -> a.sha256().equalsIgnoreCase(sha))
                    .map(a -> "attachment:" + a.id()).findFirst().orElse(m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(same));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstDifference(String a, String b) {
        String[] x = a.split("\n"), y = b.split("\n");
        int i = 0;
        while (i < x.length && i < y.length && x[i].equals(y[i])) i++;
        StringBuilder sb = new StringBuilder();
        for (int k = Math.max(0, i - 3); k < Math.min(Math.max(x.length, y.length), i + 4); k++) {
            sb.append(k < x.length ? x[k] : "∅").append("    |    ").append(k < y.length ? y[k] : "∅").append('\n');
        }
        return "  line " + (i + 1) + " (went | came):\n" + sb;
    }

    private static List<Long> itemIds(ArchiveTree.PublicationNode node) {
        List<Long> out = new ArrayList<>();
        for (var s : node.sections()) itemIds(s, out);
        return out;
    }

    private static void itemIds(ArchiveTree.SectionNode s, List<Long> out) {
        for (Item i : s.items()) out.add(i.id());
        for (var c : s.children()) itemIds(c, out);
    }

    /**
     * An item with what the brief lists: footnote and endnote, a table with row and column spans and a caption, a
     * picture with 图注, index terms, emphasis inside a link and inside an 【条目】 title, pending suggestions by two
     * authors (a deletion and an insertion), a comment (replied to and joined by another editor's in the test).
     */
    private long fixture(AnnalistSession s, long section, ItemKind kind, String title) throws Exception {
        Item item = s.management().createItem(section, kind, title);
        Path png = tmp.resolve("全景-" + title + ".png");
        BufferedImage img = new BufferedImage(160, 90, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, 160, 90);
        g.setColor(Color.ORANGE);
        g.fillOval(20 + title.length(), 10, 60, 60);
        g.dispose();
        ImageIO.write(img, "png", png.toFile());
        long picture = s.editing().attachImage(item.id(), png);
        String body = """
                2022年，[区政协]{.index entry="乌当区政协"}围绕中心工作建言献策[^1]，详见[政协*网站*](https://www.example.org/zx)。\
                全年收录稿件[70余篇]{.deletion author="编辑乙" date="2024-06-01T08:00:00Z"}[73篇]{.insertion author="编辑丙" date="2024-06-02T09:30:00Z"}，\
                其中**重点提案**12件[^e1]。

                **【*重点*工作】** 围绕[曲靖]{.index reading="qǔjìng"}等地的经验开展调研，形成报告3篇。

                """ + WordFixtures.SPANNED_TABLE + """
                ![乌当区全景（*摄影*：张三）](attachment:%d)

                全年召开会议12次，提案办复率100%%。

                [^1]: 据区政协办公室统计。

                [^e1]: 含联名提案3件。
                """.formatted(picture);
        item = s.editing().save(item.withBody(body), "写稿");
        String stored = item.body();
        int at = stored.indexOf("重点提案");
        s.comments().add(item.id(), stored, at, at + 4, "请核对提案数字。");
        return item.id();
    }

    /**
     * A bench yearbook in the archive, as ../shared/bench/gen_yearbook.py makes it (a Java port, so the test needs no
     * python): 类目 of 3–6 分目 of 5–12 条目, each 条目 1–4 paragraphs of 2–6 sentences from the seed texts, a
     * statistics table (right-aligned number columns) every {@link #TABLE_EVERY} 条目 (the script: every 40; fewer
     * here, as the test's yearbook is small); {@code chars} characters of text. Deterministic (fixed seed).
     */
    private static final int TABLE_EVERY = 8;

    private static long benchYearbook(AnnalistSession s, int chars) throws Exception {
        StringBuilder text = new StringBuilder();
        try (var files = Files.list(TestFiles.archiveDir().resolve("seeds"))) {
            for (Path p : files.sorted().toList()) text.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
        }
        StringBuilder prose = new StringBuilder();
        for (String line : text.toString().split("\n")) {
            String l = line.replaceAll("\\s+", "");
            long han = l.chars().filter(c -> c > 0x2e80).count();
            if (l.length() > 20 && han > l.length() * 0.7) prose.append(l);
        }
        List<String> sentences = new ArrayList<>();
        for (String sn : prose.toString().split("[。！？]")) if (sn.length() > 8) sentences.add(sn + "。");
        Random rnd = new Random(20221);
        String[] cats = {"特载", "专文", "大事记", "政治", "经济", "文化", "社会", "城乡建设", "生态环境", "人物", "附录"};
        var pub = s.management().createPublication(new ArchiveManagement.NewPublication(PublicationKind.NIANJIAN,
                "模拟年鉴", 2022, null, "bench", null));
        int total = 0, entries = 0;
        for (int ci = 0; total < chars; ci++) {
            var cat = s.management().createSection(pub.id(), null, cats[ci % cats.length] + (ci < cats.length ? "" : ci / cats.length + 1));
            int subs = 3 + rnd.nextInt(4);
            for (int si = 0; si < subs; si++) {
                var sub = s.management().createSubsection(cat.id(), "分目" + (ci + 1) + "." + (si + 1));
                int n = 5 + rnd.nextInt(8);
                for (int e = 0; e < n; e++) {
                    entries++;
                    String t = sentences.get(rnd.nextInt(sentences.size())).replaceAll("[，、：；“”《》（）\"。]", "");
                    t = t.substring(0, Math.min(t.length(), 4 + rnd.nextInt(9)));
                    StringBuilder body = new StringBuilder();
                    int paras = 1 + rnd.nextInt(4);
                    for (int p = 0; p < paras; p++) {
                        int k = 2 + rnd.nextInt(5);
                        StringBuilder para = new StringBuilder();
                        for (int j = 0; j < k; j++) para.append(sentences.get(rnd.nextInt(sentences.size())));
                        body.append(para).append("\n\n");
                        total += para.length();
                    }
                    total += t.length();
                    if (entries % TABLE_EVERY == 0) {
                        body.append("| 指标 | 单位 | 2021年 | 2022年 | 增长(%) |\n|---|---|---:|---:|---:|\n");
                        for (int r = 0; r < 8; r++) {
                            int a = 100 + rnd.nextInt(99900);
                            int b = (int) (a * (0.9 + 0.3 * rnd.nextDouble()));
                            body.append(String.format("| 指标%d | 万元 | %d | %d | %.1f |%n", r + 1, a, b, 100.0 * (b - a) / a));
                        }
                    }
                    Item item = s.management().createItem(sub.id(), ItemKind.ENTRY, t);
                    s.editing().save(item.withBody(body.toString()), "生成");
                }
            }
        }
        return pub.id();
    }
}
