package org.annalist.doc.diff;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The difference between two readings ({@link Reading}) of an item, A (older) and B (newer), as segments in reading
 * order: kept, inserted, deleted, moved away and moved here. A's text is the kept, deleted and moved-away segments
 * in order; B's the kept, inserted and moved-here ones. Code points are never cut.
 *
 * <p>How: the paragraphs are compared first, as whole units (Myers over paragraph numbers); a paragraph deleted in
 * one place and inserted unchanged in another is a move, numbered from 1 in A's order. The paragraphs that differ
 * between two kept ones are then compared character by character (Myers over code points; one by one when as many
 * paragraphs stand in B as in A, else all together) and cleaned up
 * ({@link Cleanup}) so that a change in Chinese reads as a phrase, not as scattered characters. Past the time
 * limit, what is not yet compared is given as deleted and inserted whole: still a correct difference.
 */
public final class TextDiff {
    /** What a segment is. */
    public enum Kind { SAME, INSERTED, DELETED, MOVED_AWAY, MOVED_HERE }

    /**
     * One segment: its text and where it stands in A's reading text ({@code [aFrom, aTo)}) and B's; a segment that
     * is only in B has an empty range in A where it would stand, and the other way round. {@code move}: the number
     * of the move the segment is half of, 0 for none.
     */
    public record Segment(Kind kind, String text, int aFrom, int aTo, int bFrom, int bTo, int move) {
        /** Whether this is a change (not kept text). */
        public boolean changed() {
            return kind != Kind.SAME;
        }

        /** Characters (code points) of it, paragraph ends not counted. */
        public int characters() {
            return (int) text.codePoints().filter(c -> c != '\n').count();
        }
    }

    /** The default time limit of one comparison. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(1);
    /** A paragraph shorter than this (in code points, its end not counted) is not taken for a move. */
    static final int MIN_MOVE = 2;

    private final Reading a;
    private final Reading b;
    private final List<Segment> segments;

    private TextDiff(Reading a, Reading b, List<Segment> segments) {
        this.a = a;
        this.b = b;
        this.segments = List.copyOf(segments);
    }

    /** The difference between two item bodies (Markdown). */
    public static TextDiff of(String markdownA, String markdownB) {
        return of(Reading.of(markdownA), Reading.of(markdownB));
    }

    public static TextDiff of(Reading a, Reading b) {
        return of(a, b, DEFAULT_LIMIT);
    }

    public static TextDiff of(Reading a, Reading b, Duration limit) {
        return new TextDiff(a, b, new Compare(a, b, System.nanoTime() + limit.toNanos()).run());
    }

    public Reading a() {
        return a;
    }

    public Reading b() {
        return b;
    }

    public List<Segment> segments() {
        return segments;
    }

    /** The segments that are changes. */
    public List<Segment> changes() {
        return segments.stream().filter(Segment::changed).toList();
    }

    /** Whether A and B read the same. */
    public boolean same() {
        return segments.stream().noneMatch(Segment::changed);
    }

    /** Where the segment stands in A's Markdown, {from, to} (empty where it would stand, for B's own segments). */
    public int[] markdownA(Segment s) {
        return a.markdownRange(s.aFrom(), s.aTo());
    }

    /** Where the segment stands in B's Markdown, {from, to}. */
    public int[] markdownB(Segment s) {
        return b.markdownRange(s.bFrom(), s.bTo());
    }

    /** Characters inserted (moves not counted). */
    public int inserted() {
        return count(Kind.INSERTED);
    }

    /** Characters deleted (moves not counted). */
    public int deleted() {
        return count(Kind.DELETED);
    }

    /** Paragraphs moved. */
    public int moves() {
        return (int) segments.stream().filter(s -> s.kind() == Kind.MOVED_AWAY).count();
    }

    private int count(Kind kind) {
        return segments.stream().filter(s -> s.kind() == kind).mapToInt(Segment::characters).sum();
    }

