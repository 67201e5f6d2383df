package org.annalist.doc;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every character the reader gives is traced to its place in the Markdown it came from (issue 11, item 3). */
class SourceMapTest {

    @Test
    void segmentsSliceAndAppend() {
        SourceMap a = SourceMap.at(10);
        assertThat(a.keyAt(0)).isEqualTo(10);
        assertThat(a.keyAt(3)).isEqualTo(13);
        SourceMap ab = a.append(3, SourceMap.at(20));
        assertThat(ab.keyAt(2)).isEqualTo(12);
        assertThat(ab.keyAt(3)).isEqualTo(20);
        assertThat(ab.keyAt(5)).isEqualTo(22);
        SourceMap gap = a.append(3, SourceMap.NONE).append(4, SourceMap.at(30));
        assertThat(gap.keyAt(3)).isEqualTo(-1);
        assertThat(gap.keyAt(4)).isEqualTo(30);
        assertThat(ab.slice(2, 5).keyAt(0)).isEqualTo(12);
        assertThat(ab.slice(2, 5).keyAt(1)).isEqualTo(20);
        assertThat(SourceMap.at(5).append(2, SourceMap.at(7))).isEqualTo(SourceMap.at(5)); // contiguous: one segment
        assertThat(SourceMap.NONE.keyAt(0)).isEqualTo(-1);
    }

    @Test
    void everyKindOfTextIsTracedToItsCharacters() {
        String md = "# 2022年大事记\n\n**【条目】** 2022年，全县*强调*与**加粗**，转义\\*号，实体&amp;号，注释[^1]，"
                + "[索引词]{.index}与[链接](http://a.cn)。\n第二行续写。\n\n2022年，全县第二段。\n\n"
                + "| 甲 | 乙 |\n|---|---|\n| 一 | 二 |\n\n> 引文一段。\n\n1. 列表项\n2. 另一项\n\n[^1]: 注释的正文。\n";
        Document doc = Markdown.parse(md, 5000);
        SourceTrace.assertPointsAtItsCharacters(md, 5000, doc);
        List<Inline.Text> texts = SourceTrace.texts(doc);
        long traced = 0;
        long all = 0;
        for (Inline.Text t : texts) {
            for (int i = 0; i < t.text().length(); i++) {
                all++;
                if (t.source().keyAt(i) >= 0) traced++;
            }
        }
        // only the space that joins nothing (Chinese lines join without one) may be untraced: here none
        assertThat(traced).isEqualTo(all);
        // the two paragraphs that begin alike are told apart by where they stand
        Inline.Text second = texts.stream().filter(t -> t.text().equals("2022年，全县第二段。")).findFirst().orElseThrow();
        assertThat(second.source().keyAt(0)).isEqualTo(5000 + md.indexOf("2022年，全县第二段"));
        // the entry title's text without its brackets and markup
        Inline.Text title = texts.stream().filter(t -> t.text().equals("条目")).findFirst().orElseThrow();
        assertThat(title.source().keyAt(0)).isEqualTo(5000 + md.indexOf("条目"));
        Inline.Text note = texts.stream().filter(t -> t.text().equals("注释的正文。")).findFirst().orElseThrow();
        assertThat(note.source().keyAt(0)).isEqualTo(5000 + md.indexOf("注释的正文"));
    }

    @Test
    void theBracketsOfAnEntryTitleAreTracedToWhereTheSourceHasThem() {
        // the 【】 are syntax taken off the title's text, and printed again around it: their keys are the source's
        String md = "前文一段。\n\n**【条目一】** 正文，接着写。\n\n**【*强调*条目】** 正文。\n";
        for (Document doc : List.of(Markdown.parse(md, 5000), Markdown.flexmark(md, k -> 5000 + k))) {
            List<Inline.EntryTitle> titles = doc.blocks().stream()
                    .filter(b -> b instanceof Block.Paragraph p && p.content().get(0) instanceof Inline.EntryTitle)
                    .map(b -> (Inline.EntryTitle) ((Block.Paragraph) b).content().get(0)).toList();
            assertThat(titles).hasSize(2);
            assertThat(titles.get(0).openingKey()).isEqualTo(5000 + md.indexOf("【条目一"));
            assertThat(titles.get(0).closingKey()).isEqualTo(5000 + md.indexOf("】** 正文，"));
            // a title that begins with emphasis: its first character is not plain traced text, no key for the 【
            assertThat(titles.get(1).openingKey()).isEqualTo(-1);
            assertThat(titles.get(1).closingKey()).isEqualTo(5000 + md.indexOf("】** 正文。"));
        }
        // a title the program makes from no source: no keys
        assertThat(new Inline.EntryTitle(List.of(new Inline.Text("条目"))).openingKey()).isEqualTo(-1);
        assertThat(new Inline.EntryTitle(List.of(new Inline.Text("条目"))).closingKey()).isEqualTo(-1);
    }

    @Test
    void bookPiecesParsedInParallelKeepTheirPlaceInTheWholeText() {
        StringBuilder md = new StringBuilder();
        for (int k = 0; k < 40; k++) {
            md.append("# 类目").append(k).append("\n\n");
            for (int p = 0; p < 300; p++) md.append("第").append(k).append("类目第").append(p).append("段，正文正文正文。\n\n");
        }
        String text = md.toString();
        Document doc = Markdown.parseParallel(text);
        SourceTrace.assertPointsAtItsCharacters(text, 0, doc);
        assertThat(SourceTrace.of(doc)).isEqualTo(SourceTrace.of(Markdown.flexmark(text)));
    }
}
