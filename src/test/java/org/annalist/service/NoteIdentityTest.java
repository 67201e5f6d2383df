package org.annalist.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Footnote marks are found by their identity, never by their look (issue 11): circled numbers the author typed stay as
 * typed when the page numbers its notes, and a note goes under the column that holds its own mark even when an
 * earlier line shows a typed ① too.
 */
class NoteIdentityTest {
    @TempDir
    Path tmp;

    /** A line of set text with where it starts. */
    record Placed(String text, float x, float y, int page) {
    }

    /** Glyphs read back from the PDF, grouped into lines per page and column (within 4 pt of one baseline). */
    private List<Placed> typeset(String md, String name) throws Exception {
        Path pdf = tmp.resolve(name + ".pdf");
        TypesetService.markdown(md, name, pdf,
                new TypesetService.Options("nianjian-16k", false, false, false, null, tmp.resolve("cache")), (p, d, t) -> {
                });
        record Glyph(String text, float x, float y, int page) {
        }
        List<Glyph> glyphs = new ArrayList<>();
        float[] mid = {0};
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            mid[0] = doc.getPage(0).getMediaBox().getWidth() / 2;
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    glyphs.add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(), getCurrentPageNo()));
                }
            };
            s.getText(doc);
        }
        this.mid = mid[0];
        List<List<Glyph>> groups = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (g.text().isBlank()) continue;
            List<Glyph> into = null;
            for (List<Glyph> l : groups) {
                Glyph f = l.get(0);
                if (f.page() == g.page() && (f.x() < this.mid) == (g.x() < this.mid) && Math.abs(f.y() - g.y()) < 4) {
                    into = l;
                    break;
                }
            }
            if (into == null) groups.add(into = new ArrayList<>());
            into.add(g);
        }
        List<Placed> lines = new ArrayList<>();
        for (List<Glyph> l : groups) {
            l.sort(java.util.Comparator.comparingDouble(Glyph::x));
            StringBuilder sb = new StringBuilder();
            for (Glyph g : l) sb.append(g.text());
            float y = (float) l.stream().mapToDouble(Glyph::y).max().orElse(0);
            lines.add(new Placed(sb.toString(), l.get(0).x(), y, l.get(0).page()));
        }
        return lines;
    }

    private float mid;

    private static String all(List<Placed> lines) {
        StringBuilder sb = new StringBuilder();
        for (Placed p : lines) sb.append(p.text()).append('\n');
        return sb.toString();
    }

    @Test
    void circledNumbersTheAuthorTypedAreNotRenumbered() throws Exception {
        String md = "% 注码测试\n\n# 概况\n\n## 工作\n\n前言一段[^1]。\n\n措施有三：①加强学习[^2]；②改进作风；③狠抓落实。\n\n"
                + "[^1]: 第一条注释。\n\n[^2]: 第二条注释。\n";
        String text = all(typeset(md, "注码"));
        assertThat(text).contains("前言一段①。").contains("措施有三：①加强学习②；②改进作风；③狠抓落实。")
                .contains("①第一条注释。").contains("②第二条注释。");
    }

    @Test
    void aNoteGoesUnderTheColumnOfItsOwnMarkNotOfAnEarlierTypedCircledNumber() throws Exception {
        // one-line paragraphs to fill column 1, then a paragraph whose first line shows a typed ① and whose eighth line
        // holds the real mark; the filler is sized from a first typesetting so the column breaks after its third line
        String paragraph = "①" + "乙".repeat(21) + "丙".repeat(24 * 6) + "第八行有注" + "[^1]" + "丁".repeat(40) + "。";
        int probe = 80;
        List<Placed> first = typeset(book(probe, paragraph), "探测");
        int page = first.stream().filter(q -> q.text().startsWith("填充第1段")).findFirst().orElseThrow().page();
        int inColumnOne = 0;
        for (Placed p : first) {
            if (p.page() == page && p.text().startsWith("填充第") && p.x() < mid) inColumnOne++;
        }
        assertThat(inColumnOne).isBetween(10, probe - 10);
        List<Placed> lines = typeset(book(inColumnOne - 3, paragraph), "注文");
        Placed typed = lines.stream().filter(p -> p.text().startsWith("①乙")).findFirst().orElseThrow();
        Placed marked = lines.stream().filter(p -> p.text().contains("第八行有注")).findFirst().orElseThrow();
        Placed note = lines.stream().filter(p -> p.text().contains("注在第八行之下")).findFirst().orElseThrow();
        assertThat(typed.x()).as("the typed ① stands in column 1").isLessThan(mid);
        assertThat(marked.x()).as("the real mark stands in column 2").isGreaterThan(mid);
        assertThat(note.x()).as("its note at the foot of column 2").isGreaterThan(mid);
        assertThat(note.page()).isEqualTo(marked.page());
        assertThat(note.y()).isGreaterThan(marked.y());
        assertThat(typed.text()).startsWith("①乙");
        assertThat(marked.text()).contains("第八行有注①");
    }

    @Test
    void anIndexTermThatAlsoStandsEarlierGetsTheLocatorOfTheMarkedOne() throws Exception {
        // 志书 stands unmarked in the paragraph's first line (column a) and marked in its eighth (column b)
        String paragraph = "志书" + "乙".repeat(20) + "丙".repeat(24 * 6) + "第八行[志书]{.index}" + "丁".repeat(40) + "。";
        List<Placed> first = typeset(book(80, paragraph), "索引探测");
        int page = first.stream().filter(q -> q.text().startsWith("填充第1段")).findFirst().orElseThrow().page();
        int inColumnOne = 0;
        for (Placed p : first) {
            if (p.page() == page && p.text().startsWith("填充第") && p.x() < mid) inColumnOne++;
        }
        List<Placed> lines = typeset(book(inColumnOne - 3, paragraph), "索引");
        Placed typed = lines.stream().filter(p -> p.text().startsWith("志书乙")).findFirst().orElseThrow();
        Placed marked = lines.stream().filter(p -> p.text().contains("第八行志书")).findFirst().orElseThrow();
        assertThat(typed.x()).isLessThan(mid);
        assertThat(marked.x()).isGreaterThan(mid);
        assertThat(typed.page()).isEqualTo(marked.page());
        // the body's first page is folio 1, so the marked occurrence is on 1b, the earlier unmarked one on 1a
        String folio = Integer.toString(marked.page() - first.stream().filter(q -> q.text().startsWith("填充第1段"))
                .findFirst().orElseThrow().page() + 1);
        Placed entry = lines.stream().filter(p -> p.text().startsWith("志书") && p.text().matches("志书\\d+[ab].*"))
                .findFirst().orElseThrow(() -> new AssertionError("no index entry for 志书 in:\n" + all(lines)));
        assertThat(entry.text()).isEqualTo("志书" + folio + "b");
    }

    private static String book(int fillers, String paragraph) {
        StringBuilder md = new StringBuilder("% 注文位置\n\n# 概况\n\n## 工作\n\n");
        for (int i = 1; i <= fillers; i++) md.append("填充第").append(i).append("段。\n\n");
        md.append(paragraph).append("\n\n");
        for (int i = 1; i <= 40; i++) md.append("后续第").append(i).append("段。\n\n");
        md.append("[^1]: 注在第八行之下。\n");
        return md.toString();
    }
}
