package org.annalist.service;

import org.annalist.i18n.LocalizedException;
import org.annalist.model.EditorialRole;
import org.annalist.model.Item;
import org.annalist.model.ItemStatus;
import org.annalist.model.ProofEvent;
import org.annalist.model.ProofEvent.Action;
import org.annalist.model.ProofStage;
import org.annalist.model.Publication;
import org.annalist.model.StaffMember;
import org.annalist.store.Archive;
import org.annalist.store.Tx;

import java.util.ArrayList;
import java.util.List;

/**
 * 三校一读 of a publication after its items are 定稿: 排版 (signed by a 责任编辑 with the first proof PDF) → 一校 → 核红 →
 * 二校 → 三校 → 通读 (rounds a 校对 closes, each opened on a proof PDF) → 付印 (signed by the 主编 with the final PDF).
 * Every PDF a step names is frozen with its SHA-256; every step is an immutable record. Refusals as in
 * {@link ReviewWorkflow}, each in one transaction.
 */
public final class ProofWorkflow {
    private static final List<ProofStage> ROUNDS = List.of(ProofStage.FIRST_PROOF, ProofStage.RED_CHECK,
            ProofStage.SECOND_PROOF, ProofStage.THIRD_PROOF, ProofStage.READ_THROUGH);

    private final Archive archive;
    private final String signer;

    public ProofWorkflow(Archive archive, String signer) {
        this.archive = archive;
        this.signer = signer;
    }

    /** 排版: the publication is set; {@code pdf} is the first proof. Every item must be 定稿. */
    public ProofEvent typeset(long publicationId, String pdfName, byte[] pdf, String opinion) {
        return archive.inTransaction(tx -> {
            StaffMember who = begin(tx, publicationId);
            ReviewWorkflow.role(who, ProofStage.TYPESETTING, EditorialRole.EDITOR);
            List<ProofEvent> events = tx.proofEvents(publicationId);
            order(tx, publicationId, events, ProofStage.TYPESETTING);
            List<Item> open = notFinalised(tx, publicationId, ReviewRule.EMPTY_PUBLICATION);
            if (!open.isEmpty()) throw new ReviewRefusedException(ReviewRule.TYPESET_NEEDS_FINALISED, title(tx, publicationId), open.size(), list(open));
            pdf(pdf, pdfName, ProofStage.TYPESETTING);
            return tx.appendProofEvent(publicationId, ProofStage.TYPESETTING, Action.SIGN, who.person().id(), who.person().name(),
                    text(opinion), null, pdfName, pdf);
        });
    }

    /** Opens a round (一校 … 通读) on the proof {@code pdf}; the stage before it must be done. */
    public ProofEvent open(long publicationId, ProofStage stage, String pdfName, byte[] pdf) {
        return archive.inTransaction(tx -> {
            StaffMember who = begin(tx, publicationId);
            if (!stage.isRound()) throw new ReviewRefusedException(ReviewRule.PROOF_ORDER, stage.label(), ProofStage.TYPESETTING.label());
            ReviewWorkflow.role(who, stage, EditorialRole.PROOFREADER, EditorialRole.EDITOR);
            order(tx, publicationId, tx.proofEvents(publicationId), stage);
            pdf(pdf, pdfName, stage);
            return tx.appendProofEvent(publicationId, stage, Action.OPEN, who.person().id(), who.person().name(), null, null, pdfName, pdf);
        });
    }

    /** Closes an open round: the 校对 says how many errors the proof had and what they found. */
    public ProofEvent close(long publicationId, ProofStage stage, int errors, String opinion) {
        return archive.inTransaction(tx -> {
            StaffMember who = begin(tx, publicationId);
            ReviewWorkflow.role(who, stage, EditorialRole.PROOFREADER);
            if (errors < 0) throw new LocalizedException("workflow.proof.errors", errors);
            List<ProofEvent> events = tx.proofEvents(publicationId);
            boolean opened = events.stream().anyMatch(e -> e.stage() == stage && e.action() == Action.OPEN);
            boolean closed = events.stream().anyMatch(e -> e.stage() == stage && e.action() == Action.CLOSE);
            if (!opened || closed) throw new ReviewRefusedException(ReviewRule.ROUND_NOT_OPEN, title(tx, publicationId), stage.label());
            return tx.appendProofEvent(publicationId, stage, Action.CLOSE, who.person().id(), who.person().name(),
                    text(opinion), errors, null, null);
        });
    }

