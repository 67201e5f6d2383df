package org.annalist.ui.editor;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 修订 (track changes) in the reading view: what typing and deleting become while a reviewer's edits are recorded
 * as their pending suggestions rather than made in the text — the same markup the Word import and the check fixes
 * write, {@code [新字]{.insertion author="…" date="…" level="初审"}} and {@code [旧字]{.deletion …}}, with the review
 * level, so the reading view colours each level as 三审 on paper uses three pens.
 * <ul>
 * <li>typed text becomes the signer's insertion (continuing one of theirs at the caret, inside another reviewer's
 * insertion nested in it, and splitting a deletion it falls into);</li>
 * <li>deleted text is struck through as the signer's deletion (joined to a deletion of theirs beside it); text the
 * signer inserted at the same level simply goes; text already deleted is stepped over (Backspace and Delete move the
 * caret past it, as in Word); markup in the range stays, so bold or a note marker is never torn;</li>
 * <li>a paragraph break is not a suggestion of our markup: Backspace at a paragraph's start and Delete at its end do
 * nothing while tracking, Enter splits the paragraph as usual (it changes no words).</li>
 * </ul>
 * Pure, like {@link ReadingEdits}: the view gives it the text, which characters are hidden, and the time.
 */
public final class TrackedEdits {
    private static final Pattern LEVEL = Pattern.compile("\\blevel=\"([^\"]*)\"");

    /** Who the suggestions are by, and at which review level (初审, 复审, 终审). */
    public record Signer(String author, String level) {
        String attrs(Instant now) {
            return " author=\"" + quoted(author) + "\" date=\"" + now.truncatedTo(ChronoUnit.SECONDS) + "\" level=\"" + quoted(level) + "\"";
        }

        boolean owns(String all, ReadingEdits.Pending p) {
            return p.author().equals(author) && level.equals(levelOf(all, p));
        }
    }

    private TrackedEdits() {
    }

    /** The review level a suggestion's attributes name, or "" when it has none (from Word, from a check). */
    public static String levelOf(String all, ReadingEdits.Pending p) {
        Matcher m = LEVEL.matcher(all.substring(p.contentEnd(), p.end()));
        return m.find() ? m.group(1) : "";
    }

    /** Replacing {@code [start, end)} with typed {@code inserted} (either may be empty) while tracking. */
    public static ReadingEdits.Change replace(String all, ReadingEdits.Hidden hidden, int start, int end, String inserted,
                                              Signer who, Instant now) {
        String text = all;
        int at = start;
        if (end > start) {
            Result d = markDeleted(all, hidden, start, end, who, now);
            text = d.text();
            at = d.after();
            if (inserted.isEmpty()) return change(all, text, d.before());
        } else {
            at = ReadingEdits.insertionPoint(all, hidden, start);
        }
        if (inserted.isEmpty()) return null;
        Result r = insertAt(text, at, inserted, who, now);
        return change(all, r.text(), r.after());
    }

    /** Backspace while tracking: the shown character before the caret is struck through (or stepped over). */
    public static ReadingEdits.Change backspace(String all, ReadingEdits.Hidden hidden, int caret, Signer who, Instant now) {
        int at = ReadingEdits.left(all, hidden, caret);
        if (at >= caret || hidden.at(at) || all.charAt(at) == '\n') return null;
        if (deleted(all, at)) return new ReadingEdits.Change(at, at, "", at);
        Result d = markDeleted(all, hidden, at, ReadingEdits.right(all, hidden, at), who, now);
        return change(all, d.text(), d.before());
    }

    /** Delete while tracking: the shown character after the caret is struck through (or stepped over). */
    public static ReadingEdits.Change delete(String all, ReadingEdits.Hidden hidden, int caret, Signer who, Instant now) {
        int n = all.length();
        int at = caret;
        while (at < n && hidden.at(at)) at++;
        if (at >= n || all.charAt(at) == '\n') return null;
        int next = ReadingEdits.right(all, hidden, at);
        if (deleted(all, at)) return new ReadingEdits.Change(next, next, "", next);
        Result d = markDeleted(all, hidden, at, next, who, now);
        return change(all, d.text(), d.after());
    }

