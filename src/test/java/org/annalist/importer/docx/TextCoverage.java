package org.annalist.importer.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annalist.doc.Block;
import org.annalist.doc.Inline;
import org.annalist.importer.ImportResult;
import org.annalist.importer.ImportedItem;
import org.annalist.model.Credit;
import org.annalist.model.ImportReport;

/**
 * Whether an import kept every character of a Word file: the file's text as another program reads it (LibreOffice's
 * text export) compared, as a multiset of non-whitespace characters, with the imported items (titles, credits, the
 * body tree with notes, table cells, captions, link texts and pending suggestions), the review comments, and the
 * texts the import report quotes (what it removed or detected, and the quoted parts of warnings). Order and
 * whitespace are not compared: the importer may move a byline into metadata or a date into the report.
 */
final class TextCoverage {
    private TextCoverage() {
    }

    /** What is missing: each character with its count and where it occurs in the reference text. */
    record Result(Map<Integer, Integer> missing, String description) {
        boolean complete() {
            return missing.isEmpty();
        }
    }

    /** A list number as LibreOffice prints it: arabic (also 1.2), Chinese, a letter or roman. */
    private static final String NUMBER = "(?:[0-9]+(?:\\.[0-9]+)*|[一二三四五六七八九十百零〇]+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)";

    /**
     * A list label LibreOffice prints before a numbered or bulleted paragraph: the export indents list paragraphs with
     * ASCII spaces and puts one space between the label and the text. Word's numbering is not text (the importer
     * turns it into list structure, or into the heading's text where it is a 一、 label), so these are not compared.
     * Literal numbers typed into the text ("1.加强学习", "（1）区政协…") have no such leading spaces and stay compared.
     */
    private static final Pattern LIST_LABEL = Pattern.compile("(?m)^ +([•◦▪▫●○■□◆◇►▸‣⁃–—·*\\-]"
            + "|[（(]" + NUMBER + "[)）]|第" + NUMBER + "[章节条部篇款]|" + NUMBER + "[.、．)）]"
            + "|[①-⑳])[ \\t]");

    /**
     * Compares the reference text with what was imported. {@code footnotes} and {@code endnotes}: how many notes the
     * import found; LibreOffice prints each note's reference mark (1, 2, … for footnotes; i, ii, … or 1, 2, … for
     * endnotes) in the running text but not the note's text, so up to that many marks may be missing.
     */
    static Result compare(String reference, String imported, int footnotes, int endnotes) {
        String ref = reference;
        // LibreOffice's "UTF8" text export starts with a byte-order mark: an encoding mark, not text.
        if (ref.startsWith("\uFEFF")) ref = ref.substring(1);
        String compared = LIST_LABEL.matcher(ref).replaceAll(m -> " ".repeat(m.group().length()));
        Map<Integer, Integer> need = count(compared);
        Map<Integer, Integer> have = count(imported);
        Map<Integer, Integer> missing = new TreeMap<>();
        need.forEach((c, n) -> {
            int lack = n - have.getOrDefault(c, 0);
            if (lack > 0) missing.put(c, lack);
        });
        for (int k = 1; k <= footnotes; k++) forgive(missing, Integer.toString(k));
        for (int k = 1; k <= endnotes; k++) {
            String roman = roman(k);
            if (covers(missing, roman)) forgive(missing, roman);
            else forgive(missing, Integer.toString(k));
        }
        return new Result(missing, describe(missing, ref));
    }

    private static boolean covers(Map<Integer, Integer> missing, String mark) {
        Map<Integer, Integer> m = count(mark);
        return m.entrySet().stream().allMatch(e -> missing.getOrDefault(e.getKey(), 0) >= e.getValue());
    }

    /** Takes a note's mark off the missing characters, when all of it is missing (a mark is printed whole). */
    private static void forgive(Map<Integer, Integer> missing, String mark) {
        if (!covers(missing, mark)) return;
        mark.codePoints().forEach(c -> missing.computeIfPresent(c, (k, n) -> n > 1 ? n - 1 : null));
    }

    private static String roman(int k) {
        String[] ones = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
        String[] tens = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
        return k >= 100 ? Integer.toString(k) : tens[k / 10] + ones[k % 10];
    }

    static Map<Integer, Integer> count(String s) {
        Map<Integer, Integer> m = new TreeMap<>();
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(c -> m.merge(c, 1, Integer::sum));
        return m;
    }

