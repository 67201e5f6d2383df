package org.annalist.ui.preview;

import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.GlyphRun;
import org.annalist.typeset.frame.Positioned;

import java.util.ArrayList;
import java.util.List;

/**
 * The characters printed on the pages in reading order, each with its page and box (points from the
 * page's top-left), found by walking the frames. Used to show on the page where the editor's caret is.
 */
public final class PageText {

    /** Where one printed character sits. */
    public record Glyph(int page, double x, double top, double width, double height) {
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Glyph> glyphs = new ArrayList<>();

    public PageText(List<Frame> pages) {
        for (int p = 0; p < pages.size(); p++) walk(pages.get(p), p, 0, 0);
    }

    private void walk(Frame f, int page, double dx, double dy) {
        for (Positioned pos : f.items()) {
            double x = dx + pos.x();
            double y = dy + pos.y();
            if (pos.item() instanceof Frame inner) {
                walk(inner, page, x, y);
            } else if (pos.item() instanceof GlyphRun run) {
                String s = run.text();
                for (int i = 0, off = 0; off < s.length(); i++) {
                    int cp = s.codePointAt(off);
                    off += Character.charCount(cp);
                    double gx = x + run.xAt(i);
                    double next = i + 1 < run.glyphCount() ? x + run.xAt(i + 1) : x + run.width();
                    if (skipped(cp)) continue;
                    text.appendCodePoint(cp);
                    // one entry per UTF-16 unit, so indexes into the text are indexes into the glyphs
                    for (int k = 0; k < Character.charCount(cp); k++) {
                        glyphs.add(new Glyph(page, gx, y - run.size() * 0.88, Math.max(next - gx, run.size() * 0.3), run.size()));
                    }
                }
            }
        }
    }

    public String text() {
        return text.toString();
    }

    /**
     * Where the caret at {@code caret} in the Markdown {@code source} is printed: the characters just before
     * it (markup removed) are looked up on the pages, after the start of the caret's paragraph. Null when
     * they are not printed (the caret in markup, an empty line).
     */
    public Glyph locate(String source, int caret) {
        int lineStart = source.lastIndexOf('\n', Math.max(0, caret - 1)) + 1;
        if (caret == 0) lineStart = 0;
        int lineEnd = source.indexOf('\n', caret);
        if (lineEnd < 0) lineEnd = source.length();
        String before = plain(source.substring(lineStart, caret));
        String paragraph = plain(source.substring(lineStart, lineEnd));
        if (paragraph.isEmpty()) return null;
        String all = text.toString();
        String head = paragraph.substring(0, Math.min(8, paragraph.length()));
        int paraAt = all.indexOf(head);
        if (paraAt < 0) paraAt = 0;
        if (before.isEmpty()) return paraAt < glyphs.size() && all.startsWith(head, paraAt) ? glyphs.get(paraAt) : null;
        String tail = before.substring(Math.max(0, before.length() - 6));
        int at = all.indexOf(tail, paraAt);
        if (at < 0) return null;
        int last = at + tail.length() - 1;
        Glyph g = glyphs.get(last);
        // the caret sits after this character
        return new Glyph(g.page(), g.x() + g.width(), g.top(), 0, g.height());
    }

    /** Characters compared on neither side: white space, and markup that may or may not be printed. */
    private static boolean skipped(int cp) {
        return Character.isWhitespace(cp) || cp == 0x3000 || "*[]^~|\\【】".indexOf(cp) >= 0;
    }

    /** The text a line of Markdown prints, roughly: markup characters, attributes and note references dropped. */
    static String plain(String md) {
        String s = md.replaceAll("\\{[^}]*\\}", "")
                .replaceAll("\\[\\^[^\\]]*\\]:?", "")
                .replaceAll("!\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("\\]\\([^)]*\\)", "")
                .replaceAll("^#{1,6}\\s+", "")
                .replaceAll("^>\\s?", "");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (skipped(c)) continue;
            sb.append(c);
        }
        return sb.toString();
    }
}
