package org.annalist.typeset.page;

import org.annalist.typeset.flow.Line;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.FrameItem;
import org.annalist.typeset.frame.GlyphRun;
import org.annalist.typeset.frame.Positioned;
import org.annalist.typeset.style.InlineStyler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Footnotes are numbered ①②③ per page, but a paragraph is composed before anyone knows its page, with
 * its notes numbered from ① within the paragraph. Once a page is made up, each note line's mark and the
 * mark in the text that refers to it are swapped for the page's number. Circled numbers share one advance
 * in CJK fonts, so swapping a glyph keeps every position.
 */
final class NoteNumbers {
    private int next = 1;
    /** For the body line being placed: its composed mark → the page's mark; its notes use the same map. */
    private final Map<Line, Map<String, String>> byLine = new HashMap<>();
    private final Map<Line, Map<String, String>> byNote = new HashMap<>();

    /** The body line's frame with its note marks renumbered for this page. */
    Frame body(Line line) {
        if (line.notes().isEmpty()) return line.frame();
        Map<String, String> marks = new HashMap<>();
        for (Line note : line.notes()) {
            String old = leadingMark(note.frame());
            if (old == null || marks.containsKey(old)) continue;
            String mark = InlineStyler.noteMark(next++);
            // past ㊿ the styler writes [51]: more glyphs than the composed mark, so keep the composed one
            marks.put(old, mark.codePointCount(0, mark.length()) == 1 ? mark : old);
        }
        byLine.put(line, marks);
        for (Line note : line.notes()) byNote.put(note, marks);
        return rewrite(line.frame(), marks, false);
    }

    /** A note line's frame with its leading mark renumbered (continuation lines are unchanged). */
    Frame note(Line note) {
        Map<String, String> marks = byNote.get(note);
        return marks == null ? note.frame() : rewrite(note.frame(), marks, true);
    }

    private static String leadingMark(Frame f) {
        String text = f.text();
        if (text.isEmpty()) return null;
        int cp = text.codePointAt(0);
        String first = new String(Character.toChars(cp));
        return isMark(cp) ? first : null;
    }

    static boolean isMark(int cp) {
        return (cp >= 0x2460 && cp <= 0x2473) || (cp >= 0x3251 && cp <= 0x325F) || (cp >= 0x32B1 && cp <= 0x32BF);
    }

    /** Replaces circled-number marks in the frame's glyph runs; {@code firstOnly}: only the line's first glyph. */
    private static Frame rewrite(Frame f, Map<String, String> marks, boolean firstOnly) {
        List<Positioned> items = new ArrayList<>(f.items().size());
        boolean[] done = {false};
        for (Positioned p : f.items()) items.add(new Positioned(p.x(), p.y(), rewrite(p.item(), marks, firstOnly, done)));
        return new Frame(f.kind(), f.width(), f.height(), f.baseline(), items);
    }

    private static FrameItem rewrite(FrameItem item, Map<String, String> marks, boolean firstOnly, boolean[] done) {
        if (item instanceof Frame inner) {
            List<Positioned> items = new ArrayList<>();
            for (Positioned p : inner.items()) items.add(new Positioned(p.x(), p.y(), rewrite(p.item(), marks, firstOnly, done)));
            return new Frame(inner.kind(), inner.width(), inner.height(), inner.baseline(), items);
        }
        if (!(item instanceof GlyphRun g) || (firstOnly && done[0])) return item;
        StringBuilder sb = new StringBuilder(g.text().length());
        boolean changed = false;
        for (int off = 0; off < g.text().length(); ) {
            int cp = g.text().codePointAt(off);
            off += Character.charCount(cp);
            String c = new String(Character.toChars(cp));
            String to = (!firstOnly || !done[0]) && isMark(cp) ? marks.get(c) : null;
            if (firstOnly) done[0] = true;
            if (to != null && !to.equals(c)) {
                sb.append(to);
                changed = true;
            } else {
                sb.append(c);
            }
        }
        return changed ? new GlyphRun(g.font(), g.size(), sb.toString(), g.x(), g.width()) : g;
    }
}
