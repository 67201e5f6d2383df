package org.annalist.typeset.inline;

/** Which line breaker to use. */
public enum BreakAlgorithm {
    /** Knuth–Plass total fit: the best breaks for the whole paragraph, 孤字 avoided. */
    TOTAL_FIT,
    /** First fit: as much as fits on each line (with shrinking); cheap, for previews. */
    FIRST_FIT
}
