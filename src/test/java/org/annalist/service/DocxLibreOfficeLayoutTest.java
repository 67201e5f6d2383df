package org.annalist.service;

import org.annalist.testing.LibreOffice;
import org.annalist.testing.Tools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
 * A generated yearbook of four 类目 (about 60,000 characters, ASCII and Chinese punctuation mixed as contributors
 * type them, a statistics table in each 类目) set by us as PDF and by LibreOffice from our .docx, read back page by
 * page with pdftotext: full body pages hold as many lines as ours (the exact line heights on the grid), each 分目
 * stands as many pages after its 类目's opening as in our PDF (within one page), every 类目 opens on an odd folio,
 * and the running heads are right — the 类目 on odd pages, the book title on even pages — on every body page but
 * an opening and the one after it, which may lack its head but never show a wrong one (LibreOffice 7.4 gives an
 * odd-page section a right-pages-only copy of its first-page style followed by that first-page style again, so the
 * page after the opening has the opening's empty head; no section structure is right in both it and Word, see
 * docs/word.md, "LibreOffice 7.4 and the page after a 类目 opening").
 */
class DocxLibreOfficeLayoutTest {
    @TempDir
    static Path dir;
    static List<String> ours;
    static List<String> lo;
    /** Each page's columns read apart: [left, right] pages, as {@link #columns} gives them. */
    static List<List<String>> oursColumns;
    static List<List<String>> loColumns;

    static final String TITLE = "生成年鉴";
    static final String[] CATEGORIES = {"特载", "政治", "经济", "社会"};
    static final int PARTS = 4;

    private static final String[] SENTENCES = {
        "区政协围绕中心工作，组织委员开展专题调研，形成调研报告12篇。",
        "坚持“有事好商量、众人的事情由众人商量”，搭建协商议事平台。",
        "全年收到提案178件，立案170件，办复率100%，满意率98.5%。",
        "加强机关作风建设，发挥好机关的统筹协调作用、日常运转的枢纽作用。",
        "组织部分政协委员赴贵州长征干部学院参加履职能力提升培训。",
        "围绕“十四五”规划实施和县委的战略部署，制订年度协商计划。",
        "深入基层察民情、广开言路汇民意、用心用情解民忧，让群众感到政协就在身边。",
        "编写《南江文史（2024）》，配合省、市政协完成文史资料征集工作。",
    };

    /** Deterministic text: each 条目 a run of sentences chosen by a small linear congruential sequence. */
    static String book() {
        StringBuilder md = new StringBuilder("% ").append(TITLE).append("\n\n");
        long seed = 42;
        for (int c = 0; c < CATEGORIES.length; c++) {
            md.append("# ").append(CATEGORIES[c]).append("\n\n");
            for (int p = 1; p <= PARTS; p++) {
                md.append("## 分目").append(c + 1).append('.').append(p).append("\n\n");
                for (int e = 0; e < 5; e++) {
                    md.append("**【条目").append(c + 1).append(p).append(e).append("】** ");
                    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
                    int n = 12 + (int) (seed % 14);
                    for (int i = 0; i < n; i++) {
                        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
                        md.append(SENTENCES[(int) (seed % SENTENCES.length)]);
                        if (i == n / 2) md.append("\n\n");
                    }
                    md.append("\n\n");
                }
                if (p == 2) {
                    md.append("| 项目 | 2021年 | 2022年 |\n|---|---|---|\n| 提案 | 170 | 178 |\n| 调研 | 10 | 12 |\n")
                            .append("[表").append(c + 1).append(" 主要数字]\n\n");
                }
            }
        }
        return md.toString();
    }

