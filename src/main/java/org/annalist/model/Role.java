package org.annalist.model;

/** A person's part in an item. */
public enum Role {
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

    public String label() {
        return label;
    }

    public static Role parse(String s) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(s.trim()) || r.label.equals(s.trim())) return r;
        }
        if ("撰稿".equals(s.trim()) || "撰文".equals(s.trim())) return AUTHOR;
        if ("记录".equals(s.trim()) || "记录整理".equals(s.trim())) return COMPILER;
        throw new IllegalArgumentException("未知的角色：" + s + "（应为 作者、口述、整理 或 摄影）");
    }
}
