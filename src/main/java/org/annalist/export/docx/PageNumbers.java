package org.annalist.export.docx;

import java.util.Map;

/**
 * Where our own typesetting of the same tree with the same template puts things, for the results the 目录 and 索引
 * fields carry before Word updates them: {@code headings} a heading's block id → its folio, {@code marks} an index
 * mark's key → the folio of the page it is set on.
 */
public record PageNumbers(Map<String, Integer> headings, Map<String, Integer> marks) {
    public static final PageNumbers NONE = new PageNumbers(Map.of(), Map.of());

    public PageNumbers {
        headings = Map.copyOf(headings);
        marks = Map.copyOf(marks);
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
        return headings.isEmpty() && marks.isEmpty();
    }
}
