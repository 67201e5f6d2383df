package org.annalist.typeset.font;

import org.annalist.i18n.Texts;

/** The typographic roles a template assigns fonts to. */
public enum FontRole {
    /** 宋体: body text. */
    SONG("宋", "宋体"),
    /** 黑体: headings, 条目 titles. */
    HEI("黑", "黑体"),
    /** 楷体: bylines, quotations, captions. */
    KAI("楷", "楷体"),
    /** 仿宋: documents, notes. */
    FANG("仿", "仿宋"),
    /** Latin letters and digits inside Chinese text. */
    LATIN("西文", "西文字体");

    private final String label;
    private final String styleName;

    FontRole(String label, String styleName) {
        this.label = label;
        this.styleName = styleName;
    }

    /** Short label: 宋, 黑, 楷, 仿, 西文. */
    public String label() {
        return label;
    }

    /** How an editor names the style in a sentence: 宋体, 黑体, 楷体, 仿宋, 西文字体 (in the language of messages). */
    public String styleName() {
        return Texts.get(switch (this) {
            case SONG -> "font.role.SONG";
            case HEI -> "font.role.HEI";
            case KAI -> "font.role.KAI";
            case FANG -> "font.role.FANG";
            case LATIN -> "font.role.LATIN";
        });
    }

    /** The short label in a report line (宋, 黑 … in Chinese, as templates write it). */
    public String shortName() {
        return Texts.get(switch (this) {
            case SONG -> "font.roleShort.SONG";
            case HEI -> "font.roleShort.HEI";
            case KAI -> "font.roleShort.KAI";
            case FANG -> "font.roleShort.FANG";
            case LATIN -> "font.roleShort.LATIN";
        });
    }
}
