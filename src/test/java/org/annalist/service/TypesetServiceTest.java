package org.annalist.service;

import org.annalist.export.pdf.PdfChecks;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A book typeset to PDF and read back: page labels and folios, two columns in reading order, R1 at every
 * line start and end, running heads, 目录 page numbers where the headings landed, index locators with
 * their column, bookmarks, PDF/A-2b (veraPDF).
 */
class TypesetServiceTest {
    private static final String NO_LINE_START = "、，。；：？！）》」』”’〉】〕］｝·";
    private static final String NO_LINE_END = "（《「『“‘〈【〔［｛";

    @TempDir
    static Path tmp;
    static Path pdf;
    static TypesetService.Summary summary;

    /** A yearbook from the seeds' sentences: two 类目, 分目, 条目, a table, index terms and a note. */
    static String book() throws Exception {
        String seed = Files.readString(TestFiles.seed("work-points-county-cppcc-2020.txt"), StandardCharsets.UTF_8);
        List<String> sentences = new ArrayList<>();
        for (String s : seed.split("(?<=。)")) if (s.strip().length() > 12 && !s.contains("\n")) sentences.add(s.strip());
        StringBuilder md = new StringBuilder("% 测试年鉴 2022\n\n");
        int k = 0;
        for (String cat : List.of("专文", "政治")) {
            md.append("# ").append(cat).append("\n\n");
            for (int f = 1; f <= 3; f++) {
                md.append("## ").append(cat).append("分目").append(f).append("\n\n");
                for (int e = 1; e <= 6; e++) {
                    md.append("**【条目").append(cat).append(f).append(e).append("】** ");
                    for (int i = 0; i < 5; i++) md.append(sentences.get(k++ % sentences.size()));
                    if (cat.equals("政治") && f == 2 && e == 3) md.append("全区共有[乌当区]{.index}政协委员参加。");
                    if (cat.equals("专文") && f == 1 && e == 2) md.append("此事[乌当区]{.index}最早试行。[^1]");
                    if (cat.equals("专文") && f == 1 && e == 4) md.append("次年推广。[^2]另见档案。[^3]");
                    if (cat.equals("政治") && f == 3 && e == 1) md.append("[曾国藩]{.index reading=\"zeng1 guo2 fan1\"}故居。");
                    md.append("\n\n");
                }
                if (f == 2 && cat.equals("政治")) {
                    md.append("| 区县 | 户籍人口（万人） | 常住人口（万人） | 地区生产总值（亿元） | 一般公共预算收入（亿元） | 城镇居民人均可支配收入（元） |\n|---|---:|---:|---:|---:|---:|\n");
                    for (int r = 1; r <= 5; r++) md.append("| 第").append(r).append("区 | 12.").append(r).append(" | 11.").append(r).append(" | 3").append(r).append("5.6 | 2").append(r).append(".4 | 4").append(r).append("123 |\n");
                    md.append("[表2 分区县主要指标]\n\n");
                }
                if (f == 2) {
                    md.append("| 指标 | 单位 | 2021年 | 2022年 |\n|---|---|---:|---:|\n");
                    for (int r = 1; r <= 6; r++) md.append("| 指标").append(r).append(" | 万元 | ").append(1000 * r).append(" | ").append(1100 * r).append(" |\n");
                    md.append("[表1 主要指标]\n\n");
                }
            }
        }
        md.append("[^1]: 据区政协办公室提供的资料。\n");
        md.append("[^2]: 见《乌当文史》第二辑。\n");
        md.append("[^3]: 区档案馆藏，全宗号12。\n");
        return md.toString();
    }

    @BeforeAll
    static void typeset() throws Exception {
        pdf = tmp.resolve("测试年鉴.pdf");
        summary = TypesetService.markdown(book(), "测试", pdf,
                new TypesetService.Options("nianjian-16k", false, true, false, null, tmp.resolve("cache")), (p, d, t) -> {
                });
        // kept for a person to look at (pdftoppm -r 80 -png target/test-output/typeset-book.pdf)
        Path keep = TestFiles.projectDir().resolve("target/test-output");
        Files.createDirectories(keep);
        Files.copy(pdf, keep.resolve("typeset-book.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void summaryAndPageLabels() throws Exception {
        assertThat(summary.missingCharacters()).isZero();
        assertThat(summary.overfullLines()).isZero();
        assertThat(summary.indexEntries()).isEqualTo(2);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(summary.pages());
            PDPageLabels labels = doc.getDocumentCatalog().getPageLabels();
            String[] byPage = labels.getLabelsByPageIndices();
            assertThat(byPage[0]).isEqualTo("i");
            assertThat(byPage[summary.frontPages()]).isEqualTo("1");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("测试年鉴 2022");
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) top.add(item.getTitle());
            assertThat(top).containsExactly("目录", "专文", "政治", "索引");
        }
    }

