package org.annalist.model;

/**
 * The kinds of error a 校对 counts in a proof, each with its weight in tenths of an error as the 图书编校差错率计算方法
 * (《图书质量管理规定》, 2005) counts them, which CY/T 266 measures the 差错率 by: a political error three; a
 * knowledge, logic or grammar error two; a wrong, missing, extra or transposed character, a unit or term not as the
 * national standard has it, a figure or table out of place one; a wrong letter form or a 繁简 mix half; a
 * punctuation mark, a number form (GB/T 15835) or a format slip (字体字号, 另行, 空格) a tenth. (The method's caps for
 * one error repeated — at most 1.5 for a letter or 繁简 error throughout the book — are the counter's to apply.)
 */
public enum ProofErrorKind implements Labels.Labelled {
    /** 政治性差错. */
    POLITICAL("political", "政治性差错", 30),
    /** 错字、别字、多字、漏字、倒字. */
    CHARACTER("character", "文字差错", 10),
    /** 知识性、逻辑性、语法性差错. */
    KNOWLEDGE("knowledge", "知识性差错", 20),
    /** 字母大小写、正斜体误用，不同文种字母混用. */
    LETTER("letter", "字母差错", 5),
    /** 简化字、繁体字混用. */
    TRADITIONAL("traditional", "繁简混用", 5),
    /** 计量单位、科技术语不合国家标准（GB 3100—3102、审定名词）. */
    UNIT("unit", "单位与术语", 10),
    /** 标点符号错用、漏用、多用. */
    PUNCTUATION("punctuation", "标点符号", 1),
    /** 数字用法不合 GB/T 15835. */
    NUMBER("number", "数字用法", 1),
    /** 格式：另行、空格、字体字号、转行. */
    FORMAT("format", "格式差错", 1),
    /** 图、表位置错. */
    FIGURE("figure", "图表位置", 10);

    private final String id;
    private final String label;
    private final int tenths;

    ProofErrorKind(String id, String label, int tenths) {
        this.id = id;
        this.label = label;
        this.tenths = tenths;
    }

    /** The id typed on the command line: "punctuation". */
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** The weight of one such error in tenths: 10 for a wrong character, 1 for a punctuation mark. */
    public int tenths() {
        return tenths;
    }

    /** The kind whose id, name or label is {@code s}. */
    public static ProofErrorKind parse(String s) {
        String t = s == null ? "" : s.strip();
        for (ProofErrorKind k : values()) if (k.id.equalsIgnoreCase(t)) return k;
        return Labels.parse(ProofErrorKind.class, t, "model.label.proofErrorKind");
    }
}
