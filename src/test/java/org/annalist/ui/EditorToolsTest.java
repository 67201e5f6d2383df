package org.annalist.ui;

import org.annalist.doc.Block;
import org.annalist.doc.Inline;
import org.annalist.doc.Markdown;
import org.annalist.ui.editor.FindReplace;
import org.annalist.ui.editor.MarkdownHighlighter;
import org.annalist.ui.editor.MarkupEdit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's colouring, toolbar markup and find/replace: the markup they write reads back as intended. */
class EditorToolsTest {

    private static String styleAt(String text, String piece) {
        int at = text.indexOf(piece);
        return MarkdownHighlighter.spans(text).stream().filter(s -> s.start() <= at && at < s.end())
                .map(MarkdownHighlighter.Span::style).findFirst().orElse("");
    }

    @Test
    void theDialectIsColoured() {
        String t = "# 一、概况\n\n**【概况】** 全区[乌当区政协]{.index}有[^1]，**加粗**和*强调*。\n\n| 项目 | 数值 |\n|:--|--:|\n\n"
                + "![图注](attachment:3)\n\n> 引文\n\n[^1]: 注文。\n";
        assertThat(styleAt(t, "一、概况")).isEqualTo("md-heading");
        assertThat(styleAt(t, "【概况】")).isEqualTo("md-entry");
        assertThat(styleAt(t, "乌当区政协")).isEqualTo("md-index");
        assertThat(styleAt(t, "[^1]，")).isEqualTo("md-note");
        assertThat(styleAt(t, "加粗")).isEqualTo("md-strong");
        assertThat(styleAt(t, "强调")).isEqualTo("md-emph");
        assertThat(styleAt(t, "| 项目")).isEqualTo("md-table");
        assertThat(styleAt(t, "图注")).isEqualTo("md-figure");
        assertThat(styleAt(t, "引文")).isEqualTo("md-quote");
        assertThat(styleAt(t, "[^1]: ")).isEqualTo("md-notedef");
        assertThat(styleAt(t, "全区")).isEmpty();
        // the styles cover the text exactly
        assertThat(MarkdownHighlighter.styles(t).length()).isEqualTo(t.length());
    }

    @Test
    void toolbarMarkupReadsBackAsTheDialectsElements() {
        String text = "2022年，全区经济稳步增长。";
        MarkupEdit e = MarkupEdit.entryTitle(text, 5, 5);
        String withTitle = e.applyTo(text);
        assertThat(withTitle).startsWith("**【标题】** 2022年");
        assertThat(withTitle.substring(e.selectFrom(), e.selectTo())).isEqualTo("标题");
        Block.Paragraph p = (Block.Paragraph) Markdown.parse(withTitle).blocks().get(0);
        assertThat(p.content().get(0)).isInstanceOf(Inline.EntryTitle.class);

        MarkupEdit sel = MarkupEdit.entryTitle("经济概况", 0, 4);
        assertThat(sel.applyTo("经济概况")).isEqualTo("**【经济概况】** ");

        int at = text.indexOf("全区");
        MarkupEdit idx = MarkupEdit.indexTerm(text, at, at + 2);
        String indexed = idx.applyTo(text);
        assertThat(indexed).contains("[全区]{.index}");
        assertThat(((Block.Paragraph) Markdown.parse(indexed).blocks().get(0)).content())
                .anyMatch(i -> i instanceof Inline.IndexTerm);

        MarkupEdit note = MarkupEdit.note(text, text.length() - 1);
        String noted = note.applyTo(text);
        assertThat(noted).contains("增长[^1]。").endsWith("[^1]: 注文");
        assertThat(noted.substring(note.selectFrom(), note.selectTo())).isEqualTo("注文");
        List<Block> blocks = Markdown.parse(noted).blocks();
        assertThat(((Block.Paragraph) blocks.get(0)).content()).anyMatch(i -> i instanceof Inline.Note);

        String tabled = MarkupEdit.table(text, 0).applyTo(text);
        assertThat(Markdown.parse(tabled).blocks()).anyMatch(b -> b instanceof Block.Table);

        MarkupEdit fig = MarkupEdit.figure(text, 0, 42);
        assertThat(Markdown.parse(fig.applyTo(text)).blocks()).anyMatch(b -> b instanceof Block.Figure f && f.source().equals("attachment:42"));
    }

    @Test
    void findWrapsAndReplaceAllCounts() {
        String t = "政协委员，政协常委，政协";
        assertThat(FindReplace.next(t, "政协", 1, false)).hasValue(5);
        assertThat(FindReplace.next(t, "政协", 11, false)).hasValue(0);
        assertThat(FindReplace.previous(t, "政协", 5, false)).hasValue(0);
        assertThat(FindReplace.next(t, "没有", 0, false)).isEmpty();
        FindReplace.Replaced r = FindReplace.all(t, "政协", "人大", false);
        assertThat(r.count()).isEqualTo(3);
        assertThat(r.text()).isEqualTo("人大委员，人大常委，人大");
        assertThat(FindReplace.all("Abc abc", "abc", "x", true).text()).isEqualTo("x x");
        assertThat(FindReplace.all("Abc abc", "abc", "x", false).count()).isEqualTo(1);
        assertThat(FindReplace.position(t, "政协", 5, false)).isEqualTo(new FindReplace.Position(2, 3));
        assertThat(FindReplace.position(t, "政协", 0, false)).isEqualTo(new FindReplace.Position(1, 3));
        assertThat(FindReplace.position("啊啊啊啊", "啊啊", 2, false)).isEqualTo(new FindReplace.Position(2, 2));
    }

    /** The editor colours only the lines that changed: a stretch of whole lines gets the spans the whole text has there. */
    @Test
    void colouringAStretchOfLinesGivesWhatTheWholeTextHasThere() {
        String text = "# 标题\n\n**【概况】** 正文*强调*与**加粗**[^1]。\n\n| 甲 | 乙 |\n> 引文\n[乌当区]{.index}与![图](a.png)\n\n[^1]: 注文。\n";
        String[] lines = text.split("\n", -1);
        for (int a = 0; a < lines.length; a++) {
            for (int b = a; b < lines.length; b++) {
                int start = 0;
                for (int k = 0; k < a; k++) start += lines[k].length() + 1;
                String part = String.join("\n", java.util.Arrays.copyOfRange(lines, a, b + 1));
                int offset = start;
                List<MarkdownHighlighter.Span> expected = MarkdownHighlighter.spans(text).stream()
                        .filter(sp -> sp.start() >= offset && sp.end() <= offset + part.length())
                        .map(sp -> new MarkdownHighlighter.Span(sp.style(), sp.start() - offset, sp.end() - offset)).toList();
                assertThat(MarkdownHighlighter.spans(part)).as("lines %d–%d", a, b).isEqualTo(expected);
            }
        }
    }
}
