package org.annalist.importer.docx;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annalist.importer.docx.WordModel.Break;
import org.annalist.importer.docx.WordModel.Chars;
import org.annalist.importer.docx.WordModel.Element;
import org.annalist.importer.docx.WordModel.Fmt;
import org.annalist.importer.docx.WordModel.Image;
import org.annalist.importer.docx.WordModel.NoteRef;
import org.annalist.importer.docx.WordModel.Para;
import org.annalist.importer.docx.WordModel.Piece;
import org.annalist.importer.docx.WordModel.TCell;
import org.annalist.importer.docx.WordModel.TRow;
import org.annalist.importer.docx.WordModel.Tbl;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Notes;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Picture;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * The faithful parse of a binary Word 97-2003 document (.doc, and WPS .wps, which uses the same format) into the
 * same {@link WordModel} as .docx, so one mapping serves both. The .doc text stream carries its structure as
 * control characters: 0x0B soft line break, 0x0C page break, 0x01 picture, 0x02 note mark, 0x07 cell end,
 * 0x13/0x14/0x15 field begin/separator/end (the code is dropped, the result kept, HYPERLINK fields become links).
 */
final class DocReader {
    private static final Pattern HYPERLINK = Pattern.compile("HYPERLINK\\s+(?:\\\\l\\s+)?\"([^\"]+)\"");
    /** MS-DOC nfc values in order, which follow OOXML's ST_NumberFormat names. */
    private static final String[] NFC = {"decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter",
            "ordinal", "cardinalText", "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting", "aiueo",
            "iroha", "decimalFullWidth", "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand",
            "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero", "bullet",
            "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen", "decimalEnclosedCircleChinese",
            "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac", "ideographZodiacTraditional",
            "taiwaneseCounting", "ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital",
            "chineseCounting", "chineseLegalSimplified", "chineseCountingThousand"};

    private final HWPFDocument doc;
    private final ListCounter counter = new ListCounter();
    private final ReviewMarks review = new ReviewMarks();
    private final DocComments comments;
    /** The revision author when the file names only one (HWPF does not expose a run's author index). */
    private final String soleAuthor;
    private Boolean lastChange;
    private int paragraphs;

    private DocReader(HWPFDocument doc, DocComments comments) {
        this.doc = doc;
        this.comments = comments;
        List<String> authors = doc.getRevisionMarkAuthorTable() == null ? List.of() : doc.getRevisionMarkAuthorTable().getEntries();
        List<String> named = authors.stream().filter(a -> a != null && !a.isBlank() && !a.equals("Unknown")).toList();
        this.soleAuthor = named.size() == 1 ? named.get(0) : null;
        named.forEach(review.authors()::add);
    }

    /**
     * The body, and the review marks met (tracked insertions and deletions, counted); the body's paragraphs and
     * visible text are shown to {@code comments} on the way, so it knows each comment's paragraph and marked text.
     */
    static DocxReader.Result read(HWPFDocument doc, DocComments comments) {
        DocReader r = new DocReader(doc, comments);
        List<Element> elements = r.range(doc.getRange());
        r.textBoxes(elements);
        return new DocxReader.Result(elements, r.review);
    }

    /** The number of the first body paragraph holding a drawn object's anchor (0x08), or 0. */
    private int firstAnchor;

    /**
     * The text of the text boxes (the .doc's text-box story), so no words are lost: their paragraphs go with the first
     * top-level paragraph anchoring a drawn object (else the last one), as .docx text boxes go with theirs, and the
     * mapping reports them for the editor to place. The story does not say which box is anchored where.
     */
    private void textBoxes(List<Element> elements) {
        Range story;
        try {
            story = doc.getMainTextboxRange();
        } catch (RuntimeException e) {
            return; // a damaged text-box story: the body stands on its own
        }
        if (story == null) return;
        List<Para> boxes = new ArrayList<>();
        for (int i = 0; i < story.numParagraphs(); i++) {
            Paragraph sp = story.getParagraph(i);
            if (sp.isInTable() || sp.text().isBlank()) continue;
            Para box = paragraph(sp);
            if (!box.text().isBlank()) boxes.add(box);
        }
        if (boxes.isEmpty()) return;
        int at = -1, last = -1;
        for (int i = 0; i < elements.size(); i++) {
            if (!(elements.get(i) instanceof Para p)) continue;
            last = i;
            if (at < 0 && firstAnchor > 0 && p.index() == firstAnchor) at = i;
        }
        if (at < 0) at = last; // no anchor found at the top level: after the last paragraph
        if (at < 0) return;
        Para p = (Para) elements.get(at);
        List<Para> all = new ArrayList<>(p.textBoxes());
        all.addAll(boxes);
        elements.set(at, new Para(p.index(), p.styleId(), p.styleName(), p.outlineLevel(), p.numId(), p.numLevel(), p.numFormat(),
                p.numText(), p.align(), p.firstLine(), p.firstLineChars(), p.left(), p.pieces(), all));
    }

