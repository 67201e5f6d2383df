package org.annalist.importer.docx;

import org.annalist.i18n.Localized;
import org.annalist.i18n.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.annalist.importer.ImportResult;
import org.annalist.model.ImportReport;
import org.annalist.model.ReviewComment;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.FIBFieldHandler;
import org.apache.poi.hwpf.model.PlexOfCps;
import org.apache.poi.hwpf.model.SubdocumentType;

/**
 * Word comments (批注) of a binary .doc (MS-DOC): the table stream holds PlcfandRef (the CP of each comment's
 * reference mark in the main text, with an ATRDPre10: the author's initials, an index into GrpXstAtnOwners, and
 * the tag of the annotation bookmark marking its range), PlcfandTxt (each comment's CPs in the comment story),
 * GrpXstAtnOwners (author names), SttbfAtnBkmk with PlcfAtnBkf/PlcfAtnBkl (the marked ranges) and, since Word
 * 2002, AtrdExtra (an ATRDPost10 per comment: its DTTM and its parent in a thread). Every table is read with bounds
 * checks: a damaged one loses what it holds (positions, authors, ranges or dates) with a warning, never the text.
 * {@link DocReader} passes the body's text through {@link #text} so the exact marked text is known.
 */
final class DocComments {
    /** FibRgFcLcb2002.fcAtrdExtra: pair 112 of the FIB's fc/lcb array (POI names the Word 97 and 2000 pairs only). */
    private static final int ATRDEXTRA = 112;
    private static final int ATRD = 30, ATRD_EXTRA = 18;

    /** One comment as the tables give it: reference mark, marked range [start, end) or -1, parent index or -1. */
    private record Found(int cp, String author, Instant date, String text, int start, int end, int parent) {
    }

    private final List<Found> found = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<StringBuilder> quotes = new ArrayList<>();
    /** Paragraph start CP → {paragraph number, end CP}, for the paragraphs of the main text. */
    private final TreeMap<Integer, int[]> paragraphs = new TreeMap<>();
    private int lowCp = Integer.MAX_VALUE, highCp = -1;

    private DocComments() {
    }

