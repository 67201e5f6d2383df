package org.annalist.service;

import org.annalist.testing.WordFixtures;
import org.annalist.testing.Tools;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Word output from a Markdown book with the nianjian-16k template, read back with POI (styles, grid, columns,
 * sections, fields, footnotes, tables, tracked changes) and laid out by LibreOffice (page size, two columns, folios).
 */
class DocxExportTest {
    @TempDir
    static Path dir;
    static Path docx;
    static DocxService.Summary summary;

    private static final String BOOK = """
            % 测试年鉴 2022

            # 政治

            ## 人民政协

            **【概况】** 2022年，区政协[履职]{.index}有力[^1]，全年召开会议12次[^e1]。

            """ + "这是一段正文，用来填满版面。".repeat(400) + """


            """ + WordFixtures.SPANNED_TABLE + """
            **【提案】** 收到提案[178]{.insertion author="张三" date="2024-05-01T10:00:00Z"}件[170]{.deletion author="李四" date="2024-05-02T10:00:00Z"}。

            # 经济

            **【综述】** 经济平稳增长。

            [^1]: 脚注的文字。
            [^e1]: 尾注的文字。
            """;

    @BeforeAll
    static void export() throws Exception {
        Path md = dir.resolve("测试年鉴.md");
        Files.writeString(md, BOOK, StandardCharsets.UTF_8);
        docx = dir.resolve("测试年鉴.docx");
        summary = DocxService.markdownFile(md, docx, "nianjian-16k");
    }

    @Test
    void summarySaysWhatWasWritten() {
        assertThat(summary.categories()).isEqualTo(2);
        assertThat(summary.footnotes()).isEqualTo(1);
        assertThat(summary.endnotes()).isEqualTo(1);
        assertThat(summary.tables()).isEqualTo(1);
        assertThat(summary.suggestions()).isEqualTo(2);
        assertThat(summary.tocEntries()).isEqualTo(3);
        assertThat(summary.warnings()).isEmpty();
    }

