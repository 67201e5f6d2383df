package org.annalist.doc;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Parsing a book in pieces gives exactly the tree of parsing it whole. */
class MarkdownParallelTest {

    private static String book(boolean withNote) throws Exception {
        Path seed = Path.of(System.getProperty("annalist.projectDir", ".")).resolve("archive/seeds/work-review-wudang-cppcc-2022.txt");
        String text = Files.readString(seed, StandardCharsets.UTF_8).replaceAll("\\s+", "");
        StringBuilder md = new StringBuilder();
        for (int c = 1; md.length() < 400_000; c++) {
            md.append("# 类目").append(c).append("\n\n## 分目\n\n**【条目").append(c).append("】** ")
                    .append(text, 0, 2000).append("\n\n| 指标 | 数 |\n|---|---:|\n| 甲 | ").append(c).append(" |\n[表")
                    .append(c).append("]\n\n> 引文").append(c).append("\n# 紧接引文的类目").append(c).append("\n\n- 列表项\n- 第二项\n\n");
        }
        if (withNote) md.append("末段。[^1]\n\n[^1]: 注文。\n");
        return md.toString();
    }

    @Test
    void piecesGiveTheSameTreeAsTheWhole() throws Exception {
        String md = book(false);
        assertThat(Markdown.parseParallel(md)).isEqualTo(Markdown.parse(md));
    }

    @Test
    void footnotesKeepTheBookInOnePiece() throws Exception {
        String md = book(true);
        Document whole = Markdown.parse(md);
        assertThat(Markdown.parseParallel(md)).isEqualTo(whole);
        assertThat(Blocks.plainText(whole.blocks())).contains("末段");
    }
}
