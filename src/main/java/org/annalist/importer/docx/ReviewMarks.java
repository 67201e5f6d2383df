package org.annalist.importer.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;

/**
 * What the faithful parse meets besides text, gathered for the report and the review data: tracked changes
 * (counted once per change id, with their authors), formatting changes and paragraph-mark changes (counted
 * only: the tree keeps no formatting history), the text and paragraph of each comment's marked range, and
 * equations.
 */
final class ReviewMarks {
    /** A comment's marked range (commentRangeStart … commentRangeEnd): where it starts and the text it covers. */
    record Range(int paragraph, String text) {
    }

    /** An equation met in paragraph {@code paragraph}, as linear text. */
    record Equation(int paragraph, String text) {
    }

    private final Set<String> insertions = new LinkedHashSet<>();
    private final Set<String> deletions = new LinkedHashSet<>();
    private final Set<String> moves = new LinkedHashSet<>();
    private final Set<String> authors = new LinkedHashSet<>();
    private int formatChanges, paragraphMarks, rowChanges;
    private String moveName;
    private final Map<String, StringBuilder> open = new LinkedHashMap<>();
    private final Map<String, Integer> starts = new HashMap<>();
    private final Map<String, Range> ranges = new HashMap<>();
    private final List<Equation> equations = new ArrayList<>();
    private final List<Ruby> rubies = new ArrayList<>();
    private int deepTables;
    private final Map<Integer, StringBuilder> hidden = new LinkedHashMap<>();

    /** Text formatted as hidden (w:vanish) in paragraph {@code paragraph}, which is not imported. */
    void hidden(int paragraph, String text) {
        if (text != null && !text.isEmpty()) hidden.computeIfAbsent(paragraph, k -> new StringBuilder()).append(text);
    }

    Map<Integer, StringBuilder> hidden() {
        return hidden;
    }

    /** A table nested beyond {@link DocxReader#MAX_TABLE_DEPTH} levels, read as text. */
    void deepTable() {
        deepTables++;
    }

    int deepTables() {
        return deepTables;
    }

    /** A phonetic guide (拼音指南, w:ruby): {@code text} set above {@code base} in paragraph {@code paragraph}. */
    record Ruby(int paragraph, String base, String text) {
    }

    void ruby(int paragraph, String base, String text) {
        if (text != null && !text.isBlank()) rubies.add(new Ruby(paragraph, base, text.strip()));
    }

    List<Ruby> rubies() {
        return rubies;
    }

    /** The change a w:ins, w:del, w:moveFrom or w:moveTo stands for. */
    WordModel.Change change(Element e) {
        String kind = e.getLocalName();
        String id = Dom.attr(e, "id");
        String author = Dom.attr(e, "author");
        if (author != null && !author.isBlank()) authors.add(author.strip());
        boolean move = kind.startsWith("move");
        String name = null;
        if (move) {
            // Word puts the range start before the move, LibreOffice inside it
            Element inner = Dom.child(e, kind + "RangeStart");
            String innerName = inner == null ? null : Dom.attr(inner, "name");
            name = innerName != null && !innerName.isBlank() ? innerName : moveName != null ? moveName : "move" + id;
            moves.add(name);
        } else if (kind.equals("ins")) {
            insertions.add(id == null ? "i" + insertions.size() : id);
        } else {
            deletions.add(id == null ? "d" + deletions.size() : id);
        }
        return new WordModel.Change(kind.equals("del") || kind.equals("moveFrom"), author, date(Dom.attr(e, "date")), name);
    }

    /** A change of a binary .doc, which has no change ids: each run of changed text counts once. */
    void counted(boolean deletion) {
        if (deletion) deletions.add("d" + deletions.size());
        else insertions.add("i" + insertions.size());
    }

    /** w:moveFromRangeStart / w:moveToRangeStart: the name that pairs the two halves of a move; its end forgets it. */
    void moveRange(Element e) {
        String name = e.getLocalName().endsWith("End") ? null : Dom.attr(e, "name");
        moveName = name == null || name.isBlank() ? null : name;
    }

    void runProperties(Element rPr) {
        if (Dom.child(rPr, "rPrChange") != null) formatChanges++;
    }

    /** A paragraph's properties: an inserted or deleted paragraph mark, or changed paragraph formatting. */
    void paragraphMark(Element pPr) {
        Element markProps = Dom.child(pPr, "rPr");
        if (Dom.child(markProps, "ins") != null || Dom.child(markProps, "del") != null) paragraphMarks++;
        if (Dom.child(markProps, "rPrChange") != null || Dom.child(pPr, "pPrChange") != null) formatChanges++;
    }

    /** A table row's properties: an inserted or deleted row. */
    void rowProperties(Element trPr) {
        if (Dom.child(trPr, "ins") != null || Dom.child(trPr, "del") != null) rowChanges++;
        if (Dom.child(trPr, "trPrChange") != null) formatChanges++;
    }

    void rangeStart(String id, int paragraph) {
        if (id == null) return;
        open.put(id, new StringBuilder());
        starts.put(id, paragraph);
    }

    void rangeEnd(String id) {
        StringBuilder sb = open.remove(id);
        if (sb != null) ranges.put(id, new Range(starts.getOrDefault(id, 0), sb.toString()));
    }

    /** Text as it is read: part of every open comment range, unless it is deleted. */
    void text(String text, WordModel.Change change) {
        if (change != null && !change.kept(true)) return;
        for (StringBuilder sb : open.values()) sb.append(text);
    }

    /** A paragraph end inside an open comment range. */
    void paragraphEnd() {
        for (StringBuilder sb : open.values()) if (!sb.isEmpty()) sb.append('\n');
    }

    void equation(int paragraph, String text) {
        equations.add(new Equation(paragraph, text));
        for (StringBuilder sb : open.values()) sb.append(text);
    }

    /** The marked range of a comment, or null when the file has none for it. */
    Range range(String commentId) {
        Range r = ranges.get(commentId);
        if (r != null) return r;
        StringBuilder unclosed = open.get(commentId);
        return unclosed == null ? null : new Range(starts.getOrDefault(commentId, 0), unclosed.toString());
    }

    int insertions() {
        return insertions.size();
    }

    int deletions() {
        return deletions.size();
    }

    int moves() {
        return moves.size();
    }

    int changes() {
        return insertions() + deletions() + moves();
    }

    Set<String> authors() {
        return authors;
    }

    int formatChanges() {
        return formatChanges;
    }

    int paragraphMarks() {
        return paragraphMarks;
    }

    int rowChanges() {
        return rowChanges;
    }

    List<Equation> equations() {
        return equations;
    }

    /**
     * A change's date as the tree writes dates (ISO 8601, UTC, seconds without a fraction of zero: what our Word
     * output sent as "2024-06-01T08:00:00Z" and Word or POI wrote back as "2024-06-01T08:00:00.000Z"); a date that
     * is not an instant is kept as written.
     */
    static String date(String d) {
        if (d == null || d.isBlank()) return d;
        try {
            return java.time.Instant.parse(d.strip()).toString();
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(d.strip()).toInstant().toString();
            } catch (java.time.format.DateTimeParseException e2) {
                return d;
            }
        }
    }
}
