package org.annalist.service;

import org.annalist.doc.Imprint;
import org.annalist.export.pdf.PdfChecks;
import org.annalist.typeset.page.PaperFormat;
import org.annalist.typeset.style.Template;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The 版权页 behind the title page, read back from the PDF: CIP box and 版本记录 from the book's 版权页 data,
 * 开本 from the page size, 印张 and 字数 from the finished book's real page count; missing data left off.
 */
class CopyrightPageTest {
    @TempDir
    Path tmp;

    /** A full 版本记录 as a Markdown book's sidecar gives it (the .docx's 版权页 test reads the same). */
    static final String SIDECAR = """
            卷次: 2022
            编者: 示范市地方志编纂委员会 编
            出版地: 贵阳
            出版社: 贵州人民出版社
            地址: 贵阳市观山湖区中天会展城会展东路SOHO办公区A座　邮编：550081
            ISBN: 978-7-221-17283-5
            分类号: Z522.73
            主题词: [示范市-2022-年鉴]
            CIP核字号: 中国版本图书馆CIP数据核字（2022）第228016号
            责任编辑: 王雪
            封面设计: 陈晨
            印刷: 贵阳精彩数字印刷有限公司
            版次: 2022年12月第1版
            印次: 2022年12月第1次印刷
            定价: 280.00元
            """;

    private static String book(int paragraphs) {
        StringBuilder md = new StringBuilder("% 示范年鉴\n\n# 综述\n\n");
        for (int i = 0; i < paragraphs; i++) {
            md.append("**【经济运行").append(i).append("】** 2022年，全市地区生产总值增长5.1%，规模以上工业增加值增长6.3%，")
                    .append("社会消费品零售总额增长4.8%，城乡居民人均可支配收入分别增长5.2%和6.9%。\n\n");
        }
        return md.toString();
    }

    private TypesetService.Summary typeset(Path md, Path pdf) throws Exception {
        return TypesetService.markdownFile(md, pdf, new TypesetService.Options("nianjian-16k", false, true, false, null,
                tmp.resolve("cache"), tmp.resolve("png"), 80), (p, d, t) -> {
        });
    }

