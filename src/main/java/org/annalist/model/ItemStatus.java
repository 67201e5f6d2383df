package org.annalist.model;

/** Where an item stands in 三审三校; the review issue adds the transitions. */
public enum ItemStatus implements Labels.Labelled {
    RECEIVED("收稿"),
    EDITING("编辑中"),
    FIRST_REVIEW("初审"),
    SECOND_REVIEW("复审"),
    FINAL_REVIEW("终审"),
    FINALISED("定稿"),
    /** 留用: accepted, held for a later 辑. */
    HELD("留用"),
    REJECTED("退稿");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static ItemStatus parse(String s) {
        return Labels.parse(ItemStatus.class, s, "model.label.itemStatus");
    }
}
