package org.annalist.testing;

/** Markdown pieces the Word tests and the Word benchmark's reference data share. */
public final class WordFixtures {
    private WordFixtures() {
    }

    /**
     * A statistics table with a column span in its two-row header, row spans in its body and a 表题: what the .docx
     * must write as merged cells (w:gridSpan, w:vMerge) and read back the same. Ends with a blank line.
     */
    public static final String SPANNED_TABLE = """
            | 地区 | 2021年 || 备注 |
            | ^^ | 上半年 | 下半年 | ^^ |
            |---|---|---|---|
            | 甲 || 1 |  |
            | ^^ || 2 | x |
            | 乙 | 3 | 4 | y |
            [表1 合并单元格]

            """;
}