    /** The comments of {@code doc}; never throws: whatever cannot be read is a warning in the report. */
    static DocComments read(HWPFDocument doc) {
        DocComments c = new DocComments();
        try {
            c.load(doc);
        } catch (RuntimeException e) {
            c.found.clear();
            c.problems.add(Texts.get("report.doc.comments.damaged"));
        }
        for (Found f : c.found) {
            c.quotes.add(new StringBuilder());
            if (f.start() >= 0) {
                c.lowCp = Math.min(c.lowCp, f.start());
                c.highCp = Math.max(c.highCp, f.end());
            }
        }
        return c;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    private void load(HWPFDocument doc) {
        byte[] table = doc.getTableStream();
        byte[] main = doc.getMainStream();
        int[] refLoc = fcLcb(main, FIBFieldHandler.PLCFANDREF), txtLoc = fcLcb(main, FIBFieldHandler.PLCFANDTXT);
        if ((refLoc == null || refLoc[1] == 0) && (txtLoc == null || txtLoc[1] == 0)) return;
        int mainLength = doc.getFileInformationBlock().getSubdocumentTextStreamLength(SubdocumentType.MAIN);
        int atnLength = doc.getFileInformationBlock().getSubdocumentTextStreamLength(SubdocumentType.ANNOTATION);
        PlexOfCps refs = plex(table, refLoc, ATRD, mainLength);
        PlexOfCps texts = plex(table, txtLoc, 0, atnLength);
        if (texts == null) {
            problems.add(Texts.get("report.doc.comments.texts"));
            return;
        }
        // PlcfandTxt has one CP more than there are comments: the end of the last one's text, then the story's end
        int count = Math.max(0, texts.length() - 1);
        if (refs == null || refs.length() != count) {
            problems.add(Texts.get("report.doc.comments.positions", count));
            refs = null;
        }
        String story = doc.getCommentsRange().text();
        List<String> owners = refs == null ? List.of() : owners(table, fcLcb(main, FIBFieldHandler.GRPXSTATNOWNERS));
        Map<Integer, int[]> ranges = refs == null ? Map.of() : ranges(table, main, mainLength);
        byte[][] extra = refs == null ? new byte[0][] : extra(table, fcLcb(main, ATRDEXTRA), count);
        int badAuthors = 0;
        for (int i = 0; i < count; i++) {
            String text = clean(story, texts.getProperty(i).getStart(), texts.getProperty(i).getEnd());
            if (refs == null) {
                found.add(new Found(-1, null, null, text, -1, -1, -1));
                continue;
            }
            byte[] atrd = refs.getProperty(i).getBytes();
            int cch = u16(atrd, 0);
            String initials = cch <= 9 ? string(atrd, 2, cch) : null;
            int ibst = (short) u16(atrd, 20);
            String name = ibst >= 0 && ibst < owners.size() ? owners.get(ibst) : null;
            if (cch > 9 || ibst < 0 || ibst >= owners.size() && !owners.isEmpty()) badAuthors++;
            String author = name != null && !name.isBlank() ? name.strip() : initials == null || initials.isBlank() ? null : initials.strip();
            int[] range = ranges.get(s32(atrd, 26));
            Instant date = null;
            int parent = -1;
            if (i < extra.length && extra[i] != null) {
                String d = DocReader.dttm(s32(extra[i], 0));
                date = d == null ? null : Instant.parse(d);
                int depth = s32(extra[i], 6), delta = s32(extra[i], 10);
                if (depth > 0 && delta != 0 && i + (long) delta >= 0 && i + (long) delta < count) parent = i + delta;
            }
            found.add(new Found(refs.getProperty(i).getStart(), author, date, text,
                    range == null ? -1 : range[0], range == null ? -1 : range[1], parent));
        }
        if (badAuthors > 0) problems.add(Texts.get("report.doc.comments.badAuthors", badAuthors));
    }

    /** The fc/lcb pair {@code index} of the FIB's FibRgFcLcb array in the WordDocument stream, or null. */
    static int[] fcLcb(byte[] main, int index) {
        int p = 32; // FibBase
        if (main.length < p + 2) return null;
        p += 2 + 2 * u16(main, p); // csw, fibRgW
        if (main.length < p + 2) return null;
        p += 2 + 4 * u16(main, p); // cslw, fibRgLw
        if (main.length < p + 2 || index >= u16(main, p)) return null; // cbRgFcLcb: the pairs this FIB has
        p += 2 + 8 * index;
        if (main.length < p + 8) return null;
        return new int[] {s32(main, p), s32(main, p + 4)};
    }

    /** A PLC at fc/lcb with CPs that rise and stay within {@code maxCp}, or null when it is not one. */
    private static PlexOfCps plex(byte[] table, int[] loc, int dataSize, int maxCp) {
        if (loc == null || loc[1] < 4 || loc[0] < 0 || (long) loc[0] + loc[1] > table.length || (loc[1] - 4) % (4 + dataSize) != 0) {
            return null;
        }
        int n = (loc[1] - 4) / (4 + dataSize);
        int previous = 0;
        for (int i = 0; i <= n; i++) {
            int cp = s32(table, loc[0] + 4 * i);
            // the last CP of a PlcfandTxt may point one past the story (its final paragraph mark)
            if (cp < previous || cp > maxCp + 1) return null;
            previous = cp;
        }
        return new PlexOfCps(table, loc[0], loc[1], dataSize);
    }

    /** GrpXstAtnOwners: author names, each a 16-bit length and that many UTF-16 characters. */
    private List<String> owners(byte[] table, int[] loc) {
        List<String> out = new ArrayList<>();
        if (loc == null || loc[1] <= 0) return out;
        if (loc[0] < 0 || (long) loc[0] + loc[1] > table.length) {
            problems.add(Texts.get("report.doc.comments.authors"));
            return out;
        }
        int p = loc[0], end = loc[0] + loc[1];
        while (p + 2 <= end) {
            int cch = u16(table, p);
            if (p + 2 + 2L * cch > end) {
                problems.add(Texts.get("report.doc.comments.someAuthors"));
                break;
            }
            out.add(string(table, p + 2, cch));
            p += 2 + 2 * cch;
        }
        return out;
    }

    /** The marked ranges by bookmark tag: SttbfAtnBkmk gives each bookmark's tag, PlcfAtnBkf its start, PlcfAtnBkl its end. */
    private Map<Integer, int[]> ranges(byte[] table, byte[] main, int mainLength) {
        Map<Integer, int[]> out = new HashMap<>();
        int[] sttb = fcLcb(main, FIBFieldHandler.STTBFATNBKMK);
        if (sttb == null || sttb[1] == 0) return out; // comments on points only
        PlexOfCps starts = plex(table, fcLcb(main, FIBFieldHandler.PLCFATNBKF), 4, mainLength);
        PlexOfCps ends = plex(table, fcLcb(main, FIBFieldHandler.PLCFATNBKL), 0, mainLength);
        List<Integer> tags = tags(table, sttb);
        if (starts == null || ends == null || tags == null || tags.size() != starts.length()) {
            problems.add(Texts.get("report.doc.comments.ranges"));
            return out;
        }
        for (int j = 0; j < tags.size(); j++) {
            int ibkl = (short) u16(starts.getProperty(j).getBytes(), 0);
            if (ibkl < 0 || ibkl >= ends.length()) continue;
            int start = starts.getProperty(j).getStart(), end = ends.getProperty(ibkl).getStart();
            if (start <= end) out.put(tags.get(j), new int[] {start, end});
        }
        return out;
    }

    /** The lTag of each ATNBE in SttbfAtnBkmk (an extended STTB of empty strings with 10 bytes extra each). */
    private static List<Integer> tags(byte[] table, int[] loc) {
        if (loc[0] < 0 || loc[1] < 6 || (long) loc[0] + loc[1] > table.length || u16(table, loc[0]) != 0xFFFF) return null;
        int n = u16(table, loc[0] + 2), cbExtra = u16(table, loc[0] + 4);
        if (cbExtra < 6) return null;
        List<Integer> out = new ArrayList<>();
        int p = loc[0] + 6, end = loc[0] + loc[1];
        for (int j = 0; j < n; j++) {
            if (p + 2 > end) return null;
            int next = p + 2 + 2 * u16(table, p);
            if (next + cbExtra > end) return null;
            out.add(s32(table, next + 2)); // ATNBE: bmc, lTag, lTagOld
            p = next + cbExtra;
        }
        return out;
    }

    /** AtrdExtra: an ATRDPost10 (18 bytes) per comment, in PlcfandRef's order; none before Word 2002. */
    private byte[][] extra(byte[] table, int[] loc, int count) {
        if (loc == null || loc[1] == 0) return new byte[0][];
        if (loc[0] < 0 || (long) loc[0] + loc[1] > table.length || loc[1] / ATRD_EXTRA < count) {
            problems.add(Texts.get("report.doc.comments.dates"));
            return new byte[0][];
        }
        byte[][] out = new byte[count][];
        for (int i = 0; i < count; i++) {
            out[i] = java.util.Arrays.copyOfRange(table, loc[0] + i * ATRD_EXTRA, loc[0] + (i + 1) * ATRD_EXTRA);
        }
        return out;
    }

    /**
     * A comment's text from the comment story: field codes dropped and their results kept, the reference mark
     * (0x05) and other control characters dropped, paragraph marks and line breaks as line ends.
     */
    static String clean(String story, int from, int to) {
        int start = Math.max(0, Math.min(from, story.length())), end = Math.max(start, Math.min(to, story.length()));
        StringBuilder sb = new StringBuilder();
        int inCode = 0;
        java.util.ArrayDeque<Boolean> fields = new java.util.ArrayDeque<>();
        for (int i = start; i < end; i++) {
            char c = story.charAt(i);
            if (c == 0x13) {
                fields.push(true);
                inCode++;
            } else if (c == 0x14 && !fields.isEmpty() && fields.peek()) {
                fields.pop();
                fields.push(false);
                inCode--;
            } else if (c == 0x15 && !fields.isEmpty()) {
                if (fields.pop()) inCode--;
            } else if (inCode > 0) {
                continue;
            } else if (c == '\r' || c == 0x0B || c == 0x07) {
                sb.append('\n');
            } else if (c == '\t' || c >= 0x20) {
                sb.append(c);
            }
        }
        return sb.toString().lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    /** A paragraph of the main text as {@link DocReader} numbers it. */
    void paragraph(int index, int startCp, int endCp) {
        if (!found.isEmpty()) paragraphs.putIfAbsent(startCp, new int[] {index, endCp});
    }

    /** Visible text of the body at {@code cp}: part of every marked range that covers it. */
    void text(int cp, String text) {
        if (cp < lowCp || cp >= highCp) return;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (cp >= f.start() && cp < f.end()) quotes.get(i).append(text);
        }
    }

    /** The paragraph mark at {@code cp}: a line end in every range that goes on past it. */
    void paragraphEnd(int cp) {
        if (cp < lowCp || cp >= highCp) return;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (cp >= f.start() && cp < f.end() - 1 && !quotes.get(i).isEmpty()) quotes.get(i).append('\n');
        }
    }

