package org.annalist.model;

/**
 * Where an item stands in 三审: 收稿 → (年鉴: 供稿单位审核) → 初审 → 复审 → 终审 → 定稿 | 存稿 | 退稿, with 退修 rounds
 * back to the contributor. The transitions and their rules are in {@code org.annalist.service.ReviewWorkflow}; the
 * proof rounds after 定稿 belong to the publication ({@link ProofStage}). Stored by name (V1, widened by V10).
 */
public enum ItemStatus implements Labels.Labelled {
    RECEIVED("收稿"),
    /** 编辑中: an older state kept for archives that used it; review treats it as 收稿. */
    EDITING("编辑中"),
    /** 供稿单位审核 (年鉴): the contributing unit's head approves; its signed 审核单 is attached. */
    UNIT_REVIEW("供稿单位审核"),
    FIRST_REVIEW("初审"),
    SECOND_REVIEW("复审"),
    FINAL_REVIEW("终审"),
    /** 退修: back with the contributor for changes; returns to the level that asked. */
    REVISING("退修"),
    FINALISED("定稿"),
    /** 存稿 (留用): accepted, held for a later 辑. */
    HELD("存稿"),
    REJECTED("退稿");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** 初审, 复审 or 终审: a level one person signs at most once per item. */
    public boolean isReviewLevel() {
        return this == FIRST_REVIEW || this == SECOND_REVIEW || this == FINAL_REVIEW;
    }

    /** 定稿, 存稿 or 退稿: a decision that only a stated reason reverses. */
    public boolean isDecided() {
        return this == FINALISED || this == HELD || this == REJECTED;
    }

    public static ItemStatus parse(String s) {
        if (s != null && s.strip().equals("留用")) return HELD;
        return Labels.parse(ItemStatus.class, s, "model.label.itemStatus");
    }
}