    @BeforeAll
    static void setBoth() throws Exception {
        Tools.require("pdftotext", "poppler-utils");
        Path md = dir.resolve("生成年鉴.md");
        Files.writeString(md, book(), StandardCharsets.UTF_8);
        Path pdf = dir.resolve("ours.pdf");
        TypesetService.markdownFile(md, pdf, new TypesetService.Options("nianjian-16k", false, false, false, null, null),
                (phase, done, total) -> { });
        Path docx = dir.resolve("生成年鉴.docx");
        assertThat(DocxService.markdownFile(md, docx, "nianjian-16k").warnings()).isEmpty();
        Path loPdf = LibreOffice.toPdf(docx, dir);
        ours = LibreOffice.pages(pdf);
        lo = LibreOffice.pages(loPdf);
        oursColumns = columns(pdf);
        loColumns = columns(loPdf);
    }

    @Test
    void bodyLinesHoldTheTemplatesCharactersPerLineAndAsManyAsOurs() {
        // nianjian-16k: 24 characters per line; the body lines as pdftotext -layout gives them, each column's piece
        List<Integer> loLines = bodyLines(lo, loColumns);
        List<Integer> ourLines = bodyLines(ours, oursColumns);
        assertThat(median(loLines)).as("median characters per body line, LibreOffice").isEqualTo(24);
        assertThat(median(ourLines)).as("median characters per body line, ours").isEqualTo(24);
        // LibreOffice sets this book in as many lines as we do: the punctuation our lines compress (this book's
        // sentences are punctuated as GB/T 15834 has it, full-width) goes into the .docx as w:w by source key, the 【】
        // of the 条目 titles too (by the keys beside the title's). Measured (LibreOffice 7.4, each column read apart):
        // 1,934 lines against our 1,934; with the 【】 unscaled 1,938 (+0.2 %: six 条目 whose tight first line we set
        // with both brackets compressed to half run a line longer), with no scaling at all 1,970 (+1.9 %). The bound
        // is ±0.1 %: the check fails without either
        double ratio = loLines.size() / (double) ourLines.size();
        assertThat(ratio).as("body lines: LibreOffice %d, ours %d", loLines.size(), ourLines.size())
                .isBetween(0.999, 1.001);
    }

    @Test
    void pageCountIsWithinFifteenPercentOfOurs() {
        int a = pageCount(ours);
        int b = pageCount(lo);
        assertThat(Math.abs(b - a) / (double) a).as("pages: LibreOffice %d, ours %d", b, a).isLessThanOrEqualTo(0.15);
    }

    /** Pages of a PDF as pdftotext splits them (the text after the last form feed is no page). */
    private static int pageCount(List<String> pages) {
        return pages.get(pages.size() - 1).isBlank() ? pages.size() - 1 : pages.size();
    }

