package org.annalist.service;

/**
 * The rules of 三审三校 that {@link ReviewWorkflow} and {@link ProofWorkflow} enforce; a refusal names its rule
 * ({@link ReviewRefusedException#rule()}) and says in the editor's words what is wrong.
 */
public enum ReviewRule {
    /** Only a person of the archive holding a duty signs. */
    NOT_STAFF("workflow.refused.notStaff"),
    /** Each step needs its duty: 初审 a 责任编辑, 复审 a 编辑部主任, 终审 and 付印 the 主编, the rounds a 校对 … */
    ROLE_REQUIRED("workflow.refused.role"),
    /** A step allowed only from certain states (送初审 from 收稿, 通过 from 初审 or 复审 …). */
    NOT_FROM_STATE("workflow.refused.state"),
    /** No person signs two review levels (初审, 复审, 终审) of one item. */
    ONE_LEVEL_PER_PERSON("workflow.refused.twoLevels"),
    /** Only 终审 accepts (定稿) or holds (存稿). */
    ONLY_FINAL_ACCEPTS("workflow.refused.onlyFinal"),
    /** 初审 only proposes rejection; 复审 confirms it. */
    FIRST_CANNOT_REJECT("workflow.refused.firstReject"),
    /** 复审 rejects only when 初审 proposed it; otherwise the disagreement goes to 终审. */
    REJECT_NEEDS_PROPOSAL("workflow.refused.rejectProposal"),
    /** A decision (定稿, 存稿, 退稿) is reversed only with a stated reason. */
    REASON_REQUIRED("workflow.refused.reason"),
    /** Every level writes its opinion on the 审稿单. */
    OPINION_REQUIRED("workflow.refused.opinion"),
    /** 年鉴 entries pass 供稿单位审核 before 初审. */
    UNIT_REVIEW_REQUIRED("workflow.refused.unitReview"),
    /** 供稿单位审核 is for 年鉴 entries; 文史 articles go straight to 初审. */
    UNIT_REVIEW_ONLY_YEARBOOK("workflow.refused.unitReviewArticle"),
    /** The unit's approval comes with its signed and stamped 审核单, attached to the item. */
    UNIT_SHEET_REQUIRED("workflow.refused.unitSheet"),
    /** A revised text returns to the level that asked for it. */
    RETURN_TO_ASKER("workflow.refused.returnTo"),
    /** Nothing changes in a publication once it is 付印. */
    PRINTED("workflow.refused.printed"),
    /** 排版 needs every item of the publication 定稿. */
    TYPESET_NEEDS_FINALISED("workflow.refused.typesetFinalised"),
    /** 付印 needs every item 定稿. */
    PRINT_NEEDS_FINALISED("workflow.refused.printFinalised"),
    /** 付印 needs every proof round (一校 … 通读) closed. */
    PRINT_NEEDS_ROUNDS_CLOSED("workflow.refused.printRounds"),
    /** 排版 → 一校 → 核红 → 二校 → 三校 → 通读 → 付印, each after the one before is done. */
    PROOF_ORDER("workflow.refused.proofOrder"),
    /** A round is closed only when it is open. */
    ROUND_NOT_OPEN("workflow.refused.roundNotOpen"),
    /** 排版, a round's opening and 付印 freeze the proof PDF they name. */
    PROOF_PDF_REQUIRED("workflow.refused.pdf"),
    /** A publication with no items is not typeset or printed. */
    EMPTY_PUBLICATION("workflow.refused.empty");

    private final String key;

    ReviewRule(String key) {
        this.key = key;
    }

    /** The message key of the refusal. */
    public String key() {
        return key;
    }
}