    /**
     * The text with the changes marked inline, as {@code wdiff} does: {@code {+inserted+}}, {@code [-deleted-]}, a
     * paragraph moved away {@code [<1 text<]} and where it went {@code {>1 text>}}. A change of whole paragraphs is
     * marked line by line; a paragraph end deleted or inserted inside a paragraph shows as {@code [-¶-]} or {@code {+¶+}}.
     */
    public String inline() {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            String t = s.text();
            if (s.kind() == Kind.SAME) {
                sb.append(t);
                continue;
            }
            String open = switch (s.kind()) {
                case INSERTED -> "{+";
                case DELETED -> "[-";
                case MOVED_AWAY -> "[<" + s.move() + " ";
                default -> "{>" + s.move() + " ";
            };
            String close = switch (s.kind()) {
                case INSERTED -> "+}";
                case DELETED -> "-]";
                case MOVED_AWAY -> "<]";
                default -> ">}";
            };
            boolean wholeLines = t.endsWith("\n") && (sb.length() == 0 || sb.charAt(sb.length() - 1) == '\n');
            int start = 0;
            while (start < t.length()) {
                int nl = t.indexOf('\n', start);
                int end = nl < 0 ? t.length() : nl;
                if (end > start) sb.append(open).append(t, start, end).append(close);
                if (nl < 0) break;
                if (!wholeLines) sb.append(open).append('¶').append(close);
                sb.append('\n');
                start = nl + 1;
            }
        }
        return sb.toString();
    }

    /** One comparison at work. */
    private static final class Compare {
        final Reading a;
        final Reading b;
        final long deadline;
        final List<Segment> out = new ArrayList<>();
        int aPos;
        int bPos;

        Compare(Reading a, Reading b, long deadline) {
            this.a = a;
            this.b = b;
            this.deadline = deadline;
        }

        List<Segment> run() {
            List<String> pa = a.paragraphs();
            List<String> pb = b.paragraphs();
            Map<String, Integer> ids = new HashMap<>();
            int[] ta = new int[pa.size()];
            int[] tb = new int[pb.size()];
            for (int i = 0; i < ta.length; i++) ta[i] = ids.computeIfAbsent(pa.get(i), k -> ids.size());
            for (int i = 0; i < tb.length; i++) tb[i] = ids.computeIfAbsent(pb.get(i), k -> ids.size());
            Myers m = Myers.diff(ta, tb, deadline);
            // the paragraphs deleted and inserted, to find the moves among them
            List<Integer> deleted = new ArrayList<>();
            List<Integer> inserted = new ArrayList<>();
            int ia = 0;
            int ib = 0;
            for (int r = 0; r < m.size; r++) {
                int n = m.lengths[r];
                switch (m.ops[r]) {
                    case Myers.EQUAL -> {
                        ia += n;
                        ib += n;
                    }
                    case Myers.DELETE -> {
                        for (int k = 0; k < n; k++) deleted.add(ia + k);
                        ia += n;
                    }
                    default -> {
                        for (int k = 0; k < n; k++) inserted.add(ib + k);
                        ib += n;
                    }
                }
            }
            int[] moveA = new int[pa.size()];
            int[] moveB = new int[pb.size()];
            Map<String, List<Integer>> insertedByText = new HashMap<>();
            for (int k : inserted) insertedByText.computeIfAbsent(pb.get(k), t -> new ArrayList<>()).add(k);
            int moves = 0;
            for (int k : deleted) {
                String t = pa.get(k);
                if (t.codePointCount(0, t.length()) - 1 < MIN_MOVE) continue;
                List<Integer> there = insertedByText.get(t);
                if (there == null || there.isEmpty()) continue;
                moves++;
                moveA[k] = moves;
                moveB[there.remove(0)] = moves;
            }
            // the segments, region by region
            ia = 0;
            ib = 0;
            List<Integer> regionA = new ArrayList<>();
            List<Integer> regionB = new ArrayList<>();
            for (int r = 0; r < m.size; r++) {
                int n = m.lengths[r];
                switch (m.ops[r]) {
                    case Myers.EQUAL -> {
                        region(regionA, regionB, pa, pb, moveA, moveB);
                        StringBuilder same = new StringBuilder();
                        for (int k = 0; k < n; k++) same.append(pa.get(ia + k));
                        emit(Kind.SAME, same.toString(), 0);
                        ia += n;
                        ib += n;
                    }
                    case Myers.DELETE -> {
                        for (int k = 0; k < n; k++) regionA.add(ia + k);
                        ia += n;
                    }
                    default -> {
                        for (int k = 0; k < n; k++) regionB.add(ib + k);
                        ib += n;
                    }
                }
            }
            region(regionA, regionB, pa, pb, moveA, moveB);
            return out;
        }

        /**
         * Paragraphs deleted and inserted between two kept ones: the moved ones as moves, the others compared
         * character by character — each with its counterpart when as many stand in B as in A, else all together —
         * and the moves put back in between, each side in its own order.
         */
        void region(List<Integer> ra, List<Integer> rb, List<String> pa, List<String> pb, int[] moveA, int[] moveB) {
            if (ra.isEmpty() && rb.isEmpty()) return;
            List<String> restA = new ArrayList<>();
            List<String> restB = new ArrayList<>();
            List<int[]> awayAt = new ArrayList<>(); // {offset in the rest of A, paragraph}
            List<int[]> hereAt = new ArrayList<>();
            int length = 0;
            for (int k : ra) {
                if (moveA[k] != 0) {
                    awayAt.add(new int[]{length, k});
                } else {
                    restA.add(pa.get(k));
                    length += pa.get(k).length();
                }
            }
            length = 0;
            for (int k : rb) {
                if (moveB[k] != 0) {
                    hereAt.add(new int[]{length, k});
                } else {
                    restB.add(pb.get(k));
                    length += pb.get(k).length();
                }
            }
            List<Cleanup.Piece> pieces = new ArrayList<>();
            if (restA.size() == restB.size()) {
                // as many paragraphs changed as there were: each compared with its counterpart, which reads the same
                // as comparing them all at once and costs far less when every paragraph was touched
                for (int k = 0; k < restA.size(); k++) pieces.addAll(characters(restA.get(k), restB.get(k)));
            } else {
                pieces.addAll(characters(String.join("", restA), String.join("", restB)));
            }
            int relA = 0;
            int relB = 0;
            int nextAway = 0;
            int nextHere = 0;
            for (Cleanup.Piece p : pieces) {
                String text = p.text;
                boolean inA = p.op != Myers.INSERT;
                boolean inB = p.op != Myers.DELETE;
                while (true) {
                    while (nextAway < awayAt.size() && awayAt.get(nextAway)[0] == relA) {
                        int k = awayAt.get(nextAway++)[1];
                        emit(Kind.MOVED_AWAY, pa.get(k), moveA[k]);
                    }
                    while (nextHere < hereAt.size() && hereAt.get(nextHere)[0] == relB) {
                        int k = hereAt.get(nextHere++)[1];
                        emit(Kind.MOVED_HERE, pb.get(k), moveB[k]);
                    }
                    if (text.isEmpty()) break;
                    int take = text.length();
                    if (inA && nextAway < awayAt.size()) take = Math.min(take, awayAt.get(nextAway)[0] - relA);
                    if (inB && nextHere < hereAt.size()) take = Math.min(take, hereAt.get(nextHere)[0] - relB);
                    Kind kind = p.op == Myers.EQUAL ? Kind.SAME : p.op == Myers.DELETE ? Kind.DELETED : Kind.INSERTED;
                    emit(kind, text.substring(0, take), 0);
                    if (inA) relA += take;
                    if (inB) relB += take;
                    text = text.substring(take);
                }
            }
            while (nextAway < awayAt.size()) {
                int k = awayAt.get(nextAway++)[1];
                emit(Kind.MOVED_AWAY, pa.get(k), moveA[k]);
            }
            while (nextHere < hereAt.size()) {
                int k = hereAt.get(nextHere++)[1];
                emit(Kind.MOVED_HERE, pb.get(k), moveB[k]);
            }
            ra.clear();
            rb.clear();
        }

        /** Two texts compared code point by code point, cleaned up. */
        List<Cleanup.Piece> characters(String x, String y) {
            List<Cleanup.Piece> pieces = new ArrayList<>();
            if (x.isEmpty() && y.isEmpty()) return pieces;
            if (x.isEmpty()) {
                pieces.add(new Cleanup.Piece(Myers.INSERT, y));
                return pieces;
            }
            if (y.isEmpty()) {
                pieces.add(new Cleanup.Piece(Myers.DELETE, x));
                return pieces;
            }
            int[] cx = x.codePoints().toArray();
            int[] cy = y.codePoints().toArray();
            Myers m = Myers.diff(cx, cy, deadline);
            int px = 0;
            int py = 0;
            for (int r = 0; r < m.size; r++) {
                int n = m.lengths[r];
                switch (m.ops[r]) {
                    case Myers.EQUAL -> {
                        pieces.add(new Cleanup.Piece(Myers.EQUAL, new String(cx, px, n)));
                        px += n;
                        py += n;
                    }
                    case Myers.DELETE -> {
                        pieces.add(new Cleanup.Piece(Myers.DELETE, new String(cx, px, n)));
                        px += n;
                    }
                    default -> {
                        pieces.add(new Cleanup.Piece(Myers.INSERT, new String(cy, py, n)));
                        py += n;
                    }
                }
            }
            Cleanup.merge(pieces);
            Cleanup.semantic(pieces);
            return pieces;
        }

        void emit(Kind kind, String text, int move) {
            if (text.isEmpty()) return;
            int aTo = aPos;
            int bTo = bPos;
            if (kind == Kind.SAME || kind == Kind.DELETED || kind == Kind.MOVED_AWAY) aTo += text.length();
            if (kind == Kind.SAME || kind == Kind.INSERTED || kind == Kind.MOVED_HERE) bTo += text.length();
            if (move == 0 && !out.isEmpty()) {
                Segment last = out.get(out.size() - 1);
                if (last.kind() == kind && last.move() == 0) {
                    out.set(out.size() - 1, new Segment(kind, last.text() + text, last.aFrom(), aTo, last.bFrom(), bTo, 0));
                    aPos = aTo;
                    bPos = bTo;
                    return;
                }
            }
            out.add(new Segment(kind, text, aPos, aTo, bPos, bTo, move));
            aPos = aTo;
            bPos = bTo;
        }
    }
}