    /** The review comments, threads' replies after the comment they answer, and their count and problems reported. */
    List<ImportResult.ImportedComment> imported(List<WordModel.Element> elements, ImportReport report) {
        problems.forEach(p -> report.warning(0, p));
        List<ImportResult.ImportedComment> out = new ArrayList<>();
        if (found.isEmpty()) return out;
        Map<Integer, String> texts = new HashMap<>();
        WordComments.texts(elements, texts);
        int[] position = new int[found.size()];
        java.util.Arrays.fill(position, -1);
        int replies = 0;
        for (int i : threadOrder()) {
            Found f = found.get(i);
            Integer para = paragraphAt(f.start() >= 0 ? f.start() : f.cp());
            String anchor = para == null || !texts.containsKey(para) ? null : WordComments.clip(texts.get(para));
            String quote = quotes.get(i).toString().strip();
            ReviewComment rc = new ReviewComment(0, 0, f.author(), f.date(), f.text(), anchor, "word", null,
                    quote.isEmpty() ? null : quote);
            int replyTo = f.parent() >= 0 ? position[f.parent()] : -1;
            if (replyTo >= 0) replies++;
            position[i] = out.size();
            out.add(new ImportResult.ImportedComment(0, replyTo, rc));
        }
        report.detected(0, Texts.get("report.comments"), Texts.get("report.doc.comments.count", out.size(),
                replies > 0 ? Localized.of("report.comments.replies", replies) : "",
                replies > 0 ? Localized.of("report.doc.comments.withReplies") : ""));
        return out;
    }

