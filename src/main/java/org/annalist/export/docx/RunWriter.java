package org.annalist.export.docx;

import org.annalist.doc.Inline;
import org.annalist.doc.Inlines;
import org.annalist.doc.Suggestions;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Inlines → runs of one paragraph: Strong in 黑体 (bold), Emph in 楷体, scripts, breaks, links, 【条目】 titles in
 * their character style, index terms with an XE field, notes handed to {@link Notes}, and pending suggestions
 * ({@code .insertion}/{@code .deletion} spans) as Word's tracked changes (w:ins/w:del) by their authors and dates.
 */
final class RunWriter {

    /** Where notes go: footnotes at the foot, endnotes gathered under 注释. */
    interface Notes {
        void footnote(XWPFParagraph p, Inline.Note note, Format format);

        void endnote(XWPFParagraph p, Inline.Note note, Format format);
    }

    /** A tracked change around runs. */
    record Change(boolean insertion, String author, String date) {
    }

    /** The look of the runs being written. */
    record Format(String eastAsia, boolean bold, boolean underline, VerticalAlign script, String characterStyle,
                  Change change) {
        static final Format PLAIN = new Format(null, false, false, null, null, null);

        Format face(String f) {
            return new Format(f, bold, underline, script, characterStyle, change);
        }

        Format strong() {
            return new Format(eastAsia, true, underline, script, characterStyle, change);
        }

        Format underlined() {
            return new Format(eastAsia, bold, true, script, characterStyle, change);
        }

        Format raised(VerticalAlign v) {
            return new Format(eastAsia, bold, underline, v, characterStyle, change);
        }

        Format styled(String s) {
            return new Format(eastAsia, bold, underline, script, s, change);
        }

        Format changed(Change c) {
            return new Format(eastAsia, bold, underline, script, characterStyle, c);
        }
    }

    /**
     * A marked index term: its entry, reading (may be null), the bookmark at the place it stands and the key of its
     * mark in the tree (may be null).
     */
    record Term(String entry, String reading, String bookmark, String key) {
    }

    private final Notes notes;
    private int changeId = 1;
    private int suggestions;
    private boolean reviewData = true;
    private final List<Term> terms = new java.util.ArrayList<>();
    private java.util.Map<Long, Double> squeezed = java.util.Map.of();

    /**
     * The characters our own composition compressed, by source key ({@link PageNumbers#squeezed}): each is written as
     * a run of its own scaled to the width it had in our lines.
     */
    void squeezed(java.util.Map<Long, Double> bySourceKey) {
        squeezed = bySourceKey == null ? java.util.Map.of() : bySourceKey;
    }

    /** Characters written narrower than their natural width, as our composition set them. */
    int squeezedWritten() {
        return squeezedWritten;
    }

    private int squeezedWritten;

    /** Whether pending suggestions are written as tracked changes (else the text as it stands before them). */
    void reviewData(boolean on) {
        reviewData = on;
    }

    /** The index terms marked so far, in the order of the text. */
    List<Term> terms() {
        return terms;
    }

    int indexTerms() {
        return terms.size();
    }

    RunWriter(Notes notes) {
        this.notes = notes;
    }

    /** Pending suggestions written as tracked changes so far. */
    int suggestions() {
        return suggestions;
    }

    void write(XWPFParagraph p, List<Inline> content, Format f) {
        for (Inline in : content) inline(p, in, f);
    }