    private static String describe(Map<Integer, Integer> missing, String ref) {
        StringBuilder sb = new StringBuilder();
        missing.forEach((c, n) -> {
            sb.append("  '").appendCodePoint(c).append("' (U+").append(String.format("%04X", c)).append(") ×").append(n)
                    .append(", in the reference text at:");
            int shown = 0;
            for (int i = ref.indexOf(new String(Character.toChars(c))); i >= 0 && shown < 3;
                 i = ref.indexOf(new String(Character.toChars(c)), i + 1), shown++) {
                int from = Math.max(0, i - 12);
                int to = Math.min(ref.length(), i + Character.charCount(c) + 12);
                sb.append(" «").append(ref.substring(from, i).replaceAll("\\s+", " ")).append('[')
                        .append(ref, i, i + Character.charCount(c)).append(']')
                        .append(ref.substring(i + Character.charCount(c), to).replaceAll("\\s+", " ")).append('»');
            }
            sb.append('\n');
        });
        return sb.toString();
    }

    /** Everything the import kept as text: items, comments, and what the report quotes. */
    static String imported(ImportResult r) {
        StringBuilder sb = new StringBuilder();
        for (ImportedItem item : r.items()) {
            line(sb, item.title());
            line(sb, item.subtitle());
            // A byline becomes credits; it is printed back as "角色：姓名" (口述：王老五), so that is its text.
            for (Credit c : item.metadata().credits()) {
                line(sb, (c.role() == null ? "" : c.role().label() + "：") + c.name());
                line(sb, c.affiliation());
            }
            blocks(item.body().blocks(), sb);
        }
        for (ImportResult.ImportedComment c : r.comments()) {
            line(sb, c.comment().author());
            line(sb, c.comment().text());
        }
        for (String quote : quotes(r.report())) line(sb, quote);
        return sb.toString();
    }

    private static final Pattern QUOTED = Pattern.compile("“([^”]*)”|（([^）]*)）");

    /**
     * The texts the report quotes: the text of every entry that has one (removed furniture, a detected title, byline
     * or date) and, in warnings, what stands in “quotation marks” or （parentheses） — a warning that names lost
     * text quotes it — but not the warnings' own wording, which would cover common characters by accident.
     */
    static List<String> quotes(ImportReport report) {
        List<String> out = new ArrayList<>();
        for (ImportReport.Entry e : report.entries()) {
            if (e.kind() == ImportReport.Kind.FORMAT) continue;
            if (e.text() != null) out.add(e.text());
            if (e.kind() == ImportReport.Kind.WARNING) {
                Matcher m = QUOTED.matcher(e.message());
                while (m.find()) out.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return out;
    }

    /** Footnotes (index 0) and endnotes (index 1) in the items' bodies, notes inside notes included. */
    static int[] notes(ImportResult r) {
        int[] n = new int[2];
        for (ImportedItem item : r.items()) countNotes(item.body().blocks(), n);
        return n;
    }

    private static void countNotes(List<Block> blocks, int[] n) {
        for (Block b : blocks) {
            for (List<Inline> inlines : inlinesOf(b)) countNotesIn(inlines, n);
            for (List<Block> nested : blocksOf(b)) countNotes(nested, n);
        }
    }

    private static void countNotesIn(List<Inline> inlines, int[] n) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Note note) {
                n[note.endnote() ? 1 : 0]++;
                countNotes(note.content(), n);
            } else {
                countNotesIn(org.annalist.doc.Inlines.children(i), n);
            }
        }
    }

    private static void line(StringBuilder sb, String s) {
        if (s != null) sb.append(s).append('\n');
    }

    private static void blocks(List<Block> blocks, StringBuilder sb) {
        for (Block b : blocks) {
            for (List<Inline> inlines : inlinesOf(b)) {
                inlines(inlines, sb);
                sb.append('\n');
            }
            for (List<Block> nested : blocksOf(b)) blocks(nested, sb);
        }
    }

    private static void inlines(List<Inline> inlines, StringBuilder sb) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) sb.append(t.text());
            else if (i instanceof Inline.Note n) {
                sb.append('\n');
                blocks(n.content(), sb);
            } else if (i instanceof Inline.EntryTitle t) {
                sb.append('【');
                inlines(t.content(), sb);
                sb.append('】');
            } else {
                inlines(org.annalist.doc.Inlines.children(i), sb);
            }
        }
    }

    /** The inline lists directly in a block: a heading's or paragraph's content, table cells and caption, a figure's caption. */
    private static List<List<Inline>> inlinesOf(Block b) {
        List<List<Inline>> out = new ArrayList<>();
        if (b instanceof Block.Heading h) out.add(h.content());
        else if (b instanceof Block.Paragraph p) out.add(p.content());
        else if (b instanceof Block.Table t) {
            for (Block.Row row : t.rows()) for (Block.Cell cell : row.cells()) out.add(cell.content());
            out.add(t.caption());
        } else if (b instanceof Block.Figure f) out.add(f.caption());
        return out;
    }

    private static List<List<Block>> blocksOf(Block b) {
        if (b instanceof Block.BlockQuote q) return List.of(q.content());
        if (b instanceof Block.BulletList l) return l.items();
        if (b instanceof Block.OrderedList l) return l.items();
        return List.of();
    }
}
