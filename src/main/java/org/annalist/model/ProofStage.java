package org.annalist.model;

/**
 * 三校一读 of a publication, in order: 排版 → 一校 → 核红 → 二校 → 三校 → 通读 → 付印. 排版 and 付印 are signed once
 * with the PDF they name; the others are rounds, opened on a proof PDF and closed by a 校对. Stored by name (V10).
 */
public enum ProofStage implements Labels.Labelled {
    TYPESETTING("排版"),
    FIRST_PROOF("一校"),
    RED_CHECK("核红"),
    SECOND_PROOF("二校"),
    THIRD_PROOF("三校"),
    READ_THROUGH("通读"),
    PRINT("付印");

    private final String label;

    ProofStage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** A round that is opened and then closed (一校 … 通读), rather than signed once. */
    public boolean isRound() {
        return this != TYPESETTING && this != PRINT;
    }

    public static ProofStage parse(String s) {
        return Labels.parse(ProofStage.class, s, "model.label.proofStage");
    }
}