    /** Comments in file order, except that a reply comes right after the thread it answers (parents first). */
    private List<Integer> threadOrder() {
        List<List<Integer>> children = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) children.add(new ArrayList<>());
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            int p = found.get(i).parent();
            if (p >= 0 && p != i && !reaches(p, i)) children.get(p).add(i);
            else roots.add(i);
        }
        List<Integer> order = new ArrayList<>();
        java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
        for (int r : roots) {
            stack.push(r);
            while (!stack.isEmpty()) {
                int i = stack.pop();
                order.add(i);
                List<Integer> kids = children.get(i);
                for (int k = kids.size() - 1; k >= 0; k--) stack.push(kids.get(k));
            }
        }
        return order;
    }

    /** Whether following parents from {@code from} comes to {@code target} (a damaged table could make a cycle). */
    private boolean reaches(int from, int target) {
        for (int i = from, steps = 0; i >= 0 && steps <= found.size(); i = found.get(i).parent(), steps++) {
            if (i == target) return true;
        }
        return false;
    }

    private Integer paragraphAt(int cp) {
        if (cp < 0) return null;
        Map.Entry<Integer, int[]> e = paragraphs.floorEntry(cp);
        return e != null && cp < e.getValue()[1] ? e.getValue()[0] : null;
    }

    private static int u16(byte[] b, int p) {
        return p < 0 || p + 2 > b.length ? 0 : (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
    }

    private static int s32(byte[] b, int p) {
        return p < 0 || p + 4 > b.length ? 0 : u16(b, p) | u16(b, p + 2) << 16;
    }

    private static String string(byte[] b, int p, int cch) {
        char[] cs = new char[cch];
        for (int k = 0; k < cch; k++) cs[k] = (char) u16(b, p + 2 * k);
        return new String(cs);
    }
}
