package org.annalist.check;

import org.annalist.i18n.Texts;

/**
 * The proofreading rules: each has an id (as typed after {@code --fix}), the standard it comes from, a default
 * severity, and whether it runs unless the publication turns it off.
 */
public enum Rule {
    /** Half-width , . ; : ? ! ( ) " ' inside Chinese text. */
    HALF_WIDTH_PUNCTUATION("half-width", "GB/T 15834—2011 §3, §4", Severity.ERROR, "check.rule.halfWidth"),
    /** Quotes, brackets and 书名号 that do not pair or nest wrongly. */
    UNPAIRED("unpaired", "GB/T 15834—2011 §4.8, §4.9, §4.15", Severity.ERROR, "check.rule.unpaired"),
    /** ... 。。。 … -- 一一 and a single — instead of …… and ——. */
    ELLIPSIS_DASH("ellipsis-dash", "GB/T 15834—2011 §4.10, §4.11", Severity.ERROR, "check.rule.ellipsisDash"),
    /** ，， 。。 ，。 */
    REPEATED_PUNCTUATION("repeated-punctuation", "GB/T 15834—2011 §4", Severity.ERROR, "check.rule.repeatedPunctuation"),
    /** 三、四个 (an approximate number), 、等. */
    ENUMERATION_COMMA("enumeration-comma", "GB/T 15834—2011 §4.5, 附录 A.2", Severity.WARNING, "check.rule.enumerationComma"),
    /** 2022年十二月, 3月二十日, 百分之5: Arabic and Chinese numerals mixed in one expression. */
    MIXED_NUMERALS("mixed-numerals", "GB/T 15835—2011 §4.1, §5.2", Severity.WARNING, "check.rule.mixedNumerals"),
    /** 1,234,567 and badly grouped digits. */
    THOUSANDS_SEPARATOR("thousands", "GB/T 15835—2011 §5.1.4", Severity.INFO, "check.rule.thousands"),
    /** ’22年, 22年3月: years written in full. */
    ABBREVIATED_YEAR("year", "GB/T 15835—2011 §5.2.1", Severity.ERROR, "check.rule.year"),
    /** 5~95% → 5%～95%, 9～16亿 → 9亿～16亿. */
    RANGE("range", "GB/T 15835—2011 §5.1.6", Severity.ERROR, "check.rule.range"),
    /** .46 → 0.46. */
    DECIMAL("decimal", "GB/T 15835—2011 §5.1.5", Severity.ERROR, "check.rule.decimal"),
    /** A multi-digit number broken by a line end in the source. */
    SPLIT_NUMBER("split-number", "GB/T 15835—2011 §5.1.7", Severity.ERROR, "check.rule.splitNumber"),
    /** 的的, 了了. */
    REPEATED_CHARACTER("repeated-character", "年鉴规范：文字", Severity.WARNING, "check.rule.repeatedCharacter"),
    /** 条目标题 over 18 characters or holding punctuation. */
    ENTRY_TITLE("entry-title", "年鉴规范：条目标题", Severity.WARNING, "check.rule.entryTitle"),
    /** A person of the people list spelled another way. */
    PERSON_NAME("person-name", "年鉴规范：人名", Severity.WARNING, "check.rule.personName"),
    /** 缺字: a character the template's fonts lack. */
    MISSING_GLYPH("missing-glyph", "年鉴规范：缺字", Severity.ERROR, "check.rule.missingGlyph");

    private final String id;
    private final String source;
    private final Severity defaultSeverity;
    private final String key;

    Rule(String id, String source, Severity defaultSeverity, String key) {
        this.id = id;
        this.source = source;
        this.defaultSeverity = defaultSeverity;
        this.key = key;
    }

    /** The id typed on the command line and stored with settings: "half-width". */
    public String id() {
        return id;
    }

    /** The standard the rule comes from: "GB/T 15834—2011 §4.10". */
    public String source() {
        return source;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** The rule's name in the language of messages: "半角标点". */
    public String label() {
        return Texts.get(key);
    }

    /** The rule with {@code id} (or its enum name, case ignored), or null. */
    public static Rule byId(String id) {
        if (id == null) return null;
        String s = id.strip();
        for (Rule r : values()) if (r.id.equalsIgnoreCase(s) || r.name().equalsIgnoreCase(s)) return r;
        return null;
    }
}
