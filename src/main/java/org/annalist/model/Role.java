package org.annalist.model;

/** A person's part in an item. */
public enum Role implements Labels.Labelled {
    AUTHOR("作者"),
    /** 口述: the narrator of an oral history. */
    NARRATOR("口述"),
    /** 整理: who wrote an oral account down and edited it. */
    COMPILER("整理"),
    PHOTOGRAPHER("摄影");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Role parse(String s) {
        String t = s == null ? "" : s.strip();
        if (t.equals("撰稿") || t.equals("撰文")) return AUTHOR;
        if (t.equals("记录") || t.equals("记录整理")) return COMPILER;
        return Labels.parse(Role.class, s, "model.label.role");
    }
}
