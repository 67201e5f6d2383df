package org.annalist.model;

/** What kind of book a publication is. */
public enum PublicationKind {
    /** 年鉴: a yearly volume, identified by its year. */
    NIANJIAN("年鉴"),
    /** 文史资料: a numbered volume (辑). */
    WENSHI("文史");

    private final String label;

    PublicationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the enum name or the Chinese label. */
    public static PublicationKind parse(String s) {
        for (PublicationKind k : values()) {
            if (k.name().equalsIgnoreCase(s.trim()) || k.label.equals(s.trim())) return k;
        }
        throw new IllegalArgumentException("未知的出版物类型：" + s + "（应为 年鉴 或 文史）");
    }
}
