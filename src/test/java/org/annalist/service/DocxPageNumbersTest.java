package org.annalist.service;

import org.annalist.export.pdf.PdfChecks;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The .docx's 目录 and 索引 carry the page numbers of our own typesetting of the same book with the same template:
 * each 目录 entry's PAGEREF result (read back with POI) is the folio our PDF gives that heading (its outline and page
 * labels, read with PDFBox), each 索引 entry lists the pages of the PDF's 索引 locators; and moving a 分目 into a
 * later 类目 moves its number in both.
 */
class DocxPageNumbersTest {
    @TempDir
    static Path dir;
    static Book before;
    static Book moved;

    private static final String FILL = "这是一段正文，用来填满版面。".repeat(110);

    /** A 分目 with three paragraphs, the middle one marking an index term (the same terms in several 分目). */
    private static String part(String title, String term) {
        return "## " + title + "\n\n**【概况】** " + FILL + "\n\n**【要事】** 本年度[" + term + "]{.index}工作有序开展，"
                + FILL + "\n\n**【其他】** " + FILL + "\n\n";
    }

    /** Three 类目; two 分目 in different 类目 share the title 综述 (identity is the heading, not its words). */
    private static String book(boolean moveOne) {
        String jia = "# 特载\n\n" + part("综述", "乌当区") + (moveOne ? "" : part("重要会议", "曾国藩")) + part("专题调研", "履职");
        String yi = "# 政治\n\n" + part("人民政协", "乌当区") + part("综述", "履职") + (moveOne ? part("重要会议", "曾国藩") : "");
        String bing = "# 经济\n\n" + part("农业", "乌当区") + part("工业", "曾国藩");
        return "% 测试年鉴 2022\n\n" + jia + yi + bing;
    }

    record Entry(String title, String number) {
    }

    /** One book set both ways: the 目录 and 索引 of the .docx and of the PDF. */
    record Book(List<Entry> docxToc, List<Entry> pdfToc, Map<String, List<Integer>> docxIndex,
                Map<String, List<Integer>> pdfIndex) {
    }

    @BeforeAll
    static void setBoth() throws Exception {
        before = set("before", book(false));
        moved = set("moved", book(true));
    }

