package org.annalist.doc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Terse constructors for hand-built trees in tests. */
final class T {
    private T() {
    }

    static Document doc(Block... blocks) {
        return Document.of(blocks);
    }

    static Inline.Text t(String s) {
        return new Inline.Text(s);
    }

    static List<Inline> ins(Inline... inlines) {
        return List.of(inlines);
    }

    static Block.Paragraph p(Inline... inlines) {
        return new Block.Paragraph(List.of(inlines));
    }

    static Block.Paragraph p(String text) {
        return p(t(text));
    }

    static Block.Heading h(int level, Inline... inlines) {
        return new Block.Heading(level, List.of(inlines));
    }

    static Inline.Emph em(Inline... inlines) {
        return new Inline.Emph(List.of(inlines));
    }

    static Inline.Strong strong(Inline... inlines) {
        return new Inline.Strong(List.of(inlines));
    }

    static Inline.Superscript sup(Inline... inlines) {
        return new Inline.Superscript(List.of(inlines));
    }

    static Inline.Subscript sub(Inline... inlines) {
        return new Inline.Subscript(List.of(inlines));
    }

    static Inline.LineBreak br() {
        return new Inline.LineBreak();
    }

    static Inline.Link link(String target, Inline... inlines) {
        return new Inline.Link(List.of(inlines), target);
    }

    static Inline.Note note(Block... blocks) {
        return new Inline.Note(List.of(blocks));
    }

    static Inline.IndexTerm index(String text, String entry, String reading) {
        return new Inline.IndexTerm(List.of(t(text)), entry, reading);
    }

    static Inline.EntryTitle entry(Inline... inlines) {
        return new Inline.EntryTitle(List.of(inlines));
    }

    /** {@code span("underline", "text")} or {@code span(attr, inlines...)}. */
    static Inline.Span span(String cls, String text) {
        return new Inline.Span(Attr.ofClass(cls), List.of(t(text)));
    }

    static Inline.Span span(Attr attr, Inline... inlines) {
        return new Inline.Span(attr, List.of(inlines));
    }

    static Attr attr(List<String> classes, String... keyValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) values.put(keyValues[i], keyValues[i + 1]);
        return new Attr(classes, values);
    }

    static Block.BlockQuote quote(Block... blocks) {
        return new Block.BlockQuote(List.of(blocks));
    }

    @SafeVarargs
    static Block.BulletList bullets(List<Block>... items) {
        return new Block.BulletList(Arrays.asList(items));
    }

    @SafeVarargs
    static Block.OrderedList ordered(int start, List<Block>... items) {
        return new Block.OrderedList(start, Arrays.asList(items));
    }

    @SafeVarargs
    static Block.OrderedList ordered(int start, ListNumbering.Numeral numeral, ListNumbering.Delimiter delimiter,
                                     List<Block>... items) {
        return new Block.OrderedList(start, new ListNumbering(numeral, delimiter), Arrays.asList(items));
    }

    static List<Block> item(Block... blocks) {
        return List.of(blocks);
    }

    static Block.Figure figure(String source, Inline... caption) {
        return new Block.Figure(source, List.of(caption));
    }

    static Block.Rule rule() {
        return new Block.Rule();
    }

    static Block.Cell cell(String text) {
        return Block.Cell.of(text.isEmpty() ? List.of() : List.of(t(text)));
    }

    static Block.Cell cell(String text, int colSpan, int rowSpan) {
        return new Block.Cell(text.isEmpty() ? List.of() : List.of(t(text)), colSpan, rowSpan);
    }

    static Block.Cell cell(Inline... inlines) {
        return Block.Cell.of(List.of(inlines));
    }

    static Block.Row row(Block.Cell... cells) {
        return new Block.Row(List.of(cells));
    }

    /** A table; {@code aligns} gives the number of grid columns. */
    static Block.Table table(List<Block.Align> aligns, int headerRows, List<Inline> caption, Block.Row... rows) {
        return new Block.Table(aligns, headerRows, new ArrayList<>(List.of(rows)), caption);
    }

    static List<Block.Align> aligns(int n) {
        return java.util.Collections.nCopies(n, Block.Align.DEFAULT);
    }
}
