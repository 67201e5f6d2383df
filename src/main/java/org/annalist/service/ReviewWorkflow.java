package org.annalist.service;

import org.annalist.i18n.LocalizedException;
import org.annalist.model.Attachment;
import org.annalist.model.EditorialRole;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemStatus;
import org.annalist.model.Person;
import org.annalist.model.ProofStage;
import org.annalist.model.Revision;
import org.annalist.model.ReviewDecision;
import org.annalist.model.ReviewSheet;
import org.annalist.model.StaffMember;
import org.annalist.store.Archive;
import org.annalist.store.Tx;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.annalist.model.ItemStatus.*;
import static org.annalist.model.ReviewDecision.*;

/**
 * 三审: an item's way through review as an explicit state machine.
 *
 * <pre>
 * 收稿 ─送供稿单位审核─▶ 供稿单位审核 ─审核通过(审核单)─▶ 初审      (年鉴 entries)
 * 收稿 ─送初审─▶ 初审                                              (文史 articles)
 * 初审 ─通过/建议退稿─▶ 复审 ─通过/建议退稿─▶ 终审 ─定稿/存稿/退稿─▶ 定稿 | 存稿 | 退稿
 * 复审 ─退稿 (confirming 初审's proposal)─▶ 退稿
 * any level ─退修─▶ 退修 ─修改稿返回─▶ the level that asked
 * 定稿 | 存稿 | 退稿 ─撤销决定 (with a reason)─▶ a review level;   存稿 ─定稿─▶ 定稿
 * </pre>
 *
 * Each step is checked against the {@link ReviewRule}s and done in one transaction: the item's state changes, and an
 * immutable 审稿单 names the hash of the revision the text is (a step over an unchanged text makes no empty revision;
 * a text not yet a revision is saved as one signed by the signer). A refused
 * step writes nothing and says why. The signer is the session's user, a person of the archive with the duty the
 * step needs (see {@link StaffService#signIn}).
 */
public final class ReviewWorkflow {
    private final Archive archive;
    private final String signer;

    public ReviewWorkflow(Archive archive, String signer) {
        this.archive = archive;
        this.signer = signer;
    }

    /**
     * Moves the item to {@code target}, the decision following from where it stands (see {@link #decisionFor});
     * {@code reason} is needed to reverse a decision, {@code attachmentId} (the 审核单) for a 供稿单位 approval.
     */
    public ReviewSheet moveTo(long itemId, ItemStatus target, String opinion, String reason, Long attachmentId) {
        return moveTo(itemId, target, opinion, reason, attachmentId, null);
    }

    /** As {@link #moveTo(long, ItemStatus, String, String, Long)}, storing {@code scan} (may be null) as the 审核单. */
    public ReviewSheet moveTo(long itemId, ItemStatus target, String opinion, String reason, Long attachmentId, ScannedSheet scan) {
        return archive.inTransaction(tx -> {
            Item item = item(tx, itemId);
            ReviewDecision d = decisionFor(item.status(), target);
            if (d == null) throw new ReviewRefusedException(ReviewRule.NOT_FROM_STATE, item.title(), item.status().label(), target.label());
            return step(tx, item, d, target, opinion, reason, attach(tx, item, attachmentId, scan));
        });
    }

    /** Takes {@code decision} on the item; {@code target} only for 撤销决定 (null: back to the level that decided). */
    public ReviewSheet decide(long itemId, ReviewDecision decision, ItemStatus target, String opinion, String reason,
                              Long attachmentId) {
        return decide(itemId, decision, target, opinion, reason, attachmentId, null);
    }

    /** As {@link #decide(long, ReviewDecision, ItemStatus, String, String, Long)}, storing {@code scan} as the 审核单. */
    public ReviewSheet decide(long itemId, ReviewDecision decision, ItemStatus target, String opinion, String reason,
                              Long attachmentId, ScannedSheet scan) {
        return archive.inTransaction(tx -> {
            Item item = item(tx, itemId);
            return step(tx, item, decision, target, opinion, reason, attach(tx, item, attachmentId, scan));
        });
    }

    /** A scanned 审核单 to attach to the item in the same transaction as the step that needs it. */
    public record ScannedSheet(String fileName, String mediaType, byte[] bytes) {
        /** The scan in a file (PDF, PNG, JPEG or TIFF, told by its name). */
        public static ScannedSheet read(java.nio.file.Path file) {
            byte[] bytes;
            try {
                bytes = java.nio.file.Files.readAllBytes(file);
            } catch (java.io.IOException e) {
                throw new LocalizedException("workflow.sheetUnreadable", file, e.getMessage());
            }
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            String type = name.endsWith(".pdf") ? "application/pdf" : name.endsWith(".png") ? "image/png"
                    : name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg"
                    : name.endsWith(".tif") || name.endsWith(".tiff") ? "image/tiff" : "application/octet-stream";
            return new ScannedSheet(file.getFileName().toString(), type, bytes);
        }
    }

