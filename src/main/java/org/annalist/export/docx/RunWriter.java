package org.annalist.export.docx;

import org.annalist.doc.Inline;
import org.annalist.doc.Inlines;
import org.annalist.doc.Suggestions;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Inlines → runs of one paragraph: Strong in 黑体 (bold), Emph in 楷体, scripts, breaks, links, 【条目】 titles in
 * their character style, index terms with an XE field, notes handed to {@link Notes}, and pending suggestions
 * ({@code .insertion}/{@code .deletion} spans) as Word's tracked changes (w:ins/w:del) by their authors and dates —
 * written as XML text into {@link Para}s.
 */
final class RunWriter {

    /** Where notes go: footnotes at the foot, endnotes gathered under 注释. */
    interface Notes {
        void footnote(Para p, Inline.Note note, Format format);

        void endnote(Para p, Inline.Note note, Format format);
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

    void write(Para p, List<Inline> content, Format f) {
        for (Inline in : content) inline(p, in, f);
    }

    private void inline(Para p, Inline in, Format f) {
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
            run(p, f, null, "<w:br/>", 0);
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
                p.kids.add(bookmarkStart(term.bookmark(), 1_000_000 + terms.size()));
                write(p, t.content(), f);
                Fields.complex(p, instr, null);
                p.kids.add(bookmarkEnd(1_000_000 + terms.size()));
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

    static String bookmarkStart(String name, int id) {
        return Xml.attr(new StringBuilder("<w:bookmarkStart w:name=\""), name).append("\" w:id=\"").append(id).append("\"/>").toString();
    }

    static String bookmarkEnd(int id) {
        return "<w:bookmarkEnd w:id=\"" + id + "\"/>";
    }

    private void span(Para p, Inline.Span s, Format f) {
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

    private void link(Para p, Inline.Link l, Format f) {
        String target = l.target();
        if (f.change() != null || target == null || target.isBlank() || target.startsWith("#")) {
            write(p, l.content(), f);
            return;
        }
        String relation;
        try {
            relation = p.part.addExternalRelationship(target, XWPFRelation.HYPERLINK.getRelation()).getId();
        } catch (IllegalArgumentException e) {
            write(p, l.content(), f);
            return;
        }
        // one w:hyperlink holding a run per look, so emphasis inside the link goes out (and comes back) as emphasis;
        // it stands where it began among the paragraph's children (fields, bookmarks and note references written
        // meanwhile follow it, as children of the paragraph)
        StringBuilder outer = link;
        link = Xml.attr(new StringBuilder("<w:hyperlink r:id=\""), relation).append("\">");
        p.kids.add(link);
        try {
            write(p, l.content(), f.styled("Hyperlink"));
        } finally {
            link = outer;
        }
    }

    /** The w:hyperlink the runs being written go into (its XML so far), or null. */
    private StringBuilder link;

    /**
     * Text traced to the source: where our composition compressed one of its characters (a full-width mark set
     * narrower to fit its line), that character goes out as a run of its own with its width scaled (w:w, Word's
     * 字符缩放) to what our line gave it. Measured with LibreOffice 7.4 on the linesAndChars grid: condensed spacing
     * (w:spacing) moves the glyphs but not the line breaks; fitText is ignored; the scale changes both.
     */
    private void text(Para p, String s, org.annalist.doc.SourceMap source, Format f) {
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
            run(p, f, String.valueOf(c), null, Math.max(1, scale));
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

    void text(Para p, String s, Format f) {
        if (s.isEmpty()) return;
        run(p, f, s, null, 0);
    }

    /**
     * A run with the format holding {@code text} (a w:t, or a w:delText in a deletion) or, when that is null, the XML
     * {@code other}; inside a w:ins or w:del of its own when the format is a change, in the open w:hyperlink if any;
     * {@code scale}: its w:w (0: none).
     */
    void run(Para p, Format f, String text, String other, int scale) {
        String rPr = rPr(f, scale);
        if (f.change() == null && link == null) {
            p.kids.add(new Para.Run(rPr, text, other));
            return;
        }
        StringBuilder out;
        if (f.change() == null) {
            out = link;
        } else {
            out = new StringBuilder(96);
            out.append(f.change().insertion() ? "<w:ins w:id=\"" : "<w:del w:id=\"").append(changeId++).append("\" w:author=\"");
            Xml.attr(out, f.change().author() == null || f.change().author().isBlank() ? "Annalist" : f.change().author()).append('"');
            String when = date(f.change().date());
            if (when != null) out.append(" w:date=\"").append(when).append('"');
            out.append('>');
        }
        out.append("<w:r>").append(rPr);
        if (text == null) {
            out.append(other);
        } else if (f.change() != null && !f.change().insertion()) {
            Xml.text(out.append("<w:delText xml:space=\"preserve\">"), text).append("</w:delText>");
        } else {
            Xml.t(out, "w:t", text);
        }
        out.append("</w:r>");
        if (f.change() != null) {
            out.append(f.change().insertion() ? "</w:ins>" : "</w:del>");
            p.kids.add(out.toString());
        }
    }

    private final Map<Format, String> rPrs = new HashMap<>();

    /** The run properties of a format, in the schema's order (rStyle, rFonts, b, w, u, vertAlign), or "". */
    private String rPr(Format f, int scale) {
        if (scale == 0) {
            String known = rPrs.get(f);
            if (known != null) return known;
        }
        StringBuilder x = new StringBuilder();
        if (f.characterStyle() != null) Xml.attr(x.append("<w:rStyle w:val=\""), f.characterStyle()).append("\"/>");
        if (f.eastAsia() != null) Xml.attr(x.append("<w:rFonts w:eastAsia=\""), f.eastAsia()).append("\"/>");
        if (f.bold()) x.append("<w:b w:val=\"on\"/>");
        if (scale > 0) x.append("<w:w w:val=\"").append(scale).append("\"/>");
        if (f.underline()) x.append("<w:u w:val=\"single\"/>");
        if (f.script() == VerticalAlign.SUPERSCRIPT) x.append("<w:vertAlign w:val=\"superscript\"/>");
        else if (f.script() == VerticalAlign.SUBSCRIPT) x.append("<w:vertAlign w:val=\"subscript\"/>");
        else if (f.script() != null) x.append("<w:vertAlign w:val=\"baseline\"/>");
        String out = x.length() == 0 ? "" : "<w:rPr>" + x + "</w:rPr>";
        if (scale == 0) rPrs.put(f, out);
        return out;
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** A suggestion's date as xsd:dateTime in UTC with milliseconds (as XmlBeans writes a Calendar), or null. */
    private static String date(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return DATE.format(Instant.parse(s.strip()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