    /** 付印: the 主编 signs the final {@code pdf}; every item must be 定稿 and every round closed. */
    public ProofEvent print(long publicationId, String pdfName, byte[] pdf, String opinion) {
        return archive.inTransaction(tx -> {
            StaffMember who = begin(tx, publicationId);
            ReviewWorkflow.role(who, ProofStage.PRINT, EditorialRole.CHIEF);
            List<Item> open = notFinalised(tx, publicationId, ReviewRule.EMPTY_PUBLICATION);
            if (!open.isEmpty()) throw new ReviewRefusedException(ReviewRule.PRINT_NEEDS_FINALISED, title(tx, publicationId), open.size(), list(open));
            List<ProofEvent> events = tx.proofEvents(publicationId);
            List<String> missing = new ArrayList<>();
            for (ProofStage r : ROUNDS) {
                if (events.stream().noneMatch(e -> e.stage() == r && e.action() == Action.CLOSE)) missing.add(r.label());
            }
            if (!missing.isEmpty()) throw new ReviewRefusedException(ReviewRule.PRINT_NEEDS_ROUNDS_CLOSED, title(tx, publicationId), String.join("、", missing));
            pdf(pdf, pdfName, ProofStage.PRINT);
            return tx.appendProofEvent(publicationId, ProofStage.PRINT, Action.SIGN, who.person().id(), who.person().name(),
                    text(opinion), null, pdfName, pdf);
        });
    }

    /** The publication's 三校一读 so far. */
    public List<ProofEvent> events(long publicationId) {
        return archive.read(tx -> tx.proofEvents(publicationId));
    }

    /** The stage the publication has reached: the last one signed, opened or closed; null before 排版. */
    public static ProofStage reached(List<ProofEvent> events) {
        return events.isEmpty() ? null : events.get(events.size() - 1).stage();
    }

    private StaffMember begin(Tx tx, long publicationId) {
        tx.actAs(signer);
        StaffMember who = ReviewWorkflow.staff(tx, signer);
        Publication p = tx.publication(publicationId).orElseThrow(() -> new LocalizedException("workflow.noPublication", publicationId));
        if (tx.proofEvents(publicationId).stream().anyMatch(e -> e.stage() == ProofStage.PRINT)) {
            throw new ReviewRefusedException(ReviewRule.PRINTED, "—", p.title());
        }
        return who;
    }

    /** Refuses {@code stage} unless the stage before it is done and it has not been started. */
    private static void order(Tx tx, long publicationId, List<ProofEvent> events, ProofStage stage) {
        ProofStage before = stage.ordinal() == 0 ? null : ProofStage.values()[stage.ordinal() - 1];
        boolean started = events.stream().anyMatch(e -> e.stage() == stage);
        boolean beforeDone = before == null || events.stream().anyMatch(e -> e.stage() == before
                && (before.isRound() ? e.action() == Action.CLOSE : e.action() == Action.SIGN));
        if (started || !beforeDone) {
            throw new ReviewRefusedException(ReviewRule.PROOF_ORDER, stage.label(), before == null ? "—" : before.label());
        }
    }

    private static List<Item> notFinalised(Tx tx, long publicationId, ReviewRule empty) {
        List<Item> items = tx.itemsOfPublication(publicationId);
        if (items.isEmpty()) throw new ReviewRefusedException(empty, title(tx, publicationId));
        return items.stream().filter(i -> i.status() != ItemStatus.FINALISED).toList();
    }

    private static String list(List<Item> items) {
        List<String> names = items.stream().limit(5).map(i -> "#" + i.id() + "《" + i.title() + "》" + i.status().label()).toList();
        return String.join("、", names) + (items.size() > 5 ? "……" : "");
    }

    private static void pdf(byte[] pdf, String name, ProofStage stage) {
        if (pdf == null || pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new ReviewRefusedException(ReviewRule.PROOF_PDF_REQUIRED, stage.label(), name == null ? "—" : name);
        }
    }

    private static String title(Tx tx, long publicationId) {
        return tx.publication(publicationId).map(Publication::title).orElse("?");
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