    private Long attach(Tx tx, Item item, Long attachmentId, ScannedSheet scan) {
        if (scan == null) return attachmentId;
        return tx.insertAttachment(item.id(), scan.fileName(), scan.mediaType(), scan.bytes(), signer).id();
    }

    /** The decision that takes an item from {@code from} to {@code to}, or null when no single step does. */
    public static ReviewDecision decisionFor(ItemStatus from, ItemStatus to) {
        if (from == to) return null;
        if (from.isDecided() && to.isReviewLevel()) return REOPEN;
        if (from == REVISING && (to.isReviewLevel() || to == UNIT_REVIEW)) return RESUBMIT;
        return switch (to) {
            case UNIT_REVIEW -> received(from) ? SEND_TO_UNIT : null;
            case FIRST_REVIEW -> received(from) ? SUBMIT : from == UNIT_REVIEW ? UNIT_APPROVE : null;
            case SECOND_REVIEW -> from == FIRST_REVIEW ? PASS : null;
            case FINAL_REVIEW -> from == SECOND_REVIEW ? PASS : null;
            case REVISING -> RETURN;
            case FINALISED -> ACCEPT;
            case HELD -> HOLD;
            case REJECTED -> REJECT;
            default -> null;
        };
    }

    /**
     * A step the signer may take on the item as it stands: the decision, where it leads, whether it needs a reason
     * (撤销决定), an opinion (a review level's decision) or the 审核单 (供稿单位审核通过).
     */
    public record Offer(ReviewDecision decision, ItemStatus to, boolean needsOpinion, boolean needsReason, boolean needsSheet) {
    }

    /**
     * The steps the state machine allows the signer on the item now, each tried against every rule without writing
     * anything (what the desktop's 审稿 menu offers). Empty when the signer holds no duty or nothing is open to them.
     */
    public List<Offer> offers(long itemId) {
        return archive.read(tx -> {
            Item item = item(tx, itemId);
            List<Offer> out = new java.util.ArrayList<>();
            for (ReviewDecision d : ReviewDecision.values()) {
                boolean sheet = false;
                ItemStatus to;
                try {
                    to = check(tx, item, d, null, "—", "—", -1L).to();
                } catch (ReviewRefusedException e) {
                    if (e.rule() != ReviewRule.UNIT_SHEET_REQUIRED) continue;
                    sheet = true;
                    to = FIRST_REVIEW;
                }
                ItemStatus from = item.status();
                out.add(new Offer(d, to, from.isReviewLevel() || from == UNIT_REVIEW, d == REOPEN, sheet));
            }
            return out;
        });
    }

    private record Checked(StaffMember who, ItemStatus to, String opinion, String reason) {
    }

    private ReviewSheet step(Tx tx, Item item, ReviewDecision d, ItemStatus target, String opinion, String reason,
                             Long attachmentId) {
        tx.actAs(signer);
        Checked c = check(tx, item, d, target, opinion, reason, attachmentId);
        StaffMember who = c.who();
        ItemStatus from = item.status();
        ItemStatus to = c.to();
        String text = c.opinion();
        String why = c.reason();
        String note = from.label() + "：" + d.label() + (text.isEmpty() ? "" : "——" + clip(text, 200));
        Item signed = tx.signItem(item.id(), item.revision(), to, who.person().name(), note);
        Revision rev = tx.revision(signed.id(), signed.revision()).orElseThrow();
        return tx.appendReviewSheet(new ReviewSheet(0, item.id(), 0, from, d, to, who.person().id(), who.person().name(),
                rev.createdAt(), text, why, rev.number(), rev.sha256(), d == UNIT_APPROVE ? attachmentId : null, null));
    }

