package org.annalist.importer.html;

import org.annalist.doc.Block;
import org.annalist.doc.Inline;
import org.annalist.doc.Inlines;
import org.annalist.i18n.Texts;
import org.annalist.importer.text.TextHeads;
import org.annalist.importer.text.WebText;
import org.annalist.model.ImportReport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A page's body as the pieces a reader sees, in order: each paragraph-like block (and each stretch of text
 * between {@code <br>}s, as copied text would have it) one piece with its inlines (links, bold, italics); headings
 * as headings ({@code h1} level 1 … the article's own title is found among them like a first line of text);
 * each list item one piece holding a one-item list (furniture is judged item by item; the outline joins the
 * items again); tables as the tree's tables. Scripts, styles, forms and the like carry no text a reader sees;
 * a {@code <nav>} is the site's navigation and is removed with a line in the report.
 */
final class HtmlPieces {
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "canvas", "form", "button", "input", "select", "textarea", "head", "title", "meta", "link", "map");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer", "aside",
            "center", "address", "blockquote", "figure", "figcaption", "dl", "dt", "dd", "hgroup", "pre", "body", "html",
            "tbody", "fieldset", "details", "summary", "li", "ul", "ol", "table", "hr", "nav",
            "h1", "h2", "h3", "h4", "h5", "h6", "font-block");

    private final ImportReport report;
    private final List<WebText.Piece> out = new ArrayList<>();
    private List<Inline> run = new ArrayList<>();
    private int runLine;

    private HtmlPieces(ImportReport report) {
        this.report = report;
    }

    static List<WebText.Piece> read(Document page, ImportReport report) {
        HtmlPieces p = new HtmlPieces(report);
        p.container(page.body());
        p.flush();
        return p.out;
    }

    private void container(Element e) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                if (run.isEmpty() && t.isBlank()) continue;
                if (run.isEmpty()) runLine = line(t);
                run.add(new Inline.Text(collapse(t.getWholeText())));
            } else if (n instanceof Element c) {
                element(c);
            }
        }
    }

    private void element(Element c) {
        String tag = c.normalName();
        if (INVISIBLE.contains(tag)) return;
        switch (tag) {
            case "br" -> flush();
            case "nav" -> {
                flush();
                String text = TextHeads.strip(c.text());
                if (!text.isEmpty()) report.removed(line(c), Texts.get("report.html.nav"), text);
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                flush();
                List<Inline> in = trim(inlines(c));
                String text = TextHeads.strip(Inlines.plainText(in));
                if (!text.isEmpty()) out.add(new WebText.Piece(line(c), text, new Block.Heading(tag.charAt(1) - '0', in)));
            }
            case "ul", "ol" -> list(c, tag.equals("ol"));
            case "table" -> table(c);
            case "img" -> { } // a web page's pictures are links to a server, not files the archive could keep
            default -> {
                if (BLOCKS.contains(tag) || hasBlockInside(c)) {
                    flush();
                    container(c);
                    flush();
                } else {
                    if (run.isEmpty()) runLine = line(c);
                    run.addAll(inline(c));
                }
            }
        }
    }

    private void list(Element list, boolean ordered) {
        flush();
        int start = ordered && list.hasAttr("start") ? parseInt(list.attr("start"), 1) : 1;
        int k = 0;
        for (Element li : list.children()) {
            if (!li.normalName().equals("li")) {
                container(li);
                flush();
                continue;
            }
            if (hasBlockInside(li)) {
                // an item holding paragraphs or a nested list: its parts are read as paragraphs
                container(li);
                flush();
                continue;
            }
            List<Inline> in = trim(inlines(li));
            String text = TextHeads.strip(Inlines.plainText(in));
            if (text.isEmpty()) continue;
            List<List<Block>> item = List.of(List.of(new Block.Paragraph(in)));
            Block b = ordered ? new Block.OrderedList(start + k, item) : new Block.BulletList(item);
            out.add(new WebText.Piece(line(li), text, b));
            k++;
        }
    }

    private void table(Element table) {
        flush();
        List<Block.Row> rows = new ArrayList<>();
        int header = 0;
        boolean inHead = true;
        int columns = 0;
        StringBuilder text = new StringBuilder();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) continue; // a row of a nested table
            List<Block.Cell> cells = new ArrayList<>();
            boolean allTh = true;
            int width = 0;
            for (Element td : tr.children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) continue;
                allTh &= td.normalName().equals("th");
                List<Inline> in = trim(inlines(td));
                int cs = parseInt(td.attr("colspan"), 1), rs = parseInt(td.attr("rowspan"), 1);
                cells.add(new Block.Cell(in, cs, rs));
                width += cs;
                text.append(Inlines.plainText(in)).append(' ');
            }
            if (cells.isEmpty()) continue;
            boolean head = tr.parent() != null && tr.parent().normalName().equals("thead") || allTh;
            if (inHead && head) header++;
            else inHead = false;
            columns = Math.max(columns, width);
            rows.add(new Block.Row(cells));
        }
        if (rows.isEmpty()) return;
        Element cap = table.selectFirst("caption");
        List<Inline> caption = cap == null ? List.of() : trim(inlines(cap));
        List<Block.Align> aligns = new ArrayList<>();
        for (int i = 0; i < columns; i++) aligns.add(Block.Align.DEFAULT);
        out.add(new WebText.Piece(line(table), TextHeads.strip(text.toString()),
                new Block.Table(aligns, Math.min(header, rows.size()), rows, caption)));
    }

    /** Ends the current paragraph. */
    private void flush() {
        List<Inline> in = trim(run);
        run = new ArrayList<>();
        String text = TextHeads.strip(Inlines.plainText(in));
        if (!text.isEmpty()) out.add(new WebText.Piece(runLine, text, new Block.Paragraph(in)));
    }

    private List<Inline> inlines(Element e) {
        List<Inline> in = new ArrayList<>();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) in.add(new Inline.Text(collapse(t.getWholeText())));
            else if (n instanceof Element c && !INVISIBLE.contains(c.normalName())) {
                if (c.normalName().equals("br")) in.add(new Inline.Text(" "));
                else in.addAll(inline(c));
            }
        }
        return in;
    }

    private List<Inline> inline(Element c) {
        List<Inline> content = inlines(c);
        return switch (c.normalName()) {
            case "a" -> {
                String href = c.attr("href").strip();
                yield href.isEmpty() || href.startsWith("#") || href.toLowerCase().startsWith("javascript:")
                        ? content : List.of(new Inline.Link(content, href));
            }
            case "strong", "b" -> List.of(new Inline.Strong(content));
            case "em", "i" -> List.of(new Inline.Emph(content));
            case "sup" -> List.of(new Inline.Superscript(content));
            case "sub" -> List.of(new Inline.Subscript(content));
            default -> content;
        };
    }

    private static boolean hasBlockInside(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && (BLOCKS.contains(d.normalName()) || d.normalName().equals("br") && e.normalName().equals("li"))) return true;
        }
        return false;
    }

    /** HTML white space: runs of spaces, tabs and line ends are one space; no-break spaces are spaces as in text. */
    private static String collapse(String s) {
        return s.replaceAll("[ \\t\\r\\n\\f]+", " ").replace('\u00A0', ' ');
    }

    /** Without the blanks (and the full-width indent) at both ends, and without empty texts. */
    private static List<Inline> trim(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in);
        while (!out.isEmpty() && out.get(0) instanceof Inline.Text t && TextHeads.strip(t.text()).isEmpty()) out.remove(0);
        while (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text t && TextHeads.strip(t.text()).isEmpty()) out.remove(out.size() - 1);
        if (!out.isEmpty() && out.get(0) instanceof Inline.Text t) out.set(0, new Inline.Text(stripLeading(t.text())));
        int last = out.size() - 1;
        if (last >= 0 && out.get(last) instanceof Inline.Text t) out.set(last, new Inline.Text(stripTrailing(t.text())));
        return merge(out);
    }

    /** Adjacent texts as one (the tree and the Markdown writer expect no split words). */
    private static List<Inline> merge(List<Inline> in) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : in) {
            if (i instanceof Inline.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text p) {
                out.set(out.size() - 1, new Inline.Text(p.text() + t.text()));
            } else if (!(i instanceof Inline.Text t && t.text().isEmpty())) {
                out.add(i);
            }
        }
        return out;
    }

    private static String stripLeading(String s) {
        String st = TextHeads.strip(s + "x");
        return st.substring(0, st.length() - 1);
    }

    private static String stripTrailing(String s) {
        String st = TextHeads.strip("x" + s);
        return st.substring(1);
    }

    private static int line(Node n) {
        int l = n.sourceRange().start().lineNumber();
        return Math.max(l, 0);
    }

    private static int parseInt(String s, int fallback) {
        try {
            return Math.max(1, Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