    private List<Element> range(Range r) {
        return content(r, 0);
    }

    /**
     * The paragraphs and tables of a range whose own paragraphs stand at table depth {@code depth} (0 for the body,
     * 1 inside a cell of a top-level table). Paragraphs deeper than that form a table one level down: a nested table
     * in a cell, or a table whose first cell starts with a nested one (common in 公文 layout tables saved by Word),
     * which HWPF's {@link Range#getTable} would take for a table of its own, splitting the outer table.
     */
    private List<Element> content(Range r, int depth) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < r.numParagraphs(); i++) {
            Paragraph p = r.getParagraph(i);
            if (p.isInTable() && p.getTableLevel() > depth) {
                int end = i + 1;
                while (end < r.numParagraphs() && r.getParagraph(end).isInTable() && r.getParagraph(end).getTableLevel() > depth) end++;
                Table t = tableAt(r, i, end, depth + 1, p);
                out.add(table(t, depth + 1));
                i += Math.max(1, t.numParagraphs()) - 1;
            } else {
                out.add(paragraph(p));
            }
        }
        return out;
    }

    private static java.lang.reflect.Constructor<Table> tableConstructor;

    /**
     * The table at {@code level} made of paragraphs [start, end) of {@code r}. HWPF builds a table only for the
     * level of its first paragraph ({@link Range#getTable}); its constructor for a given level is package-private,
     * so it is called by reflection, with HWPF's own lookup as the fallback.
     */
    private static Table tableAt(Range r, int start, int end, int level, Paragraph first) {
        try {
            if (tableConstructor == null) {
                java.lang.reflect.Constructor<Table> c = Table.class.getDeclaredConstructor(int.class, int.class, Range.class, int.class);
                c.setAccessible(true);
                tableConstructor = c;
            }
            // Its bounds are character offsets (Range(int, int, Range) in POI 5).
            return tableConstructor.newInstance(r.getParagraph(start).getStartOffset(), r.getParagraph(end - 1).getEndOffset(), r, level);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return r.getTable(first); // the nested table then reads as a table of its own: its text is kept
        }
    }

    /**
     * A .doc table. Word 97 rows need not share a grid: a wide cell is often just wider, not merged, so spans are
     * found from the cells' edges: every edge in the table is a grid line, and a cell spans the grid lines it covers.
     */
    private Tbl table(Table t, int level) {
        java.util.TreeSet<Integer> edges = new java.util.TreeSet<>();
        for (int ri = 0; ri < t.numRows(); ri++) {
            TableRow row = t.getRow(ri);
            for (int ci = 0; ci < row.numCells(); ci++) {
                TableCell c = row.getCell(ci);
                addEdge(edges, c.getLeftEdge());
                addEdge(edges, c.getLeftEdge() + c.getWidth());
            }
        }
        List<TRow> rows = new ArrayList<>();
        for (int ri = 0; ri < t.numRows(); ri++) {
            TableRow row = t.getRow(ri);
            List<TCell> cells = new ArrayList<>();
            for (int ci = 0; ci < row.numCells(); ci++) {
                TableCell cell = row.getCell(ci);
                List<Element> content = content(cell, level);
                int span = Math.max(1, edges.subSet(near(edges, cell.getLeftEdge()), near(edges, cell.getLeftEdge() + cell.getWidth())).size());
                if (cell.isMerged() && !cell.isFirstMerged() && !cells.isEmpty()) {
                    // Word 97's horizontal merge flag: the covered cell widens the first one.
                    TCell first = cells.remove(cells.size() - 1);
                    List<Element> joined = new ArrayList<>(first.content());
                    joined.addAll(content);
                    cells.add(new TCell(first.gridSpan() + span, first.vMerge(), joined));
                    continue;
                }
                String vMerge = cell.isFirstVerticallyMerged() ? "restart" : cell.isVerticallyMerged() ? "continue" : null;
                cells.add(new TCell(span, vMerge, content));
            }
            rows.add(new TRow(row.isTableHeader(), cells));
        }
        return new Tbl(rows);
    }

    /** Edges closer than this (twips, about 0.35 mm) are one grid line: hand-dragged borders are never exact. */
    private static final int EDGE_TOLERANCE = 20;

    private static void addEdge(java.util.TreeSet<Integer> edges, int x) {
        if (edges.isEmpty() || Math.abs(near(edges, x) - x) > EDGE_TOLERANCE) edges.add(x);
    }

    private static int near(java.util.TreeSet<Integer> edges, int x) {
        Integer lo = edges.floor(x), hi = edges.ceiling(x);
        if (lo == null) return hi;
        if (hi == null) return lo;
        return x - lo <= hi - x ? lo : hi;
    }

    private Para paragraph(Paragraph p) {
        StyleDescription sd = doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
        String styleName = sd == null ? null : sd.getName();
        int lvl = p.getLvl();
        String align = switch (p.getJustification()) {
            case 1 -> "center";
            case 2 -> "right";
            case 3 -> "both";
            default -> "left";
        };
        String numId = null, numFmt = null, numText = null;
        int numLevel = 0;
        if (p.isInList()) {
            HWPFList list = p.getList();
            numLevel = Math.max(0, p.getIlvl());
            char level = (char) numLevel;
            int nfc = list.getNumberFormat(level);
            numId = "doc-" + listId(list, p, level);
            numFmt = nfc >= 0 && nfc < NFC.length ? NFC[nfc] : "decimal";
            numText = counter.next(numId, numLevel, numFmt, levelText(list.getNumberText(level)),
                    BigInteger.valueOf(list.getStartAt(level)));
            if (!"bullet".equals(numFmt)) numText = withFollower(numText, list.getTypeOfCharFollowingTheNumber(level));
        }
        List<Piece> pieces = new ArrayList<>();
        runs(p, pieces);
        comments.paragraph(paragraphs + 1, p.getStartOffset(), p.getEndOffset());
        comments.paragraphEnd(p.getEndOffset() - 1);
        return new Para(++paragraphs, null, styleName, lvl >= 0 && lvl < 9 ? lvl : -1, numId, numLevel, numFmt,
                numText, align, p.getFirstLineIndent(), 0, p.getIndentFromLeft(), pieces, List.of());
    }

    /** The counter each list override (LFO, by ilfo) numbers with; see {@link #listId}. */
    private final java.util.Map<Integer, String> listOfOverride = new java.util.HashMap<>();
    private final java.util.Set<Integer> listsSeen = new java.util.HashSet<>();

    /**
     * The list a numbered paragraph counts in. Word counts per list (LSTF, by its lsid), not per override (LFO):
     * heading styles often point at one list through several LFOs, and counting per LFO would number 第二章's
     * first section 1.1 instead of 2.1. An LFO that overrides the start of its level ("restart numbering") on a
     * list already used begins a count of its own, as Word shows it.
     */
    private String listId(HWPFList list, Paragraph p, char level) {
        return listOfOverride.computeIfAbsent(p.getIlfo(), ilfo -> {
            try {
                int lsid = list.getLsid();
                boolean restart = listsSeen.contains(lsid) && list.isStartAtOverridden(level);
                listsSeen.add(lsid);
                return "lst" + lsid + (restart ? "/" + ilfo : "");
            } catch (RuntimeException e) {
                return "lfo" + ilfo;
            }
        });
    }

    /**
     * The number as Word shows it before the text: followed by a tab or a space (ixchFollow 0 or 1), kept as one
     * separator so it is never glued to the text ("1.1 编纂出版"): a space after a Latin number ("1.1", "1.", "(a)"), an ideographic
     * space after a Han one ("第一章　总则"), none after Chinese punctuation that already separates ("一、", "（一）").
     */
    static String withFollower(String number, int follow) {
        if (number == null || number.isEmpty() || follow == 2) return number;
        char last = number.charAt(number.length() - 1);
        if (Character.isWhitespace(last) || last == '\u3000') return number;
        if (Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN) return number + "\u3000";
        if (Character.isLetterOrDigit(last) || last < 0x80) return number + " ";
        return number; // 、 ） ． ① …
    }

    /** The .doc level text has the level numbers as characters 0x00-0x08; OOXML writes them %1-%9. */
    private static String levelText(String raw) {
        if (raw == null) return null;
        StringBuilder sb = new StringBuilder();
        for (char c : raw.toCharArray()) {
            if (c < 9) sb.append('%').append((char) ('1' + c));
            else sb.append(c);
        }
        return sb.toString();
    }

    /** An open field: its code until the separator, then whether its result is a link. */
    private static final class Field {
        final StringBuilder code = new StringBuilder();
        boolean showingResult;
        String link;
    }

    private void runs(Paragraph p, List<Piece> pieces) {
        Deque<Field> fields = new ArrayDeque<>();
        for (int k = 0; k < p.numCharacterRuns(); k++) {
            CharacterRun cr = p.getCharacterRun(k);
            if (cr.isVanished() && !cr.isFldVanished() && !cr.isMarkedDeleted()) continue;
            Boolean deletion = cr.isMarkedDeleted() ? Boolean.TRUE : cr.isMarkedInserted() ? Boolean.FALSE : null;
            if (deletion != null && !deletion.equals(lastChange)) review.counted(deletion);
            lastChange = deletion;
            WordModel.Change change = deletion == null ? null : change(cr, deletion);
            Fmt fmt = new Fmt(cr.isBold(), cr.isItalic(), cr.getUnderlineCode() != 0, cr.getSubSuperScriptIndex() == 1,
                    cr.getSubSuperScriptIndex() == 2, cr.getFontName(), cr.getFontSize() / 2.0);
            String text = cr.text();
            StringBuilder plain = new StringBuilder();
            boolean quoted = !cr.isMarkedDeleted();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                int cp = cr.getStartOffset() + i;
                Field open = fields.peek();
                if (c == 0x13) {
                    flush(plain, fmt, change, fields, pieces);
                    fields.push(new Field());
                } else if (c == 0x14 && open != null) {
                    flush(plain, fmt, change, fields, pieces);
                    Matcher m = HYPERLINK.matcher(open.code);
                    open.link = m.find() ? m.group(1) : null;
                    open.showingResult = true;
                } else if (c == 0x15 && open != null) {
                    flush(plain, fmt, change, fields, pieces);
                    fields.pop();
                } else if (open != null && !open.showingResult) {
                    open.code.append(c); // the field code (HYPERLINK "…", PAGE, TOC…) is not text
                } else if (c == 0x0B) {
                    if (quoted) comments.text(cp, "\n");
                    flush(plain, fmt, change, fields, pieces);
                    pieces.add(new Break(false));
                } else if (c == 0x08) {
                    if (firstAnchor == 0 && !p.isInTable()) firstAnchor = paragraphs + 1; // this paragraph's number-to-be
                } else if (c == 0x0C || c == 0x0E) {
                    flush(plain, fmt, change, fields, pieces);
                    pieces.add(new Break(true));
                } else if (c == 0x01) {
                    flush(plain, fmt, change, fields, pieces);
                    if (doc.getPicturesTable().hasPicture(cr)) picture(doc.getPicturesTable().extractPicture(cr, true), pieces);
                } else if (c == 0x02) {
                    flush(plain, fmt, change, fields, pieces);
                    note(cp, pieces);
                } else if (c == 0x1E) {
                    plain.append('-');
                    if (quoted) comments.text(cp, "-");
                } else if (c == '\t' || c >= 0x20) {
                    plain.append(c);
                    if (quoted) comments.text(cp, String.valueOf(c));
                }
            }
            flush(plain, fmt, change, fields, pieces);
        }
    }

    /**
     * The change a revised run stands in, with its author and time from the run's properties (ibstRMark, dttmRMark).
     * HWPF keeps those in a protected field, read by reflection; if that fails, the sole author of the file or none.
     */
    private WordModel.Change change(CharacterRun cr, boolean deletion) {
        String author = soleAuthor, date = null;
        try {
            java.lang.reflect.Field f = CharacterRun.class.getDeclaredField("_props");
            f.setAccessible(true);
            org.apache.poi.hwpf.usermodel.CharacterProperties props = (org.apache.poi.hwpf.usermodel.CharacterProperties) f.get(cr);
            int ibst = deletion ? props.getIbstRMarkDel() : props.getIbstRMark();
            var table = doc.getRevisionMarkAuthorTable();
            if (table != null && ibst >= 0 && ibst < table.getSize()) author = table.getAuthor(ibst);
            date = dttm(deletion ? props.getDttmRMarkDel() : props.getDttmRMark());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // author and time stay as far as known: the change itself is never lost
        }
        return new WordModel.Change(deletion, author, date, null);
    }

    /**
     * A DTTM (revision and comment times) as Word's w:date writes it, or null when empty or implausible. A DTTM is a
     * wall-clock time without zone; its fields are written as they are, whatever the machine's time zone.
     */
    static String dttm(org.apache.poi.hwpf.usermodel.DateAndTime dttm) {
        if (dttm == null || dttm.isEmpty()) return null;
        byte[] b = new byte[org.apache.poi.hwpf.usermodel.DateAndTime.SIZE];
        dttm.serialize(b, 0);
        return dttm((b[0] & 0xFF) | (b[1] & 0xFF) << 8 | (b[2] & 0xFF) << 16 | (b[3] & 0xFF) << 24);
    }

    /** A DTTM from its 32 bits: minutes 0-5, hours 6-10, day 11-15, month 16-19, years since 1900 20-28. */
    static String dttm(int v) {
        int minute = v & 0x3F, hour = v >>> 6 & 0x1F, day = v >>> 11 & 0x1F, month = v >>> 16 & 0xF, year = 1900 + (v >>> 20 & 0x1FF);
        if (year <= 1980 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()
                || hour > 23 || minute > 59) {
            return null;
        }
        return String.format("%04d-%02d-%02dT%02d:%02d:00Z", year, month, day, hour, minute);
    }

    private static void flush(StringBuilder plain, Fmt fmt, WordModel.Change change, Deque<Field> fields, List<Piece> pieces) {
        if (plain.isEmpty()) return;
        String link = fields.stream().map(f -> f.link).filter(l -> l != null).findFirst().orElse(null);
        pieces.add(new Chars(plain.toString(), fmt, link, change));
        plain.setLength(0);
    }

    private void note(int cp, List<Piece> pieces) {
        for (boolean endnote : new boolean[] {false, true}) {
            Notes notes = endnote ? doc.getEndnotes() : doc.getFootnotes();
            int index = notes.getNoteIndexByAnchorPosition(cp);
            if (index < 0) continue;
            Range all = endnote ? doc.getEndnoteRange() : doc.getFootnoteRange();
            // Note text offsets are relative to the notes' own story.
            int start = all.getStartOffset() + notes.getNoteTextStartOffset(index);
            int end = all.getStartOffset() + notes.getNoteTextEndOffset(index);
            List<Para> content = new ArrayList<>();
            for (int i = 0; i < all.numParagraphs(); i++) {
                Paragraph np = all.getParagraph(i);
                if (np.getStartOffset() >= start && np.getStartOffset() < end) content.add(paragraph(np));
            }
            pieces.add(new NoteRef(endnote, content));
            return;
        }
    }

    private static void picture(Picture pic, List<Piece> pieces) {
        // dxaGoal is the picture's intended size in twips (635 EMU each); the scaling factors are per mille.
        long w = (long) pic.getDxaGoal() * 635 * Math.max(1, pic.getHorizontalScalingFactor()) / 1000;
        long h = (long) pic.getDyaGoal() * 635 * Math.max(1, pic.getVerticalScalingFactor()) / 1000;
        String descr = pic.getDescription() == null ? "" : pic.getDescription();
        pieces.add(new Image(pic.suggestFullFileName(), pic.getMimeType(), pic.getContent(), w, h, descr));
    }
}