    @Test
    void stylesAreNamedInChineseWithEastAsianFonts() throws Exception {
        try (XWPFDocument d = open()) {
            var styles = d.getStyles();
            assertThat(styles.getStyleWithName("类目")).isNotNull();
            var leimu = styles.getStyle(styles.getStyleWithName("类目").getStyleId()).getCTStyle();
            assertThat(leimu.getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("SimHei");
            assertThat(leimu.getRPr().getSzArray(0).getVal().toString()).isEqualTo("44"); // 二号 22 pt
            assertThat(leimu.getPPr().getOutlineLvl().getVal().intValue()).isZero();
            var normal = styles.getStyle("Normal").getCTStyle();
            assertThat(normal.getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("SimSun");
            assertThat(normal.getRPr().getSzArray(0).getVal().toString()).isEqualTo("18"); // 小五 9 pt
            assertThat(normal.getPPr().getInd().getFirstLineChars().intValue()).isEqualTo(200);
            for (String name : List.of("分目", "篇名", "副题", "署名", "表格", "表题", "图注", "脚注", "引文", "条目标题")) {
                assertThat(styles.getStyleWithName(name)).as(name).isNotNull();
            }
        }
    }

    @Test
    void pagesHaveTheTemplatesGridColumnsAndSections() throws Exception {
        try (XWPFDocument d = open()) {
            List<CTSectPr> sections = sections(d);
            // front matter (title page, 版权页 at the foot of its page, 目录), then per 类目 an opening (one column, odd
            // page) and its two-column body, and so the 索引
            assertThat(sections).hasSize(9);
            assertThat(sections.get(1).getVAlign().getVal().toString()).isEqualTo("bottom");
            assertThat(sections.get(0).isSetVAlign()).isFalse();
            for (int i = 0; i < 3; i++) assertThat(sections.get(i).getHeaderReferenceList()).as("front section %d", i).isEmpty();
            sections = sections.subList(2, sections.size());
            assertThat(sections.get(5).getType().getVal().toString()).isEqualTo("oddPage");
            assertThat(sections.get(6).getCols().getNum().intValue()).isEqualTo(2);
            assertThat(sections.get(1).getType().getVal().toString()).isEqualTo("oddPage");
            assertThat(sections.get(1).getCols().getNum().intValue()).isEqualTo(1);
            assertThat(sections.get(1).isSetTitlePg()).isTrue();
            CTSectPr body = sections.get(2);
            assertThat(body.getType().getVal().toString()).isEqualTo("continuous");
            assertThat(body.getCols().getNum().intValue()).isEqualTo(2);
            assertThat(body.getCols().getSpace().toString()).isEqualTo("360"); // 2字 of 9 pt
            assertThat(body.getDocGrid().getType().toString()).isEqualTo("linesAndChars");
            assertThat(body.getDocGrid().getLinePitch().intValue()).isEqualTo(270); // 1.5字
            long width = Long.parseLong(body.getPgSz().getW().toString());
            long left = Long.parseLong(body.getPgMar().getLeft().toString());
            long right = Long.parseLong(body.getPgMar().getRight().toString());
            // 24 characters of 9 pt per column: the text block is exactly 2 × 4320 + 360 twips
            assertThat(width - left - right).isEqualTo(2 * 24 * 180 + 360);
            long height = Long.parseLong(body.getPgSz().getH().toString());
            long top = Long.parseLong(body.getPgMar().getTop().toString());
            long bottom = Long.parseLong(body.getPgMar().getBottom().toString());
            assertThat((height - top - bottom) / 270).isEqualTo(44);
            assertThat(body.getFootnotePr().getNumFmt().getVal().toString()).isEqualTo("decimalEnclosedCircleChinese");
            assertThat(body.getFootnotePr().getNumRestart().getVal().toString()).isEqualTo("eachPage");
            assertThat(d.getEvenAndOddHeadings()).isTrue();
            assertThat(d.getMirrorMargins()).isTrue();
        }
    }

    @Test
    void runningHeadsFieldsFootnotesTablesAndChanges() throws Exception {
        try (XWPFDocument d = open()) {
            List<String> heads = new ArrayList<>();
            for (XWPFHeader h : d.getHeaderList()) heads.add(h._getHdrFtr().xmlText());
            assertThat(heads).anyMatch(h -> h.contains("STYLEREF \"类目\"") && h.contains("政治"));
            assertThat(heads).anyMatch(h -> h.contains("测试年鉴 2022"));
            String body = d.getDocument().xmlText();
            assertThat(body).contains("TOC \\o \"1-2\"").contains("PAGEREF _Toc100001").contains("XE \"履职\"");
            assertThat(body).contains("w:ins").contains("张三").contains("w:delText").contains("李四");
            assertThat(d.getFootnotes()).anyMatch(f -> f.getParagraphs().stream().map(XWPFParagraph::getText).anyMatch(s -> s.contains("脚注的文字")));
            assertThat(d.getParagraphs()).anyMatch(p -> p.getText().equals("注释"));
            assertThat(d.getParagraphs()).anyMatch(p -> p.getText().startsWith("[1] 尾注的文字"));
            XWPFTable t = d.getTables().get(0);
            assertThat(t.getRows()).hasSize(5);
            assertThat(t.getRow(0).isRepeatHeader()).isTrue();
            assertThat(t.getRow(0).getCell(0).getCTTc().getTcPr().getVMerge().getVal().toString()).isEqualTo("restart");
            assertThat(t.getRow(0).getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(2);
            assertThat(t.getCTTbl().getTblPr().getTblBorders().getTop().getSz().intValue()).isEqualTo(8);
            assertThat(d.getParagraphs()).anyMatch(p -> p.getText().startsWith("【概况】"));
        }
    }

    @Test
    void libreOfficeLaysItOutInTwoColumnsWithFolios() throws Exception {
        String pdftotext = Tools.require("pdftotext", "poppler-utils");
        Path pdf = org.annalist.testing.LibreOffice.toPdf(docx, dir);
        String info = run(Tools.require("pdfinfo", "poppler-utils"), pdf.toString());
        assertThat(info).containsPattern("Page size:\\s+524\\.\\d+ x 737\\.\\d+ pts"); // 185 × 260 mm
        String text = run(pdftotext, "-layout", pdf.toString(), "-");
        String[] pages = text.split("\f");
        assertThat(pages.length).isGreaterThanOrEqualTo(6);
        // the first body page: the 类目 opening, no running head, folio ·1·, two columns side by side
        int opening = -1;
        for (int i = 0; i < pages.length; i++) if (pages[i].strip().startsWith("政治")) opening = i;
        assertThat(opening).isPositive();
        assertThat(pages[opening].replace(" ", "")).contains("·1·");
        long twoColumnLines = pages[opening + 1].lines().filter(l -> l.strip().matches(".*\\S\\s{3,}\\S.*")).count();
        assertThat(twoColumnLines).isGreaterThan(20);
        assertThat(String.join("", pages).replace(" ", "")).contains("测试年鉴2022").contains("·2·");
    }

    @Test
    void theIndexIsAnIndexFieldWithItsResultFilledIn() throws Exception {
        assertThat(summary.indexEntries()).isEqualTo(1);
        try (XWPFDocument d = open()) {
            List<XWPFParagraph> ps = d.getParagraphs();
            int heading = -1;
            for (int i = 0; i < ps.size(); i++) if (ps.get(i).getText().equals("索　引")) heading = i;
            assertThat(heading).isPositive();
            assertThat(ps.get(heading).getStyleID()).isEqualTo("Leimu");
            String xml = d.getDocument().xmlText();
            // the XE mark stands in the bookmark the index's PAGEREF points at
            assertThat(xml).containsPattern("<w:bookmarkStart w:name=\"_Idx1\"[^>]*/>.*?XE \"履职\"");
            XWPFParagraph letter = ps.get(heading + 1);
            assertThat(letter.getStyleID()).isEqualTo("IndexHeading");
            assertThat(letter.getCTP().xmlText()).contains("INDEX \\e").contains("w:fldCharType=\"separate\"");
            assertThat(letter.getText()).isEqualTo("L");
            XWPFParagraph entry = ps.get(heading + 2);
            assertThat(entry.getStyleID()).isEqualTo("Index1");
            assertThat(entry.getText()).startsWith("履职　");
            assertThat(entry.getCTP().xmlText()).contains("PAGEREF _Idx1 \\h").contains("w:fldCharType=\"end\"");
        }
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return s;
    }

    private static XWPFDocument open() throws Exception {
        try (InputStream in = Files.newInputStream(docx)) {
            return new XWPFDocument(in);
        }
    }

    private static List<CTSectPr> sections(XWPFDocument d) {
        List<CTSectPr> out = new ArrayList<>();
        for (XWPFParagraph p : d.getParagraphs()) {
            if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) out.add(p.getCTP().getPPr().getSectPr());
        }
        out.add(d.getDocument().getBody().getSectPr());
        return out;
    }
}