    /** Every rule for the step, nothing written; {@code attachmentId} -1: the 审核单 is not looked at yet. */
    private Checked check(Tx tx, Item item, ReviewDecision d, ItemStatus target, String opinion, String reason,
                          Long attachmentId) {
        StaffMember who = staff(tx);
        ItemStatus from = item.status();
        printedCheck(tx, item);
        List<ReviewSheet> sheets = tx.reviewSheets(item.id());
        ItemStatus to = switch (d) {
            case SEND_TO_UNIT -> {
                require(from, received(from), d, item);
                if (item.kind() != ItemKind.ENTRY) throw new ReviewRefusedException(ReviewRule.UNIT_REVIEW_ONLY_YEARBOOK, item.title());
                role(who, d, EditorialRole.EDITOR);
                yield UNIT_REVIEW;
            }
            case SUBMIT -> {
                require(from, received(from), d, item);
                if (item.kind() == ItemKind.ENTRY) throw new ReviewRefusedException(ReviewRule.UNIT_REVIEW_REQUIRED, item.title());
                role(who, d, EditorialRole.EDITOR);
                yield FIRST_REVIEW;
            }
            case UNIT_APPROVE -> {
                require(from, from == UNIT_REVIEW, d, item);
                role(who, d, EditorialRole.UNIT_CONTACT, EditorialRole.EDITOR);
                if (attachmentId != null && attachmentId == -1L) throw new ReviewRefusedException(ReviewRule.UNIT_SHEET_REQUIRED, item.title(), "—");
                if (attachmentId == null || tx.attachments(item.id()).stream().map(Attachment::id).noneMatch(attachmentId::equals)) {
                    throw new ReviewRefusedException(ReviewRule.UNIT_SHEET_REQUIRED, item.title(), attachmentId == null ? "—" : attachmentId);
                }
                yield FIRST_REVIEW;
            }
            case PASS, PROPOSE_REJECT -> {
                require(from, from == FIRST_REVIEW || from == SECOND_REVIEW, d, item);
                levelRole(who, d, from);
                yield from == FIRST_REVIEW ? SECOND_REVIEW : FINAL_REVIEW;
            }
            case RETURN -> {
                require(from, from.isReviewLevel() || from == UNIT_REVIEW, d, item);
                if (from == UNIT_REVIEW) role(who, d, EditorialRole.UNIT_CONTACT, EditorialRole.EDITOR);
                else levelRole(who, d, from);
                yield REVISING;
            }
            case RESUBMIT -> {
                require(from, from == REVISING, d, item);
                role(who, d, EditorialRole.UNIT_CONTACT, EditorialRole.EDITOR);
                ItemStatus asker = sheets.stream().filter(s -> s.decision() == RETURN).reduce((a, b) -> b)
                        .map(ReviewSheet::level).orElse(FIRST_REVIEW);
                if (target != null && target != REVISING && target != asker) {
                    throw new ReviewRefusedException(ReviewRule.RETURN_TO_ASKER, item.title(), asker.label(), target.label());
                }
                yield asker;
            }
            case ACCEPT, HOLD -> {
                if (from == FIRST_REVIEW || from == SECOND_REVIEW || from == UNIT_REVIEW || received(from) || from == REVISING) {
                    throw new ReviewRefusedException(ReviewRule.ONLY_FINAL_ACCEPTS, item.title(), from.label(), d.label());
                }
                require(from, from == FINAL_REVIEW || (d == ACCEPT && from == HELD), d, item);
                role(who, d, EditorialRole.CHIEF);
                yield d == ACCEPT ? FINALISED : HELD;
            }
            case REJECT -> {
                if (from == FIRST_REVIEW) throw new ReviewRefusedException(ReviewRule.FIRST_CANNOT_REJECT, item.title());
                require(from, from == SECOND_REVIEW || from == FINAL_REVIEW, d, item);
                levelRole(who, d, from);
                if (from == SECOND_REVIEW && sheets.stream().filter(s -> s.level() == FIRST_REVIEW).reduce((a, b) -> b)
                        .map(s -> s.decision() != PROPOSE_REJECT).orElse(true)) {
                    throw new ReviewRefusedException(ReviewRule.REJECT_NEEDS_PROPOSAL, item.title());
                }
                yield REJECTED;
            }
            case REOPEN -> {
                require(from, from.isDecided(), d, item);
                ReviewSheet decided = sheets.stream().filter(s -> s.to() == from).reduce((a, b) -> b).orElse(null);
                ItemStatus back = target != null ? target : decided != null && decided.level().isReviewLevel() ? decided.level() : FINAL_REVIEW;
                if (!back.isReviewLevel()) throw new ReviewRefusedException(ReviewRule.NOT_FROM_STATE, item.title(), from.label(), back.label());
                if (decided != null && decided.level() == SECOND_REVIEW) role(who, d, EditorialRole.DIRECTOR, EditorialRole.CHIEF);
                else role(who, d, EditorialRole.CHIEF);
                if (reason == null || reason.isBlank()) throw new ReviewRefusedException(ReviewRule.REASON_REQUIRED, item.title(), from.label());
                yield back;
            }
        };
        if (target != null && d != REOPEN && d != RESUBMIT && target != to) {
            throw new ReviewRefusedException(ReviewRule.NOT_FROM_STATE, item.title(), from.label(), target.label());
        }
        if (from.isReviewLevel()) {
            for (ReviewSheet s : sheets) {
                if (s.personId() == who.person().id() && s.level().isReviewLevel() && s.level() != from) {
                    throw new ReviewRefusedException(ReviewRule.ONE_LEVEL_PER_PERSON, who.person().name(), s.level().label(),
                            item.title(), from.label());
                }
            }
        }
        boolean levelDecision = from.isReviewLevel() || from == UNIT_REVIEW;
        String text = opinion == null ? "" : opinion.strip();
        if (levelDecision && text.isEmpty()) throw new ReviewRefusedException(ReviewRule.OPINION_REQUIRED, item.title(), from.label());
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        return new Checked(who, to, text, why);
    }

