package org.annalist.export.docx;

import java.util.Map;

/**
 * What our own typesetting of the same tree with the same template did, for the .docx to do the same: the pages it
 * puts things on, for the results the 目录 and 索引 fields carry before Word updates them — {@code headings} a
 * heading's block id → its folio, {@code marks} an index mark's key → the folio of the page it is set on — and
 * {@code squeezed}: a character's source key (see {@code org.annalist.doc.SourceMap}) → the fraction of its width our
 * line composition took away (full-width punctuation compressed to fit a line), which the writer gives that
 * character as its scale ({@code w:w}) so that Word, WPS and LibreOffice set the same characters per line on the
 * template's character grid and find these pages too.
 */
public record PageNumbers(Map<String, Integer> headings, Map<String, Integer> marks, Map<Long, Double> squeezed) {
    public static final PageNumbers NONE = new PageNumbers(Map.of(), Map.of(), Map.of());

    public PageNumbers {
        headings = Map.copyOf(headings);
        marks = Map.copyOf(marks);
        squeezed = Map.copyOf(squeezed);
    }

    public PageNumbers(Map<String, Integer> headings, Map<String, Integer> marks) {
        this(headings, marks, Map.of());
    }

    /** The folio of the heading with this id as the result of its PAGEREF, or "" when not known. */
    String heading(String id) {
        Integer folio = id == null ? null : headings.get(id);
        return folio == null ? "" : folio.toString();
    }

    /** The folio of the index mark with this key, or null. */
    Integer mark(String key) {
        return key == null ? null : marks.get(key);
    }

    boolean isEmpty() {
        return headings.isEmpty() && marks.isEmpty() && squeezed.isEmpty();
    }
}