    @Test
    void theCopyrightPageCarriesTheCipDataAndSheetsAndWordsOfTheRealBook() throws Exception {
        Path md = tmp.resolve("示范年鉴.md");
        Files.writeString(md, book(400));
        Files.writeString(ImprintReader.sidecarOf(md), SIDECAR);
        Path pdf = tmp.resolve("book.pdf");
        TypesetService.Summary s = typeset(md, pdf);
        Path keep = TestFiles.projectDir().resolve("target/test-output");
        Files.createDirectories(keep);
        Files.copy(pdf, keep.resolve("copyright-page.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pages = doc.getNumberOfPages();
        }
        assertThat(pages).isEqualTo(s.pages()).isGreaterThan(8);
        String flat = PdfChecks.text(pdf, 1).replaceAll("[\\s\u3000]", "");
        assertThat(flat).contains("图书在版编目（CIP）数据",
                "书名示范年鉴（2022）", "示范年鉴.2022/示范市地方志编纂委员会编.--贵阳:贵州人民出版社,2022.12",
                "ISBN978-7-221-17283-5", "Ⅰ.①示…", "Ⅱ.①示…", "Ⅲ.①示范市-2022-年鉴", "Ⅳ.①Z522.73",
                "中国版本图书馆CIP数据核字（2022）第228016号",
                "责任编辑王雪", "封面设计陈晨", "出版发行贵州人民出版社", "邮编：550081", "印刷贵阳精彩数字印刷有限公司",
                "开本787mm×1092mm1/16", "版次2022年12月第1版", "2022年12月第1次印刷", "定价280.00元");
        // 印张 = pages / 16 for a 16开 book; 字数 = 版面字数: (24 + 2 + 24) characters × 44 lines a page, the
        // title page at half — both from the page count the PDF really has
        double sheets = (pages + pages % 2) / 16.0;
        long thousands = Math.round(50 * 44 * (pages - 0.5) / 1000);
        assertThat(flat).contains("印张" + trim(sheets), "字数" + thousands + "千字");
        assertThat(s.warnings()).noneMatch(w -> w.startsWith("版权页"));

        // laid out at the foot of the text block, the CIP box above the 版本记录, in 小五 and smaller
        Template t = TypesetService.template("nianjian-16k");
        List<TextPosition> glyphs = PdfChecks.positions(pdf, 1);
        double cip = y(glyphs, "图书在版编目");
        double price = y(glyphs, "定");
        assertThat(cip).isGreaterThan(t.marginTop() + t.textHeight() * 0.45);
        assertThat(price).isGreaterThan(cip).isLessThanOrEqualTo(t.marginTop() + t.textHeight());
        assertThat(glyphs).allMatch(g -> g.getFontSizeInPt() <= 9.01);
        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();

        // a longer book: more sheets and words, nothing else changes
        Path md2 = tmp.resolve("长卷.md");
        Files.writeString(md2, book(900));
        Files.writeString(ImprintReader.sidecarOf(md2), SIDECAR);
        Path pdf2 = tmp.resolve("book2.pdf");
        TypesetService.Summary s2 = typeset(md2, pdf2);
        assertThat(s2.pages()).isGreaterThan(pages);
        assertThat(PdfChecks.text(pdf2, 1).replaceAll("[\\s\u3000]", ""))
                .contains("印张" + trim((s2.pages() + s2.pages() % 2) / 16.0), "字数" + Math.round(50 * 44 * (s2.pages() - 0.5) / 1000) + "千字");
    }

    @Test
    void withoutDataOnlyWhatTheProgramKnowsIsPrintedAndTheSummarySaysSo() throws Exception {
        Path md = tmp.resolve("书稿.md");
        Files.writeString(md, book(30));
        Path pdf = tmp.resolve("bare.pdf");
        TypesetService.Summary s = typeset(md, pdf);
        String flat = PdfChecks.text(pdf, 1).replaceAll("[\\s\u3000]", "");
        assertThat(flat).contains("书名示范年鉴", "开本787mm×1092mm1/16", "印张", "字数")
                .doesNotContain("CIP", "ISBN", "定价", "出版发行", "null");
        assertThat(s.warnings()).anyMatch(w -> w.startsWith("版权页：未提供版本记录"));

        // partial data: what is there is printed, the rest is named in the summary
        Files.writeString(ImprintReader.sidecarOf(md), "编者: 示范市地方志编纂委员会 编\n出版社: 贵州人民出版社\n");
        s = typeset(md, pdf);
        flat = PdfChecks.text(pdf, 1).replaceAll("[\\s\u3000]", "");
        assertThat(flat).contains("编者示范市地方志编纂委员会编", "出版发行贵州人民出版社").doesNotContain("CIP", "书号");
        assertThat(s.warnings()).anyMatch(w -> w.startsWith("版权页缺少：") && w.contains("ISBN") && w.contains("定价")
                && !w.contains("出版社"));
    }

    @Test
    void aBadSidecarNamesFileLineAndField() throws Exception {
        Path md = tmp.resolve("书稿.md");
        Files.writeString(md, book(3));
        Files.writeString(ImprintReader.sidecarOf(md), "出版社: 贵州人民出版社\n书号: 978-7\n");
        assertThatThrownBy(() -> typeset(md, tmp.resolve("x.pdf")))
                .hasMessageContaining("书稿.版权页.yaml").hasMessageContaining("第2行").hasMessageContaining("未知的版权页项目“书号”");
    }

    @Test
    void aPublicationsCopyrightDataIsKeptInTheArchiveAndPrinted() throws Exception {
        Path seed = TestFiles.archiveDir().resolve("seeds/work-points-county-cppcc-2020.txt");
        Path plan = tmp.resolve("plan.yaml");
        StringBuilder yaml = new StringBuilder("code: cp-test\nkind: 文史\ntitle: 示范文史\nvolume: 3\n版权页:\n");
        for (String line : SIDECAR.replace("卷次: 2022\n", "").strip().split("\n")) yaml.append("  ").append(line).append('\n');
        yaml.append("sections:\n  - 栏目: 工作\n    items:\n      - file: ").append(seed.toAbsolutePath().toString().replace('\\', '/')).append('\n');
        Files.writeString(plan, yaml.toString());
        Path data = tmp.resolve("data");
        try (AnnalistSession session = AnnalistSession.open(data, false, "测试")) {
            DemoService.Outcome o = session.demo().build(plan);
            assertThat(o.ok()).as(o.error()).isTrue();
        }
        try (AnnalistSession session = AnnalistSession.open(data, false, "测试")) { // reopened: stored, not remembered
            long id = session.queries().publication("cp-test").orElseThrow().publication().id();
            Imprint stored = session.queries().imprint(id);
            assertThat(stored.isbn()).isEqualTo("978-7-221-17283-5");
            assertThat(stored.subjects()).containsExactly("示范市-2022-年鉴");
            assertThat(stored.volume()).isNull();
            Path pdf = tmp.resolve("pub.pdf");
            TypesetService.publication(session, "cp-test", pdf, new TypesetService.Options("wenshi-16k", false, false, false, null,
                    tmp.resolve("cache")), (p, d, t) -> {
            });
            String flat = PdfChecks.text(pdf, 1).replaceAll("[\\s\u3000]", "");
            assertThat(flat).contains("示范文史.第3辑/示范市地方志编纂委员会编", "书名示范文史（第3辑）", "ISBN978-7-221-17283-5", "定价280.00元");
        }
        // an unknown field in the description names file, line and field
        Files.writeString(plan, yaml.toString().replace("  定价:", "  价格:"));
        try (AnnalistSession session = AnnalistSession.open(tmp.resolve("data2"), false, "测试")) {
            DemoService.Outcome o = session.demo().build(plan);
            assertThat(o.error()).contains("plan.yaml", "未知的版权页项目“价格”");
        }
    }

    @Test
    void paperFormatsOfCommonPageSizes() {
        assertThat(PaperFormat.of(185, 260).label()).isEqualTo("787 mm×1092 mm　1/16");
        assertThat(PaperFormat.of(210, 285).label()).isEqualTo("889 mm×1194 mm　1/16");
        assertThat(PaperFormat.of(130, 184).label()).isEqualTo("787 mm×1092 mm　1/32");
        assertThat(PaperFormat.of(210, 297).label()).isEqualTo("880 mm×1230 mm　1/16");
        assertThat(PaperFormat.of(300, 300)).isNull();
        assertThat(Imprint.of(java.util.Map.of("主题词", "甲、乙")).subjects()).containsExactly("甲", "乙");
    }

    private static String trim(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.3f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Baseline of the first glyph of {@code text} on the page. */
    private static double y(List<TextPosition> glyphs, String text) {
        StringBuilder sb = new StringBuilder();
        for (TextPosition g : glyphs) sb.append(g.getUnicode());
        int at = sb.indexOf(text);
        assertThat(at).as("“%s” on the page", text).isNotNegative();
        return glyphs.get(at).getY();
    }
}
