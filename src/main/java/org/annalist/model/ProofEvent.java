package org.annalist.model;

import java.time.Instant;

/**
 * One step of a publication's 三校一读, immutable once stored: a stage signed ({@code SIGN}: 排版, 付印), or a round
 * opened or closed. {@code pdfSha256} freezes the proof PDF the step names (null when none); {@code errors} is what a
 * closing 校对 counted.
 */
public record ProofEvent(long id, long publicationId, int seq, ProofStage stage, Action action, long personId,
                         String personName, Instant at, String opinion, Integer errors, String pdfName, String pdfSha256) {
    public enum Action { SIGN, OPEN, CLOSE }
}
