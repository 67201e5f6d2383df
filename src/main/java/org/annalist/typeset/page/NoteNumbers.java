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
 * its notes numbered from ① within the paragraph. Once a page is made up, each note's mark in the text and its
 * number at the foot get the page's number. Both are glyph runs of their own, named by the note's place in the
 * paragraph ({@link GlyphRun#ref()}: {@code note:N}, {@code note-number:N}), so only those runs are replaced — an
 * author's own ① in the text is never touched. Circled numbers share one advance in CJK fonts, so every position stays.
 */
final class NoteNumbers {
    private int next = 1;
    /** For each note line placed with a body line: the body line's notes, N → the page's mark. */
    private final Map<Line, Map<String, String>> byNote = new HashMap<>();

    /** The body line's frame with its note marks numbered for this page. */
    Frame body(Line line) {
        if (line.notes().isEmpty()) return line.frame();
        Map<String, String> marks = new HashMap<>();
        List<GlyphRun> runs = new ArrayList<>();
        collect(line.frame(), runs);
        for (GlyphRun g : runs) {
            if (g.ref() == null || !g.ref().startsWith(InlineStyler.NOTE_REF) || marks.containsKey(note(g.ref()))) continue;
            String mark = InlineStyler.noteMark(next++);
            // past ㊿ the styler writes [51]: more glyphs than the composed mark, so keep the composed one
            marks.put(note(g.ref()), sameGlyphCount(mark, g.text()) ? mark : g.text());
        }
        for (Line note : line.notes()) byNote.put(note, marks);
        return renumber(line.frame(), marks, InlineStyler.NOTE_REF);
    }

    /** A note line's frame with the note's own number set as on the page (continuation lines have none). */
    Frame note(Line note) {
        Map<String, String> marks = byNote.get(note);
        return marks == null ? note.frame() : renumber(note.frame(), marks, InlineStyler.NOTE_NUMBER_REF);
    }

    private static String note(String ref) {
        return ref.substring(ref.indexOf(':') + 1);
    }

    private static boolean sameGlyphCount(String a, String b) {
        return a.codePointCount(0, a.length()) == b.codePointCount(0, b.length());
    }

    private static void collect(Frame f, List<GlyphRun> out) {
        for (Positioned p : f.items()) {
            if (p.item() instanceof GlyphRun g) out.add(g);
            else if (p.item() instanceof Frame inner) collect(inner, out);
        }
    }

    /** The frame with the runs named {@code prefix}N replaced by runs showing {@code marks}[N]; all else as it was. */
    private static Frame renumber(Frame f, Map<String, String> marks, String prefix) {
        List<Positioned> items = new ArrayList<>(f.items().size());
        boolean changed = false;
        for (Positioned p : f.items()) {
            FrameItem item = p.item();
            FrameItem now = item;
            if (item instanceof Frame inner) {
                now = renumber(inner, marks, prefix);
            } else if (item instanceof GlyphRun g && g.ref() != null && g.ref().startsWith(prefix)) {
                String mark = marks.get(note(g.ref()));
                if (mark != null && !mark.equals(g.text()) && sameGlyphCount(mark, g.text())) {
                    now = new GlyphRun(g.font(), g.size(), mark, g.x(), g.width(), g.ref(), g.source());
                }
            }
            changed |= now != item;
            items.add(now == item ? p : new Positioned(p.x(), p.y(), now));
        }
        return changed ? new Frame(f.kind(), f.width(), f.height(), f.baseline(), items) : f;
    }
}
