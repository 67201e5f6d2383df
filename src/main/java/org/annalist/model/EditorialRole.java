package org.annalist.model;

/** A duty in the 编辑部 (or for it): who may sign which step of 三审三校. A person may hold several. */
public enum EditorialRole implements Labels.Labelled {
    /** 责任编辑: 初审, sends items on, records 供稿单位 approvals. */
    EDITOR("责任编辑"),
    /** 编辑部主任: 复审. */
    DIRECTOR("编辑部主任"),
    /** 主编: 终审, the only one who accepts (定稿); signs 付印. */
    CHIEF("主编"),
    /** 校对: the proof rounds 一校 … 通读. */
    PROOFREADER("校对"),
    /** 供稿单位联系人: sends the unit's approval and the revised text back. */
    UNIT_CONTACT("供稿单位联系人");

    private final String label;

    EditorialRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static EditorialRole parse(String s) {
        String t = s == null ? "" : s.strip();
        if (t.equals("编辑")) return EDITOR;
        if (t.equals("终审")) return CHIEF;
        if (t.equals("联系人")) return UNIT_CONTACT;
        return Labels.parse(EditorialRole.class, s, "model.label.editorialRole");
    }
}
