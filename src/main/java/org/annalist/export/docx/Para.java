package org.annalist.export.docx;

import org.apache.poi.openxml4j.opc.PackagePart;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph of the body or of a footnote as it will be written (w:p): its properties and its children as XML text,
 * each direct run ({@link Run}) kept apart so that what is known only later — a 目录 entry's folio, a section's
 * properties, a comment's range — is put into this paragraph by identity, never by searching written text.
 */
final class Para {
    /** The part whose relationships a hyperlink in this paragraph goes into (the document's, or the footnotes'). */
    final PackagePart part;
    private String style;
    private boolean pPr;
    private boolean keepNext;
    private String jc;
    private long before = -1;
    private int outline = -1;
    private String sectPr;
    /** Children in order: a {@link Run}, a String (other XML), or a StringBuilder (a w:hyperlink being filled). */
    final List<Object> kids = new ArrayList<>(4);

    Para(PackagePart part) {
        this.part = part;
    }

    Para style(String id) {
        style = id;
        pPr = true;
        return this;
    }

    void keepNext() {
        keepNext = true;
        pPr = true;
    }

    /** Space before the paragraph, in twentieths of a point (w:spacing w:before, no line-based amount). */
    void spaceBefore(long twips) {
        before = twips;
        pPr = true;
    }

    /** w:jc: "left" or "right". */
    void align(String value) {
        jc = value;
        pPr = true;
    }

    void outline(int level) {
        outline = level;
        pPr = true;
    }

    void ensureProperties() {
        pPr = true;
    }

    boolean hasProperties() {
        return pPr;
    }

    /** The section this paragraph ends: a whole {@code <w:sectPr>} element. */
    void section(String xml) {
        sectPr = xml;
        pPr = true;
    }

    boolean endsSection() {
        return sectPr != null;
    }

    Run add(Run r) {
        kids.add(r);
        return r;
    }

    /** The text of the paragraph's direct runs (not inside w:hyperlink, w:ins or w:del), as Word reads it. */
    String plain() {
        StringBuilder sb = new StringBuilder();
        for (Object k : kids) if (k instanceof Run r && r.text != null) sb.append(r.text);
        return sb.toString();
    }

    /** Inserts {@code x} before the child {@code before} (the same object), or at the end when that is null. */
    void insertBefore(Object x, Object before) {
        if (before != null) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.get(i) == before) {
                    kids.add(i, x);
                    return;
                }
            }
        }
        kids.add(x);
    }

    void write(StringBuilder out) {
        out.append("<w:p>");
        if (pPr) {
            out.append("<w:pPr>");
            if (style != null) Xml.attr(out.append("<w:pStyle w:val=\""), style).append("\"/>");
            if (keepNext) out.append("<w:keepNext/>");
            if (before >= 0) out.append("<w:spacing w:before=\"").append(before).append("\" w:beforeLines=\"0\"/>");
            if (jc != null) out.append("<w:jc w:val=\"").append(jc).append("\"/>");
            if (outline >= 0) out.append("<w:outlineLvl w:val=\"").append(outline).append("\"/>");
            if (sectPr != null) out.append(sectPr);
            out.append("</w:pPr>");
        }
        for (Object k : kids) {
            if (k instanceof Run r) r.write(out);
            else if (k instanceof StringBuilder link) out.append(link).append("</w:hyperlink>");
            else out.append((String) k);
        }
        out.append("</w:p>");
    }

    /**
     * A direct run: its properties ({@code <w:rPr>…</w:rPr>} or ""), and either its text (one w:t; {@code text} may
     * be set later: a field's result) or other content ({@code other}: a break, a field character, a note reference).
     */
    static final class Run {
        final String rPr;
        String text;
        final String other;
        /** xml:space="preserve" whatever the text (a run split in two by a comment's range). */
        boolean preserve;

        Run(String rPr, String text, String other) {
            this.rPr = rPr;
            this.text = text;
            this.other = other;
        }

        static Run text(String rPr, String text) {
            return new Run(rPr, text, null);
        }

        static Run other(String rPr, String xml) {
            return new Run(rPr, null, xml);
        }

        void write(StringBuilder out) {
            out.append("<w:r>").append(rPr);
            if (text != null) {
                if (preserve && !Xml.preserve(text)) {
                    Xml.text(out.append("<w:t xml:space=\"preserve\">"), text).append("</w:t>");
                } else {
                    Xml.t(out, "w:t", text);
                }
            } else if (other != null) {
                out.append(other);
            }
            out.append("</w:r>");
        }
    }
}