    private void inline(XWPFParagraph p, Inline in, Format f) {
        if (in instanceof Inline.Text t) {
            text(p, t.text(), t.source(), f);
        } else if (in instanceof Inline.Emph e) {
            // 楷体 as the template prints emphasis, and Word's own Emphasis character style (named 强调 in a Chinese
            // Word), so the Word importer reads it back as emphasis and not as a change of font
            // — inside a link too (a run has one character style: the link stays a link by its w:hyperlink and keeps
            // its underline), and inside a 【条目】 title as 条目标题强调, based on Emphasis
            Format k = f.face(DocxDesign.Face.KAI.windowsName());
            if (DocxStyles.ENTRY_TITLE.equals(f.characterStyle())) k = k.styled(DocxStyles.ENTRY_TITLE_EMPHASIS);
            else if ("Hyperlink".equals(f.characterStyle())) k = k.styled(DocxStyles.EMPHASIS).underlined();
            else k = k.styled(DocxStyles.EMPHASIS);
            write(p, e.content(), k);
        } else if (in instanceof Inline.Strong s) {
            write(p, s.content(), f.face(DocxDesign.Face.HEI.windowsName()).strong());
        } else if (in instanceof Inline.Superscript s) {
            write(p, s.content(), f.raised(VerticalAlign.SUPERSCRIPT));
        } else if (in instanceof Inline.Subscript s) {
            write(p, s.content(), f.raised(VerticalAlign.SUBSCRIPT));
        } else if (in instanceof Inline.LineBreak) {
            run(p, f).addBreak();
        } else if (in instanceof Inline.Link l) {
            link(p, l, f);
        } else if (in instanceof Inline.Note n) {
            if (n.endnote()) notes.endnote(p, n, f);
            else notes.footnote(p, n, f);
        } else if (in instanceof Inline.IndexTerm t) {
            String entry = t.entry() != null && !t.entry().isBlank() ? t.entry() : Inlines.plainText(t.content());
            String instr = "XE \"" + entry.replace("\"", "”") + "\"" + (t.reading() != null && !t.reading().isBlank()
                    ? " \\y \"" + t.reading().replace("\"", "”") + "\"" : "");
            if (f.change() != null) {
                write(p, t.content(), f);
            } else {
                // a bookmark around the term's text and its XE field: the INDEX field's filled-in result points at it
                // with PAGEREF, and the Word importer reads the term back from it (text, entry, reading)
                Term term = new Term(entry, t.reading() == null || t.reading().isBlank() ? null : t.reading(), "_Idx" + (terms.size() + 1), t.key());
                terms.add(term);
                var start = p.getCTP().addNewBookmarkStart();
                start.setName(term.bookmark());
                start.setId(BigInteger.valueOf(1_000_000 + terms.size()));
                write(p, t.content(), f);
                Fields.complex(p, instr, null, r -> { });
                p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(1_000_000 + terms.size()));
            }
        } else if (in instanceof Inline.EntryTitle e) {
            Format title = f.styled(DocxStyles.ENTRY_TITLE);
            // the brackets by their keys: compressed as our line compressed them (a tight first line squeezes them)
            text(p, "【", org.annalist.doc.SourceMap.at(e.openingKey()), title);
            write(p, e.content(), title);
            text(p, "】", org.annalist.doc.SourceMap.at(e.closingKey()), title);
        } else if (in instanceof Inline.Span s) {
            span(p, s, f);
        }
    }

    private void span(XWPFParagraph p, Inline.Span s, Format f) {
        var attr = s.attr();
        boolean ins = attr.hasClass(Suggestions.INSERTION);
        if ((ins || attr.hasClass(Suggestions.DELETION)) && f.change() == null) {
            if (!reviewData) {
                // without review data: the text before the suggestion — deleted words stay, inserted ones do not
                if (!ins) write(p, s.content(), attr.hasClass("underline") ? f.underlined() : f);
                return;
            }
            suggestions++;
            Format changed = f.changed(new Change(ins, attr.value("author"), attr.value("date")));
            if (attr.hasClass("underline")) changed = changed.underlined();
            write(p, s.content(), changed);
            return;
        }
        write(p, s.content(), attr.hasClass("underline") ? f.underlined() : f);
    }

    private void link(XWPFParagraph p, Inline.Link l, Format f) {
        String target = l.target();
        if (f.change() != null || target == null || target.isBlank() || target.startsWith("#")) {
            write(p, l.content(), f);
            return;
        }
        String relation;
        try {
            relation = p.getPart().getPackagePart().addExternalRelationship(target, XWPFRelation.HYPERLINK.getRelation()).getId();
        } catch (IllegalArgumentException e) {
            write(p, l.content(), f);
            return;
        }
        // one w:hyperlink holding a run per look, so emphasis inside the link goes out (and comes back) as emphasis
        CTHyperlink outer = link;
        link = p.getCTP().addNewHyperlink();
        link.setId(relation);
        try {
            write(p, l.content(), f.styled("Hyperlink"));
        } finally {
            link = outer;
        }
    }

    /** The w:hyperlink the runs being written go into, or null. */
    private CTHyperlink link;

    /**
     * Text traced to the source: where our composition compressed one of its characters (a full-width mark set
     * narrower to fit its line), that character goes out as a run of its own with its width scaled (w:w, Word's
     * 字符缩放) to what our line gave it. Measured with LibreOffice 7.4 on the linesAndChars grid: condensed spacing
     * (w:spacing) moves the glyphs but not the line breaks; fitText is ignored; the scale changes both.
     */
    private void text(XWPFParagraph p, String s, org.annalist.doc.SourceMap source, Format f) {
        if (squeezed.isEmpty() || source.isNone() || (f.change() != null && !f.change().insertion())) {
            text(p, s, f);
            return;
        }
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!mayBeSqueezed(c)) continue;
            Double q = squeezed.get(source.keyAt(i));
            if (q == null) continue;
            int scale = (int) Math.round(100 * (1 - q));
            if (scale >= 100) continue;
            text(p, s.substring(from, i), f);
            XWPFRun r = run(p, f);
            r.setText(String.valueOf(c));
            r.setTextScale(Math.max(1, scale));
            squeezedWritten++;
            from = i + 1;
        }
        text(p, s.substring(from), f);
    }

    /** Full-width punctuation, the only characters our composition compresses (a cheap test before the key). */
    private static boolean mayBeSqueezed(char c) {
        return (c >= '\u2018' && c <= '\u201D') || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF01' && c <= '\uFF65')
                || c == '\u00B7' || c == '\u2027' || c == '\u30FB';
    }

    void text(XWPFParagraph p, String s, Format f) {
        if (s.isEmpty()) return;
        XWPFRun r = run(p, f);
        if (f.change() != null && !f.change().insertion()) {
            CTText t = r.getCTR().addNewDelText();
            t.setStringValue(s);
            t.setSpace(SpaceAttribute.Space.PRESERVE);
        } else {
            r.setText(s);
        }
    }

    /** A new run with the format, inside a w:ins or w:del when the format is a change. */
    XWPFRun run(XWPFParagraph p, Format f) {
        XWPFRun r;
        if (f.change() == null && link != null) {
            r = new XWPFRun(link.addNewR(), p);
        } else if (f.change() == null) {
            r = p.createRun();
        } else {
            CTRunTrackChange c = f.change().insertion() ? p.getCTP().addNewIns() : p.getCTP().addNewDel();
            c.setId(BigInteger.valueOf(changeId++));
            c.setAuthor(f.change().author() == null || f.change().author().isBlank() ? "Annalist" : f.change().author());
            Calendar when = date(f.change().date());
            if (when != null) c.setDate(when);
            CTR ctr = c.addNewR();
            r = new XWPFRun(ctr, p);
        }
        format(r, f);
        return r;
    }

    private static void format(XWPFRun r, Format f) {
        if (f.characterStyle() != null) r.setStyle(f.characterStyle());
        if (f.eastAsia() != null) r.setFontFamily(f.eastAsia(), XWPFRun.FontCharRange.eastAsia);
        if (f.bold()) r.setBold(true);
        if (f.underline()) r.setUnderline(UnderlinePatterns.SINGLE);
        if (f.script() != null) r.setSubscript(f.script());
    }

    private static Calendar date(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            c.setTimeInMillis(Instant.parse(s.strip()).toEpochMilli());
            return c;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
