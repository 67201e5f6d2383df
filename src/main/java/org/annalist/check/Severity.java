package org.annalist.check;

import org.annalist.i18n.Texts;

/** How much a finding matters; each rule has a default, changeable per publication. */
public enum Severity {
    /** 差错: counts in a proof's 差错率. */
    ERROR("check.severity.error"),
    /** 疑误: most likely wrong, the editor decides. */
    WARNING("check.severity.warning"),
    /** 提示: a matter of house style. */
    INFO("check.severity.info");

    private final String key;

    Severity(String key) {
        this.key = key;
    }

    /** "差错", "疑误", "提示" in the language of messages. */
    public String label() {
        return Texts.get(key);
    }

    /** The severity named {@code name} (error, warning, info; case ignored), or null. */
    public static Severity parse(String name) {
        for (Severity s : values()) if (s.name().equalsIgnoreCase(name == null ? "" : name.strip())) return s;
        return null;
    }
}