    @Test
    void foliosMatchLabelsAndRunningHeadsNameTheCategory() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            float height = doc.getPage(summary.frontPages()).getMediaBox().getHeight();
            int checkedHeads = 0;
            for (int p = summary.frontPages(); p < summary.frontPages() + summary.bodyPages(); p++) {
                Map<Float, String> lines = lines(PdfChecks.positions(pdf, p));
                if (lines.isEmpty()) continue; // a blank verso before a 类目
                String foot = lines.get(((TreeMap<Float, String>) lines).lastKey());
                assertThat(foot).as("folio of page " + p).isEqualTo("·" + labels[p] + "·");
                String head = lines.get(((TreeMap<Float, String>) lines).firstKey());
                float headY = ((TreeMap<Float, String>) lines).firstKey();
                if (headY < height * 0.09) {
                    int folio = Integer.parseInt(labels[p]);
                    if (folio % 2 == 0) assertThat(head.replace(" ", "")).isEqualTo("测试年鉴2022");
                    else assertThat(head.replace(" ", "")).isIn("专文", "政治");
                    checkedHeads++;
                }
            }
            assertThat(checkedHeads).isGreaterThan(2);
        }
    }

    @Test
    void r1HoldsAtEveryLineStartAndEndAndColumnsReadInOrder() throws Exception {
        int lines = 0;
        for (int p = summary.frontPages(); p < summary.frontPages() + summary.bodyPages(); p++) {
            List<TextPosition> glyphs = PdfChecks.positions(pdf, p);
            if (glyphs.isEmpty()) continue;
            float middle = glyphs.get(0).getPageWidth() / 2;
            // reading order: once the second column starts, no glyph of the first column follows
            boolean inSecond = false;
            for (TextPosition g : glyphs) {
                if (Math.abs(g.getFontSizeInPt() - 9) > 0.1) continue; // body text only: not the centred head
                boolean second = g.getX() > middle;
                if (second) inSecond = true;
                else if (inSecond) {
                    throw new AssertionError("page " + p + ": column 1 text after column 2: " + g.getUnicode());
                }
            }
            for (boolean secondColumn : new boolean[]{false, true}) {
                Map<Float, StringBuilder> byLine = new TreeMap<>();
                for (TextPosition g : glyphs) {
                    // body text only (9 pt): headings, tables, running head and folio have other sizes
                    if ((g.getX() > middle) != secondColumn || Math.abs(g.getFontSizeInPt() - 9) > 0.1) continue;
                    byLine.computeIfAbsent(Math.round(g.getY() * 2) / 2f, y -> new StringBuilder()).append(g.getUnicode());
                }
                for (StringBuilder l : byLine.values()) {
                    String s = l.toString().strip();
                    if (s.isEmpty()) continue;
                    lines++;
                    assertThat(NO_LINE_START.indexOf(s.charAt(0))).as("R1 line start on page " + p + ": " + s).isLessThan(0);
                    assertThat(NO_LINE_END.indexOf(s.charAt(s.length() - 1))).as("R1 line end on page " + p + ": " + s).isLessThan(0);
                }
            }
        }
        assertThat(lines).isGreaterThan(300);
    }

    @Test
    void tableOfContentsNamesThePagesWhereHeadingsLanded() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            // extraction shows the ¼-em Han–digit gap (R9) as a space: compare without white space
            String toc = PdfChecks.text(pdf, 2).replaceAll("[\\s\\u3000]", "");
            Matcher m = Pattern.compile("(政治分目2|专文分目3|政治)·+(\\d+)").matcher(toc);
            int checked = 0;
            while (m.find()) {
                String heading = m.group(1);
                String folio = m.group(2);
                int index = java.util.Arrays.asList(labels).subList(summary.frontPages(), labels.length).indexOf(folio) + summary.frontPages();
                assertThat(PdfChecks.text(pdf, index).replaceAll("[\\s\\u3000]", "")).as(heading + " on page " + folio).contains(heading);
                checked++;
            }
            assertThat(checked).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void indexLocatorsPointAtPageAndColumn() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            String index = PdfChecks.text(pdf, doc.getNumberOfPages() - 1);
            Matcher m = Pattern.compile("乌当区(\\d+)([ab])，(\\d+)([ab])").matcher(index.replaceAll("[\\s\\u3000]", ""));
            assertThat(m.find()).as(index).isTrue();
            // the editor's reading zēng sorts 曾国藩 after 乌当区 (the dictionary's céng would put it first)
            String flat = index.replaceAll("[\\s\\u3000]", "");
            assertThat(flat.indexOf("乌当区")).isLessThan(flat.indexOf("曾国藩"));
            assertThat(flat).contains("Z曾国藩");
            for (int g = 1; g <= 3; g += 2) {
                int page = java.util.Arrays.asList(labels).subList(summary.frontPages(), labels.length).indexOf(m.group(g)) + summary.frontPages();
                List<TextPosition> glyphs = PdfChecks.positions(pdf, page);
                float middle = glyphs.get(0).getPageWidth() / 2;
                boolean wantSecond = m.group(g + 1).equals("b");
                StringBuilder column = new StringBuilder();
                for (TextPosition t : glyphs) if ((t.getX() > middle) == wantSecond) column.append(t.getUnicode());
                assertThat(column.toString()).as("locator " + m.group(g) + m.group(g + 1)).contains("乌当区");
            }
        }
    }

    @Test
    void footnotesSitAtTheFootOfTheirPageNumberedPerPage() throws Exception {
        int notesSeen = 0;
        for (int p = summary.frontPages(); p < summary.frontPages() + summary.bodyPages(); p++) {
            List<TextPosition> glyphs = PdfChecks.positions(pdf, p);
            StringBuilder notes = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            for (TextPosition g : glyphs) {
                float size = g.getFontSize();
                if (Math.abs(size - 7.5) < 0.1 && g.getY() > g.getPageHeight() * 0.6 && !"·".equals(g.getUnicode())) notes.append(g.getUnicode());
                if (size < 6 && "①②③④".contains(g.getUnicode())) marks.append(g.getUnicode());
            }
            if (marks.length() == 0) continue;
            // marks in the text are ①, ②, … from the page's first note; the notes at the foot carry the same
            assertThat(marks.toString()).isEqualTo("①②③".substring(0, marks.length()));
            assertThat(notes.toString()).startsWith("①");
            for (int i = 0; i < marks.length(); i++) assertThat(notes.toString()).contains(String.valueOf(marks.charAt(i)));
            notesSeen += marks.length();
            if (notes.toString().contains("据区政协办公室提供的资料")) assertThat(notes.toString()).contains("①据区政协办公室");
        }
        assertThat(notesSeen).isEqualTo(3);
    }

    @Test
    void aTableTooWideForAColumnSpansBothAtThePageTop() throws Exception {
        for (int p = summary.frontPages(); p < summary.frontPages() + summary.bodyPages(); p++) {
            if (!PdfChecks.text(pdf, p).contains("分区县主要指标")) continue;
            List<TextPosition> glyphs = PdfChecks.positions(pdf, p);
            float middle = glyphs.get(0).getPageWidth() / 2;
            TextPosition caption = glyphs.stream().filter(g -> g.getUnicode().equals("分")).findFirst().orElseThrow();
            // the header row: one baseline with text on both sides of the page's middle
            float headerY = glyphs.stream().filter(g -> g.getUnicode().equals("户")).findFirst().orElseThrow().getY();
            assertThat(glyphs.stream().filter(g -> Math.abs(g.getY() - headerY) < 0.5).anyMatch(g -> g.getX() < middle)).isTrue();
            assertThat(glyphs.stream().filter(g -> Math.abs(g.getY() - headerY) < 0.5).anyMatch(g -> g.getX() > middle + 50)).isTrue();
            // at the top of the page: the caption is above every body line
            float firstBody = (float) glyphs.stream().filter(g -> Math.abs(g.getFontSize() - 9) < 0.1).mapToDouble(TextPosition::getY).min().orElse(0);
            assertThat(caption.getY()).isLessThan(firstBody);
            return;
        }
        throw new AssertionError("表2 not found");
    }

    @Test
    void aMissingTemplateFontStillGivesTheBookAndSaysSo() throws Exception {
        Path project = TestFiles.projectDir();
        String yaml = Files.readString(project.resolve("templates/nianjian-16k.yaml"))
                .replace("punctuation: 全角", "fonts:\n  黑: {file: 没有的黑体.ttf}\npunctuation: 全角");
        Path template = tmp.resolve("坏字体.yaml");
        Files.writeString(template, yaml);
        Path out = tmp.resolve("坏字体.pdf");
        TypesetService.Summary s = TypesetService.markdown("% 书\n\n# 类目\n\n**【条目】** 正文。\n", "书", out,
                new TypesetService.Options(template.toString(), false, false, false, null, tmp.resolve("cache2")), (p, d, t) -> {
                });
        assertThat(s.pages()).isGreaterThan(0);
        assertThat(Files.size(out)).isGreaterThan(1000);
        assertThat(s.warnings()).anyMatch(w -> w.contains("没有的黑体.ttf") && w.contains("无法使用"));
        assertThat(s.warnings()).anyMatch(w -> w.startsWith("黑：") && w.contains("随程序附带"));
    }

    @Test
    void pdfA2bValid() throws Exception {
        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
    }

    /** Glyphs grouped into lines by baseline (top to bottom), whole page width. */
    private static Map<Float, String> lines(List<TextPosition> glyphs) {
        TreeMap<Float, StringBuilder> m = new TreeMap<>();
        for (TextPosition g : glyphs) m.computeIfAbsent(Math.round(g.getY()) * 1f, y -> new StringBuilder()).append(g.getUnicode());
        TreeMap<Float, String> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v.toString().strip()));
        return out;
    }
}