    /** An item's 审稿单 in order. */
    public List<ReviewSheet> sheets(long itemId) {
        return archive.read(tx -> {
            item(tx, itemId);
            return tx.reviewSheets(itemId);
        });
    }

    /** An item's history: revisions, 审稿单, and what failed verification (changed revisions, a broken 审稿单 chain). */
    public record History(Item item, List<Revision> revisions, List<ReviewSheet> sheets, List<String> broken) {
    }

    public History history(long itemId) {
        return archive.read(tx -> {
            Item item = item(tx, itemId);
            List<Revision> revisions = tx.revisions(itemId);
            List<String> broken = new java.util.ArrayList<>(tx.verifyReviewSheets(itemId));
            for (Revision r : revisions) {
                if (!tx.verifyRevision(itemId, r.number()).orElse(false)) broken.add(itemId + "#r" + r.number());
            }
            return new History(item, revisions, tx.reviewSheets(itemId), broken);
        });
    }

    private static boolean received(ItemStatus s) {
        return s == RECEIVED || s == EDITING;
    }

    private static void require(ItemStatus from, boolean allowed, ReviewDecision d, Item item) {
        if (!allowed) throw new ReviewRefusedException(ReviewRule.NOT_FROM_STATE, item.title(), from.label(), d.label());
    }

    /** The duty a review level needs. */
    static EditorialRole levelDuty(ItemStatus level) {
        return switch (level) {
            case FIRST_REVIEW -> EditorialRole.EDITOR;
            case SECOND_REVIEW -> EditorialRole.DIRECTOR;
            case FINAL_REVIEW -> EditorialRole.CHIEF;
            default -> throw new IllegalArgumentException(level.name());
        };
    }

    private static void levelRole(StaffMember who, ReviewDecision d, ItemStatus level) {
        role(who, d, levelDuty(level));
    }

    static void role(StaffMember who, Object step, EditorialRole... any) {
        Set<EditorialRole> needed = EnumSet.noneOf(EditorialRole.class);
        for (EditorialRole r : any) {
            if (who.has(r)) return;
            needed.add(r);
        }
        String label = step instanceof ReviewDecision d ? d.label() : step instanceof ProofStage p ? p.label() : String.valueOf(step);
        throw new ReviewRefusedException(ReviewRule.ROLE_REQUIRED, who.person().name(), label,
                String.join("、", needed.stream().map(EditorialRole::label).toList()));
    }

    /** The signer as a person of the archive with duties. */
    StaffMember staff(Tx tx) {
        return staff(tx, signer);
    }

    static StaffMember staff(Tx tx, String name) {
        Person p = name == null ? null : tx.personByName(name.strip()).orElse(null);
        StaffMember m = p == null ? null : tx.staff(p.id()).orElse(null);
        if (m == null || m.roles().isEmpty()) throw new ReviewRefusedException(ReviewRule.NOT_STAFF, name == null ? "" : name);
        return m;
    }

    private static void printedCheck(Tx tx, Item item) {
        if (item.sectionId() == null) return;
        long pub = tx.section(item.sectionId()).orElseThrow().publicationId();
        if (tx.proofEvents(pub).stream().anyMatch(e -> e.stage() == ProofStage.PRINT)) {
            throw new ReviewRefusedException(ReviewRule.PRINTED, item.title(), tx.publication(pub).map(p -> p.title()).orElse("?"));
        }
    }

    private static Item item(Tx tx, long itemId) {
        return tx.item(itemId).orElseThrow(() -> new LocalizedException("review.noItem", itemId));
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
