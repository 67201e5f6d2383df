package org.annalist.model;

/** What one step of review decides (the 审稿单's 处理意见). Stored by name (V10). */
public enum ReviewDecision implements Labels.Labelled {
    /** 年鉴: 收稿 → 供稿单位审核. */
    SEND_TO_UNIT("送供稿单位审核"),
    /** 年鉴: 供稿单位审核 → 初审, with the unit's signed 审核单 attached. */
    UNIT_APPROVE("供稿单位审核通过"),
    /** 文史: 收稿 → 初审. */
    SUBMIT("送初审"),
    /** 初审 → 复审, 复审 → 终审. */
    PASS("通过"),
    /** 初审 or 复审 proposes rejection; the next level confirms or not. */
    PROPOSE_REJECT("建议退稿"),
    /** 退修: back to the contributor. */
    RETURN("退修"),
    /** The revised text comes back to the level that asked for it. */
    RESUBMIT("修改稿返回"),
    /** 定稿: only 终审. */
    ACCEPT("定稿"),
    /** 存稿: accepted, held for a later 辑; only 终审. */
    HOLD("存稿"),
    /** 退稿. */
    REJECT("退稿"),
    /** A decision (定稿, 存稿, 退稿) reversed, with a stated reason. */
    REOPEN("撤销决定");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static ReviewDecision parse(String s) {
        return Labels.parse(ReviewDecision.class, s, "model.label.reviewDecision");
    }
}
