package org.annalist.model;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The 差错率 of a round of 三校一读 as an editor recorded it: how many errors of each kind the proof had (counted by
 * hand, or taken from the checker's findings accepted while the round was open), and the 版面字数 they are measured
 * on — characters per line (across the text block) × lines per page × the proof's pages, from {@code template}.
 * The rate is the weighted errors over the 版面字数; at most 1/10,000 passes (CY/T 266).
 */
public record ProofErrorCount(long id, long publicationId, ProofStage stage, Map<ProofErrorKind, Integer> counts,
                              Source source, String template, int charsPerLine, int linesPerPage, int pages,
                              Instant at, String by) {

    /** Where the counts come from. */
    public enum Source { EDITOR, CHECKER }

    public ProofErrorCount {
        EnumMap<ProofErrorKind, Integer> m = new EnumMap<>(ProofErrorKind.class);
        counts.forEach((k, v) -> {
            if (v < 0) throw new IllegalArgumentException("negative count of " + k);
            if (v > 0) m.put(k, v);
        });
        counts = Collections.unmodifiableMap(m);
    }

    /** The count of one kind (0 when none). */
    public int count(ProofErrorKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** Errors counted, each once. */
    public int errors() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The errors weighted, in tenths: three punctuation marks and a wrong character make 13. */
    public long weightedTenths() {
        long t = 0;
        for (var e : counts.entrySet()) t += (long) e.getKey().tenths() * e.getValue();
        return t;
    }

    /** The weighted errors: 1.3. */
    public double weighted() {
        return weightedTenths() / 10.0;
    }

    /** 版面字数: characters per line × lines per page × pages. */
    public long layoutCharacters() {
        return (long) charsPerLine * linesPerPage * pages;
    }

    /** The 差错率: weighted errors over 版面字数. */
    public double rate() {
        return weighted() / layoutCharacters();
    }

    /** 合格: at most one error in 10,000 characters (exactly, in whole numbers). */
    public boolean passes() {
        return weightedTenths() * 1000 <= layoutCharacters();
    }

    /** The counts as stored: one "KIND=count" line each. */
    public static String countsText(Map<ProofErrorKind, Integer> counts) {
        StringBuilder sb = new StringBuilder();
        for (ProofErrorKind k : ProofErrorKind.values()) {
            Integer n = counts.get(k);
            if (n != null && n > 0) sb.append(k.name()).append('=').append(n).append('\n');
        }
        return sb.toString();
    }

    /** The counts read back from {@link #countsText}. */
    public static Map<ProofErrorKind, Integer> parseCounts(String text) {
        EnumMap<ProofErrorKind, Integer> m = new EnumMap<>(ProofErrorKind.class);
        for (String line : text.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq < 0) continue;
            m.put(ProofErrorKind.valueOf(line.substring(0, eq).strip()), Integer.parseInt(line.substring(eq + 1).strip()));
        }
        return m;
    }
}
