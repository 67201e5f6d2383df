package org.annalist.typeset.style;

import org.annalist.doc.Inline;
import org.annalist.doc.Inlines;
import org.annalist.typeset.font.FontRole;
import org.annalist.typeset.inline.RunStyle;
import org.annalist.typeset.inline.StyledRun;

import java.util.ArrayList;
import java.util.List;

/**
 * Doc inlines → styled runs: Text in 宋, Strong in 黑, Emph in 楷, an EntryTitle in 黑 inside 【】, superscripts
 * and subscripts smaller and shifted, a Note as a raised circled number ①② …, a LineBreak as a forced break;
 * links, index terms and spans contribute their content. Adjacent runs of one style are merged.
 */
public final class InlineStyler {
    /** Size of superscripts and subscripts relative to the surrounding text. */
    public static final double SCRIPT_SCALE = 0.6;
    /** How far a superscript is raised, in em of the surrounding text. */
    public static final double SUPERSCRIPT_RAISE_EM = 0.36;
    /** How far a subscript is lowered, in em of the surrounding text. */
    public static final double SUBSCRIPT_DROP_EM = 0.12;

    private final double bodySize;

    /** Runs of one paragraph, and the number the next note in the text would get. */
    public record Styled(List<StyledRun> runs, int nextNoteNumber) {
        public Styled {
            runs = List.copyOf(runs);
        }
    }

    public InlineStyler(double bodySize) {
        if (!(bodySize > 0)) throw new IllegalArgumentException("body size " + bodySize);
        this.bodySize = bodySize;
    }

    /** The glyph run of a note mark in the text: {@code note:N}, N the note's number within the paragraph. */
    public static final String NOTE_REF = "note:";
    /** The glyph runs of an index term's text: {@code index:N}, N the term's number within the paragraph. */
    public static final String INDEX_REF = "index:";
    /** The glyph run of a note's own number at the foot: {@code note-number:N}. */
    public static final String NOTE_NUMBER_REF = "note-number:";
    /** The class of the span that holds a note's own number (key {@code note}: N), made by the page maker. */
    public static final String NOTE_NUMBER_CLASS = "note-number";

    /** Styles a paragraph whose notes are numbered from ① within it. */
    public List<StyledRun> style(List<Inline> content) {
        return style(content, 1).runs();
    }

    /** Styles a paragraph whose first note gets {@code firstNoteNumber} (numbering kept by the caller, e.g. per page). */
    public Styled style(List<Inline> content, int firstNoteNumber) {
        Builder b = new Builder(firstNoteNumber);
        b.add(content, RunStyle.of(FontRole.SONG, bodySize));
        return new Styled(b.runs, b.note);
    }

    /** The note mark for a number: ①–⑳, ㉑–㉟, ㊱–㊿, beyond that the number in brackets. */
    public static String noteMark(int number) {
        if (number >= 1 && number <= 20) return new String(Character.toChars(0x2460 + number - 1));
        if (number >= 21 && number <= 35) return new String(Character.toChars(0x3251 + number - 21));
        if (number >= 36 && number <= 50) return new String(Character.toChars(0x32B1 + number - 36));
        return "[" + number + "]";
    }

    private static final class Builder {
        final List<StyledRun> runs = new ArrayList<>();
        int note;
        int terms;
        /** The reference of the runs being added (inside an index term), null for text. */
        String ref;

        Builder(int firstNote) {
            this.note = firstNote;
        }

        void add(List<Inline> content, RunStyle st) {
            for (Inline in : content) add(in, st);
        }

        void add(Inline in, RunStyle st) {
            if (in instanceof Inline.Text t) {
                text(t.text(), st, t.source());
            } else if (in instanceof Inline.Strong s) {
                add(s.content(), st.withRole(FontRole.HEI));
            } else if (in instanceof Inline.Emph e) {
                add(e.content(), st.withRole(FontRole.KAI));
            } else if (in instanceof Inline.EntryTitle t) {
                RunStyle hei = st.withRole(FontRole.HEI);
                // the brackets traced to where the source has them, so what our lines compress of them is known
                text("【", hei, org.annalist.doc.SourceMap.at(t.openingKey()));
                add(t.content(), hei);
                text("】", hei, org.annalist.doc.SourceMap.at(t.closingKey()));
            } else if (in instanceof Inline.Superscript s) {
                add(s.content(), superscript(st));
            } else if (in instanceof Inline.Subscript s) {
                add(s.content(), st.withSize(st.size() * SCRIPT_SCALE)
                        .withBaselineShift(st.baselineShift() - SUBSCRIPT_DROP_EM * st.size()));
            } else if (in instanceof Inline.LineBreak) {
                text("\n", st);
            } else if (in instanceof Inline.Link l) {
                add(l.content(), st);
            } else if (in instanceof Inline.IndexTerm t) {
                // its runs named by the term's place in the paragraph: its locator comes from where they are set
                String outer = ref;
                ref = INDEX_REF + (++terms);
                add(t.content(), st);
                ref = outer;
            } else if (in instanceof Inline.Span s && s.attr().classes().contains(NOTE_NUMBER_CLASS)) {
                // a footnote's own number at the foot, set by the caller: kept apart so the page can find it
                runs.add(new StyledRun(Inlines.plainText(s.content()), st, NOTE_NUMBER_REF + s.attr().values().get("note")));
            } else if (in instanceof Inline.Span s) {
                add(s.content(), st);
            } else if (in instanceof Inline.Note) {
                // The note's own text goes to the page foot (flow); here only its mark.
                // its own run, named by the note's place in the paragraph, so the page numbers it where it stands
                runs.add(new StyledRun(noteMark(note), superscript(st).withRole(FontRole.SONG), NOTE_REF + note));
                note++;
            }
        }

        private static RunStyle superscript(RunStyle st) {
            return st.withSize(st.size() * SCRIPT_SCALE).withBaselineShift(st.baselineShift() + SUPERSCRIPT_RAISE_EM * st.size());
        }

        /** Text the program adds (a line break): from no source. */
        private void text(String s, RunStyle st) {
            text(s, st, org.annalist.doc.SourceMap.NONE);
        }

        private void text(String s, RunStyle st, org.annalist.doc.SourceMap source) {
            if (s.isEmpty()) return;
            int last = runs.size() - 1;
            if (last >= 0 && runs.get(last).style().equals(st) && java.util.Objects.equals(runs.get(last).ref(), ref)) {
                StyledRun before = runs.get(last);
                runs.set(last, new StyledRun(before.text() + s, st, ref, before.source().append(before.text().length(), source)));
            } else {
                runs.add(new StyledRun(s, st, ref, source));
            }
        }
    }
}
