package org.annalist.service;

import org.annalist.testing.LibreOffice;
import org.annalist.testing.Tools;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 文史 template (wenshi-16k) drives the .docx as it drives the PDF: its 栏目 opens on a new odd page and each 篇名 on
 * a new page ({@code new-page: 单页 / 另页}), the odd pages' running head is the 篇名 ({@code odd: "{篇名}"}, a STYLEREF
 * field with the title as its result, never the placeholder), the even pages' the book title, and an opening page
 * has none. A generated book of two 栏目 with two articles of about three pages each, set by us as PDF and by
 * LibreOffice from our .docx, read back page by page with pdftotext.
 */
class DocxWenshiLayoutTest {
    @TempDir
    static Path dir;
    static Path docx;
    static List<String> ours;
    static List<String> lo;

    static final String TITLE = "文史测试辑";
    static final String[] COLUMNS = {"亲历亲闻", "人物春秋"};
    static final String[][] ARTICLES = {{"回忆县政协成立之初", "老城墙下的集市"}, {"一位乡村教师的一生", "记著名画家李某"}};

    private static final String[] SENTENCES = {
        "那是一九五六年的春天，县里第一次召开政治协商会议，会场设在老县委的礼堂里。",
        "与会的委员有工商界的代表，也有教育界、医药界的知名人士，大家畅所欲言。",
        "集市每逢农历三、六、九开市，四乡八里的农民挑着担子赶来，热闹非凡。",
        "他一辈子教书育人，学生遍布全县，许多人后来成了各行各业的骨干。",
        "先生作画讲究笔墨，常说“画要有书卷气”，晚年专攻山水，自成一格。",
        "据老人们回忆，当年的街道不过三尺宽，两旁是青砖灰瓦的店铺。",
    };

    static String book() {
        StringBuilder md = new StringBuilder("% ").append(TITLE).append("\n\n");
        long seed = 7;
        for (int c = 0; c < COLUMNS.length; c++) {
            md.append("# ").append(COLUMNS[c]).append("\n\n");
            for (String article : ARTICLES[c]) {
                md.append("## ").append(article).append("\n\n");
                for (int p = 0; p < 24; p++) {
                    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
                    int n = 3 + (int) (seed % 4);
                    for (int i = 0; i < n; i++) {
                        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
                        md.append(SENTENCES[(int) (seed % SENTENCES.length)]);
                    }
                    md.append("\n\n");
                }
            }
        }
        return md.toString();
    }

    @BeforeAll
    static void setBoth() throws Exception {
        Tools.require("pdftotext", "poppler-utils");
        Path md = dir.resolve("文史测试.md");
        Files.writeString(md, book(), StandardCharsets.UTF_8);
        Path pdf = dir.resolve("ours.pdf");
        TypesetService.markdownFile(md, pdf, new TypesetService.Options("wenshi-16k", false, false, false, null, null),
                (phase, done, total) -> { });
        docx = dir.resolve("文史测试.docx");
        assertThat(DocxService.markdownFile(md, docx, "wenshi-16k").warnings()).isEmpty();
        ours = LibreOffice.pages(pdf);
        lo = LibreOffice.pages(LibreOffice.toPdf(docx, dir));
    }

    @Test
    void runningHeadsAreTheTemplatesFieldsNeverItsPlaceholders() throws Exception {
        List<String> heads = new ArrayList<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument x = new XWPFDocument(in)) {
            for (XWPFHeader h : x.getHeaderList()) {
                heads.add(h.getText());
                String xml = h._getHdrFtr().xmlText();
                if (xml.contains("STYLEREF")) assertThat(xml).contains("STYLEREF \"篇名\"");
            }
        }
        assertThat(String.join("|", heads)).doesNotContain("{").doesNotContain("}");
        for (String[] column : ARTICLES) {
            for (String a : column) assertThat(heads).as("a header showing %s", a).anyMatch(h -> h.strip().equals(a));
        }
        assertThat(heads).anyMatch(h -> h.strip().equals(TITLE));
    }

    @Test
    void eachArticleOpensANewPageOnTheFolioOfOurPdf() {
        Map<String, Integer> a = openings(ours);
        Map<String, Integer> b = openings(lo);
        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
        for (String t : a.keySet()) {
            assertThat(LibreOffice.firstLine(lo.get(b.get(t)))).as("%s heads its page in LibreOffice", t).isEqualTo(t);
            assertThat(LibreOffice.firstLine(ours.get(a.get(t)))).as("%s heads its page in our PDF", t).isEqualTo(t);
            assertThat(folio(lo.get(b.get(t)))).as("folio of %s: LibreOffice against ours", t)
                    .isEqualTo(folio(ours.get(a.get(t))));
        }
        for (String c : COLUMNS) assertThat(folio(lo.get(b.get(c))) % 2).as("%s opens on an odd folio", c).isEqualTo(1);
    }

    @Test
    void oddPagesCarryTheArticleEvenPagesTheBookNoneOnAnOpening() {
        for (List<String> book : List.of(ours, lo)) {
            Map<String, Integer> at = openings(book);
            Map<Integer, String> opening = new LinkedHashMap<>();
            at.forEach((t, i) -> opening.put(i, t));
            String article = null;
            int checked = 0;
            for (int i = at.get(COLUMNS[0]); i < book.size(); i++) {
                if (folio(book.get(i)) < 0) continue;
                String t = opening.get(i);
                if (t != null) {
                    if (!Arrays.asList(COLUMNS).contains(t)) article = t;
                    continue;
                }
                String expected = folio(book.get(i)) % 2 == 1 ? article : TITLE;
                assertThat(LibreOffice.firstLine(book.get(i))).as("running head of page %d (folio %d), %s", i + 1,
                        folio(book.get(i)), book == lo ? "LibreOffice" : "ours").isEqualTo(expected);
                checked++;
            }
            assertThat(checked).as("pages with a running head").isGreaterThanOrEqualTo(6);
        }
    }

    private static final Pattern FOLIO = Pattern.compile("—(\\d+)—");

    /** The page's folio —N— (its last), or -1. */
    static int folio(String page) {
        Matcher m = FOLIO.matcher(LibreOffice.squeeze(page));
        int n = -1;
        while (m.find()) n = Integer.parseInt(m.group(1));
        return n;
    }

    /** Page index of each 栏目 and 篇名, in book order, found after the 目录 (from the page numbered 1). */
    private static Map<String, Integer> openings(List<String> pages) {
        List<String> titles = new ArrayList<>();
        for (int c = 0; c < COLUMNS.length; c++) {
            titles.add(COLUMNS[c]);
            titles.addAll(Arrays.asList(ARTICLES[c]));
        }
        Map<String, Integer> at = new LinkedHashMap<>();
        int from = 0;
        while (from < pages.size() && folio(pages.get(from)) != 1) from++;
        for (String t : titles) {
            for (int i = from; i < pages.size(); i++) {
                if (pages.get(i).lines().anyMatch(l -> LibreOffice.squeeze(l).equals(t))) {
                    at.put(t, i);
                    from = i;
                    break;
                }
            }
        }
        return at;
    }
}
