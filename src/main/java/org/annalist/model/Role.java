package org.annalist.model;

import org.annalist.i18n.Texts;

/** A person's part in an item. */
public enum Role implements Labels.Labelled {
    AUTHOR("作者", "model.role.author"),
    /** 口述: the narrator of an oral history. */
    NARRATOR("口述", "model.role.narrator"),
    /** 整理: who wrote an oral account down and edited it. */
    COMPILER("整理", "model.role.compiler"),
    PHOTOGRAPHER("摄影", "model.role.photographer");

    private final String label;
    private final String key;

    Role(String label, String key) {
        this.label = label;
        this.key = key;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The role named in the language of messages, for reports and screens ({@link #label()} is the Chinese word
     * editors write and the book prints).
     */
    public String text() {
        return Texts.get(key);
    }

    public static Role parse(String s) {
        String t = s == null ? "" : s.strip();
        if (t.equals("撰稿") || t.equals("撰文")) return AUTHOR;
        if (t.equals("记录") || t.equals("记录整理")) return COMPILER;
        return Labels.parse(Role.class, s, "model.label.role");
    }
}