    private static Book set(String name, String text) throws Exception {
        Path md = dir.resolve(name + ".md");
        Files.writeString(md, text, StandardCharsets.UTF_8);
        Path pdf = dir.resolve(name + ".pdf");
        Path docx = dir.resolve(name + ".docx");
        // the fonts DocxService finds its page numbers with when it is given none: the program's and the template's
        TypesetService.markdownFile(md, pdf, new TypesetService.Options("nianjian-16k", false, false, false, null, null),
                (phase, done, total) -> { });
        DocxService.Summary s = DocxService.markdownFile(md, docx, "nianjian-16k");
        assertThat(s.warnings()).isEmpty();
        List<Entry> docxToc = new ArrayList<>();
        Map<String, List<Integer>> docxIndex = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            for (XWPFParagraph p : d.getParagraphs()) {
                String style = p.getStyleID() == null ? "" : p.getStyleID();
                if (style.startsWith("TOC")) {
                    Fielded f = fielded(p);
                    assertThat(f.results()).as(f.text()).hasSize(1);
                    docxToc.add(new Entry(f.text().replaceAll("[\\s\\u3000]", ""), f.results().get(0)));
                } else if (style.equals("Index1")) {
                    Fielded f = fielded(p);
                    List<Integer> pages = new ArrayList<>();
                    for (String r : f.results()) pages.add(Integer.parseInt(r));
                    docxIndex.put(f.text().substring(0, f.text().indexOf('　')), pages);
                }
            }
        }
        List<Entry> pdfToc = new ArrayList<>();
        Map<String, List<Integer>> pdfIndex = new LinkedHashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            int indexPage = -1;
            for (PDOutlineItem top : doc.getDocumentCatalog().getDocumentOutline().children()) {
                int page = doc.getPages().indexOf(top.findDestinationPage(doc));
                if (top.getTitle().equals("索引")) {
                    indexPage = page;
                    continue;
                }
                if (top.getTitle().equals("目录")) continue;
                pdfToc.add(new Entry(top.getTitle().replaceAll("[\\s\\u3000]", ""), labels[page]));
                for (PDOutlineItem child : top.children()) {
                    pdfToc.add(new Entry(child.getTitle().replaceAll("[\\s\\u3000]", ""),
                            labels[doc.getPages().indexOf(child.findDestinationPage(doc))]));
                }
            }
            assertThat(indexPage).isPositive();
            // the PDF's 索引: "乌当区　3a，5b" — pages with their column; Word's index lists each page once
            Pattern line = Pattern.compile("^(\\D+?)((?:\\d+[ab]，)*\\d+[ab])$");
            for (int p = indexPage; p < doc.getNumberOfPages(); p++) {
                for (String l : PdfChecks.text(pdf, p).split("\\R")) {
                    Matcher m = line.matcher(l.replaceAll("[\\s\\u3000]", ""));
                    if (!m.matches()) continue;
                    TreeSet<Integer> pages = new TreeSet<>();
                    for (String loc : m.group(2).split("，")) pages.add(Integer.parseInt(loc.substring(0, loc.length() - 1)));
                    pdfIndex.put(m.group(1), List.copyOf(pages));
                }
            }
        }
        return new Book(docxToc, pdfToc, docxIndex, pdfIndex);
    }

    /** A paragraph's own text (outside any field but the TOC or INDEX around it) and its PAGEREF fields' results. */
    record Fielded(String text, List<String> results) {
    }

    private static Fielded fielded(XWPFParagraph p) {
        StringBuilder text = new StringBuilder();
        List<String> results = new ArrayList<>();
        String instruction = "";
        boolean inResult = false;
        StringBuilder result = new StringBuilder();
        for (XWPFRun run : p.getRuns()) {
            CTR r = run.getCTR();
            for (CTFldChar c : r.getFldCharList()) {
                if (c.getFldCharType() == STFldCharType.BEGIN) {
                    instruction = "";
                } else if (c.getFldCharType() == STFldCharType.SEPARATE) {
                    inResult = instruction.contains("PAGEREF");
                    result.setLength(0);
                } else if (c.getFldCharType() == STFldCharType.END && inResult) {
                    results.add(result.toString());
                    inResult = false;
                }
            }
            for (CTText t : r.getInstrTextList()) instruction += t.getStringValue();
            for (CTText t : r.getTList()) (inResult ? result : text).append(t.getStringValue());
        }
        return new Fielded(text.toString().strip(), results);
    }

    @Test
    void tocNumbersAreOurPdfsFolios() {
        for (Book b : List.of(before, moved)) {
            assertThat(b.docxToc()).hasSize(10);
            assertThat(b.docxToc()).isEqualTo(b.pdfToc());
        }
        // not all on one page: the numbers run through the book, and the two 综述 stand on different pages
        assertThat(before.docxToc().stream().map(Entry::number).distinct().count()).isGreaterThan(6);
        List<String> overview = before.docxToc().stream().filter(e -> e.title().equals("综述")).map(Entry::number).toList();
        assertThat(overview).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void indexPagesAreOurPdfsPages() {
        for (Book b : List.of(before, moved)) {
            assertThat(b.docxIndex().keySet()).containsExactlyInAnyOrder("履职", "乌当区", "曾国藩");
            assertThat(b.docxIndex()).isEqualTo(b.pdfIndex());
            // in the same (pinyin) order
            assertThat(List.copyOf(b.docxIndex().keySet())).isEqualTo(List.copyOf(b.pdfIndex().keySet()));
        }
        assertThat(before.docxIndex().get("乌当区")).hasSize(3);
    }

    @Test
    void aHeadingMovedToALaterCategoryChangesItsNumber() {
        String was = number(before, "重要会议");
        String now = number(moved, "重要会议");
        assertThat(Integer.parseInt(now)).isGreaterThan(Integer.parseInt(was));
        // the 分目 after it in 特载 moves up by the pages it took
        assertThat(Integer.parseInt(number(moved, "专题调研"))).isLessThan(Integer.parseInt(number(before, "专题调研")));
        assertThat(moved.docxIndex().get("曾国藩")).isNotEqualTo(before.docxIndex().get("曾国藩"));
    }

    private static String number(Book b, String title) {
        return b.docxToc().stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow().number();
    }
}