    /**
     * The characters of each body line — a piece of a row of a column on a numbered page, of at least 12 characters,
     * so headings, folios and running heads are left out — in order. Each column is read apart: in one page's text a
     * right-column line that begins with an opening mark set half width into the gutter (“ （) comes within two spaces
     * of the left column's line, and the two read as one piece.
     */
    private static List<Integer> bodyLines(List<String> pages, List<List<String>> columns) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (folio(pages.get(i)) < 0) continue;
            for (List<String> column : columns) {
                for (String row : column.get(i).lines().toList()) {
                    for (String piece : row.strip().split("\\s{2,}")) {
                        int n = LibreOffice.squeeze(piece).codePointCount(0, LibreOffice.squeeze(piece).length());
                        if (n >= 12) out.add(n);
                    }
                }
            }
        }
        return out;
    }

    /** Half the nianjian-16k page's width (524.4 pt), in the middle of the gutter between its columns (18 pt). */
    private static final int MIDDLE = 262;

    /** The left and the right half of each page, as pdftotext gives them cropped (page for page as {@link #pages}). */
    private static List<List<String>> columns(Path pdf) throws Exception {
        return List.of(LibreOffice.pages(pdf, "-x", "0", "-y", "0", "-W", String.valueOf(MIDDLE), "-H", "2000"),
                LibreOffice.pages(pdf, "-x", String.valueOf(MIDDLE), "-y", "0", "-W", "2000", "-H", "2000"));
    }

    private static int median(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void fullBodyPagesHoldAsManyLinesAsOurs() {
        // the rows of a page as pdftotext -layout gives them (both columns share a row): the most common count
        assertThat(mostCommonRows(lo)).isEqualTo(mostCommonRows(ours));
    }

    @Test
    void eachPartStandsAsManyPagesAfterItsOpeningAsInOurPdf() {
        Map<String, Integer> a = headings(ours);
        Map<String, Integer> b = headings(lo);
        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
        int same = 0;
        int total = 0;
        String category = null;
        for (String h : a.keySet()) {
            if (!h.startsWith("分目")) {
                category = h;
                continue;
            }
            int offsetOurs = a.get(h) - a.get(category);
            int offsetLo = b.get(h) - b.get(category);
            assertThat(Math.abs(offsetLo - offsetOurs)).as("%s: ours %d pages after %s, LibreOffice %d", h, offsetOurs,
                    category, offsetLo).isLessThanOrEqualTo(1);
            if (offsetLo == offsetOurs) same++;
            total++;
        }
        assertThat(same).as("分目 on the same page of their 类目 as ours, of %d", total).isGreaterThanOrEqualTo(total * 3 / 4);
    }

    @Test
    void categoriesOpenOnOddFoliosAndRunningHeadsAreRight() {
        Map<String, Integer> at = headings(lo);
        List<Integer> openings = new ArrayList<>();
        for (String c : CATEGORIES) {
            int folio = folio(lo.get(at.get(c)));
            assertThat(folio % 2).as("%s opens on folio %d", c, folio).isEqualTo(1);
            openings.add(at.get(c));
        }
        String category = null;
        int checked = 0;
        for (int i = openings.get(0); i < lo.size(); i++) {
            if (folio(lo.get(i)) < 0) continue; // a blank page LibreOffice left out, or the end
            int opening = openings.indexOf(i);
            if (opening >= 0) {
                category = CATEGORIES[opening];
                assertThat(LibreOffice.firstLine(lo.get(i))).as("opening page %d", i + 1).isEqualTo(category);
                continue;
            }
            String head = LibreOffice.firstLine(lo.get(i));
            String expected = folio(lo.get(i)) % 2 == 1 ? category : TITLE;
            if (openings.contains(i - 1) && !head.equals(expected)) {
                // LibreOffice 7.4: the page after an opening has the opening's (empty) head, never another one
                assertThat(head).as("page %d after an opening", i + 1).isNotEqualTo(TITLE).isNotIn((Object[]) CATEGORIES);
                continue;
            }
            assertThat(head).as("running head of page %d (folio %d)", i + 1, folio(lo.get(i))).isEqualTo(expected);
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    private static final Pattern FOLIO = Pattern.compile("·(\\d+)·");

    /** The page's folio ·N· (its last), or -1. */
    static int folio(String page) {
        Matcher m = FOLIO.matcher(LibreOffice.squeeze(page));
        int n = -1;
        while (m.find()) n = Integer.parseInt(m.group(1));
        return n;
    }

    /** Page index of each 类目 and 分目 heading, in book order, found after the 目录 as a piece of a row on its own. */
    private static Map<String, Integer> headings(List<String> pages) {
        List<String> titles = new ArrayList<>();
        for (int c = 0; c < CATEGORIES.length; c++) {
            titles.add(CATEGORIES[c]);
            for (int p = 1; p <= PARTS; p++) titles.add("分目" + (c + 1) + "." + p);
        }
        Map<String, Integer> at = new LinkedHashMap<>();
        int from = 0;
        while (from < pages.size() && folio(pages.get(from)) != 1) from++;
        for (String t : titles) {
            for (int i = from; i < pages.size(); i++) {
                boolean found = pages.get(i).lines().anyMatch(l -> Arrays.stream(l.strip().split("\\s{2,}"))
                        .anyMatch(piece -> LibreOffice.squeeze(piece).equals(t)));
                if (found) {
                    at.put(t, i);
                    from = i;
                    break;
                }
            }
        }
        return at;
    }

    private static int mostCommonRows(List<String> pages) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (String page : pages) {
            if (folio(page) < 0) continue;
            int rows = (int) page.lines().filter(l -> !l.isBlank()).count();
            counts.merge(rows, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
