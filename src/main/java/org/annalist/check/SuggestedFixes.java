package org.annalist.check;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Accepting findings: each fix written into the Markdown as a pending suggestion of the user
 * ({@code [,]{.deletion author="…" date="…"}[，]{.insertion …}}, see {@link org.annalist.doc.Suggestions}), so it
 * passes through review like any other change. Only the characters that differ are marked (5~95% gets a deletion of
 * "~" and an insertion of "%～"); the rest of the text is left byte for byte as it was.
 */
public final class SuggestedFixes {
    private static final String ESCAPED = "\\`*_[]^~<>|{}!&#";

    /** What applying did: the new text and how many fixes went in. */
    public record Applied(String markdown, int applied) {
    }

    private SuggestedFixes() {
    }

    /**
     * The fixes of {@code findings} (those with one, not overlapping an earlier one) written into {@code markdown}
     * as suggestions by {@code author} at {@code date}.
     */
    public static Applied apply(String markdown, List<Finding> findings, String author, Instant date) {
        List<Finding> fixes = new ArrayList<>(findings.stream().filter(Finding::hasFix).toList());
        fixes.sort(Comparator.comparingInt(Finding::start));
        String attrs = " author=" + quoted(author) + " date=" + quoted(date.truncatedTo(ChronoUnit.SECONDS).toString());
        StringBuilder out = new StringBuilder(markdown.length() + fixes.size() * 80);
        int at = 0;
        int n = 0;
        for (Finding f : fixes) {
            if (f.start() < at || !markdown.startsWith(f.text(), f.start())) continue;
            String old = f.text();
            String neu = f.replacement();
            int pre = 0;
            while (pre < old.length() && pre < neu.length() && old.charAt(pre) == neu.charAt(pre)) pre++;
            int suf = 0;
            while (suf < old.length() - pre && suf < neu.length() - pre
                    && old.charAt(old.length() - 1 - suf) == neu.charAt(neu.length() - 1 - suf)) suf++;
            String deleted = old.substring(pre, old.length() - suf);
            String inserted = neu.substring(pre, neu.length() - suf);
            out.append(markdown, at, f.start() + pre);
            if (!deleted.isEmpty()) out.append('[').append(escaped(deleted)).append("]{.deletion").append(attrs).append('}');
            if (!inserted.isEmpty()) out.append('[').append(escaped(inserted)).append("]{.insertion").append(attrs).append('}');
            at = f.end() - suf;
            n++;
        }
        out.append(markdown, at, markdown.length());
        return new Applied(out.toString(), n);
    }

    private static String escaped(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                sb.append(' ');
                continue;
            }
            if (ESCAPED.indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    private static String quoted(String value) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ("\\\"*_[]`^~<>&!{}|".indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.append('"').toString();
    }
}