    /** A new text and places in it: {@code before}/{@code after} the edit (the caret for Backspace/Delete). */
    private record Result(String text, int before, int after) {
    }

    private record Edit(int start, int end, String text) {
    }

    /** Whether the shown character at {@code i} is inside a pending deletion (its innermost suggestion). */
    private static boolean deleted(String all, int i) {
        ReadingEdits.Pending p = innermost(all, i);
        return p != null && !p.insertion();
    }

    /** The innermost suggestion whose content holds the character at {@code i}. */
    private static ReadingEdits.Pending innermost(String all, int i) {
        int lineStart = i == 0 ? 0 : all.lastIndexOf('\n', i - 1) + 1;
        int lineEnd = all.indexOf('\n', i);
        if (lineEnd < 0) lineEnd = all.length();
        ReadingEdits.Pending best = null;
        for (ReadingEdits.Pending p : ReadingEdits.pending(all, lineStart, lineEnd)) {
            if (p.contentStart() <= i && i < p.contentEnd() && (best == null || p.end() - p.start() < best.end() - best.start())) best = p;
        }
        return best;
    }

    /** Marks the shown text of {@code [from, to)} deleted by the signer (see the class comment). */
    private static Result markDeleted(String all, ReadingEdits.Hidden hidden, int from, int to, Signer who, Instant now) {
        List<Edit> edits = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = all.charAt(i);
            if (c == '\n' || (hidden.at(i) && !escapeOfShown(all, hidden, i, to))) {
                i++;
                continue;
            }
            ReadingEdits.Pending in = innermost(all, shownAt(all, hidden, i));
            boolean skip = in != null && !in.insertion();
            boolean own = in != null && in.insertion() && who.owns(all, in);
            int j = i;
            while (j < to) {
                char cj = all.charAt(j);
                if (cj == '\n' || (hidden.at(j) && !escapeOfShown(all, hidden, j, to))) break;
                if (innermost(all, shownAt(all, hidden, j)) != in) {
                    ReadingEdits.Pending pj = innermost(all, shownAt(all, hidden, j));
                    if (!same(pj, in)) break;
                }
                j = hidden.at(j) ? j + 2 : j + 1;
            }
            j = Math.min(j, to);
            if (skip) {
                // already struck through: stays as it is
            } else if (own) {
                edits.add(new Edit(i, j, ""));
            } else {
                edits.add(wrap(all, i, j, in, who, now));
            }
            i = j;
        }
        if (edits.isEmpty()) return new Result(all, from, to);
        StringBuilder out = new StringBuilder(all.length() + 64);
        int last = 0;
        for (Edit e : edits) {
            out.append(all, last, e.start()).append(e.text());
            last = e.end();
        }
        out.append(all, last, all.length());
        Edit first = edits.get(0);
        Edit lastEdit = edits.get(edits.size() - 1);
        int shift = 0;
        for (Edit e : edits) shift += e.text().length() - (e.end() - e.start());
        return new Result(out.toString(), first.start(), lastEdit.end() + shift);
    }

    private static boolean same(ReadingEdits.Pending a, ReadingEdits.Pending b) {
        return a == b || (a != null && b != null && a.start() == b.start() && a.end() == b.end());
    }

    /** The shown character an index stands for (the character after a hidden escape). */
    private static int shownAt(String all, ReadingEdits.Hidden hidden, int i) {
        return hidden.at(i) && i + 1 < all.length() ? i + 1 : i;
    }

    private static boolean escapeOfShown(String all, ReadingEdits.Hidden hidden, int i, int to) {
        return all.charAt(i) == '\\' && i + 1 < to && !hidden.at(i + 1) && all.charAt(i + 1) != '\n';
    }

    /** {@code [a, b)} (shown text, inside {@code container} or none) struck through, joined to the signer's deletions beside it. */
    private static Edit wrap(String all, int a, int b, ReadingEdits.Pending container, Signer who, Instant now) {
        if (container != null) {
            // inside another reviewer's insertion: the dialect's "修订中的修订" — their insertion is split around a
            // deletion of ours that names it (within, within-author), see docs/markup.md
            String open = all.substring(container.start(), container.contentStart());
            String close = all.substring(container.contentEnd(), container.end());
            String del = "[" + all.substring(a, b) + "]{.deletion" + who.attrs(now) + " within=\"insertion\" within-author=\""
                    + quoted(container.author()) + "\"}";
            return new Edit(a, b, close + del + open);
        }
        ReadingEdits.Pending before = null;
        ReadingEdits.Pending after = null;
        int lineStart = a == 0 ? 0 : all.lastIndexOf('\n', a - 1) + 1;
        int lineEnd = all.indexOf('\n', b);
        if (lineEnd < 0) lineEnd = all.length();
        for (ReadingEdits.Pending p : ReadingEdits.pending(all, lineStart, lineEnd)) {
            if (p.insertion() || !who.owns(all, p)) continue;
            if (p.end() == a) before = p;
            if (p.start() == b) after = p;
        }
        int start = before != null ? before.contentEnd() : a;
        int end = after != null ? after.contentStart() : b;
        String open = before != null ? "" : "[";
        String close = after != null ? "" : "]{.deletion" + who.attrs(now) + "}";
        return new Edit(start, end, open + all.substring(a, b) + close);
    }

    /** Typed text at {@code p} as the signer's insertion. */
    private static Result insertAt(String all, int p, String typed, Signer who, Instant now) {
        String[] lines = typed.replace("\r", "").split("\n", -1);
        StringBuilder esc = new StringBuilder();
        for (int k = 0; k < lines.length; k++) {
            if (k > 0) esc.append("]{.insertion").append(who.attrs(now)).append("}\n\n[");
            esc.append(ReadingEdits.escape(lines[k], false));
        }
        String body = esc.toString();
        ReadingEdits.Pending in = null;
        int lineStart = p == 0 ? 0 : all.lastIndexOf('\n', p - 1) + 1;
        int lineEnd = all.indexOf('\n', p);
        if (lineEnd < 0) lineEnd = all.length();
        for (ReadingEdits.Pending q : ReadingEdits.pending(all, lineStart, lineEnd)) {
            if (q.contentStart() <= p && p <= q.contentEnd() && (in == null || q.end() - q.start() < in.end() - in.start())) in = q;
        }
        if (in != null && in.insertion() && who.owns(all, in) && lines.length == 1) {
            return new Result(all.substring(0, p) + body + all.substring(p), p, p + body.length());
        }
        if (in != null && !in.insertion()) {
            // inside a deletion: at its edge the insertion goes beside it, in its middle the deletion is split
            if (p == in.contentEnd()) p = in.end();
            else if (p == in.contentStart()) p = in.start();
            else {
                String open = all.substring(in.start(), in.contentStart());
                String close = all.substring(in.contentEnd(), in.end());
                String mine = "[" + body + "]{.insertion" + who.attrs(now) + "}";
                String text = all.substring(0, p) + close + mine + open + all.substring(p);
                int caret = p + close.length() + 1 + body.length();
                return new Result(text, p, caret);
            }
        }
        String mine = "[" + body + "]{.insertion" + who.attrs(now) + "}";
        return new Result(all.substring(0, p) + mine + all.substring(p), p, p + 1 + body.length());
    }

    /** The smallest change from {@code all} to {@code result}, with the caret, tidied of markup left empty. */
    static ReadingEdits.Change change(String all, String result, int caret) {
        int pre = 0;
        int max = Math.min(all.length(), result.length());
        while (pre < max && all.charAt(pre) == result.charAt(pre)) pre++;
        int suf = 0;
        while (suf < max - pre && all.charAt(all.length() - 1 - suf) == result.charAt(result.length() - 1 - suf)) suf++;
        // keep the change on whole surrogate pairs and never past the caret's side of it
        if (pre > caret) pre = Math.max(0, caret);
        ReadingEdits.Change c = new ReadingEdits.Change(pre, all.length() - suf, result.substring(pre, result.length() - suf), caret);
        return ReadingEdits.tidy(all, c);
    }

    private static String quoted(String s) {
        return s == null ? "" : s.replace("\"", "'").replace("}", ")").replace("\n", " ");
    }
}
