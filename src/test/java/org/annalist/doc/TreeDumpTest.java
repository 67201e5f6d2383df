package org.annalist.doc;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.annalist.doc.T.*;
import static org.assertj.core.api.Assertions.assertThat;

class TreeDumpTest {

    @Test
    void dumpsOneNodeALine() {
        Document d = doc(h(1, t("一、坚持党的领导")),
                p(entry(t("概况")), index("区政协", "乌当区政协", null), t("a\"b\n"), note(p("注"))),
                table(List.of(Block.Align.LEFT), 1, ins(t("表")), row(cell("x", 1, 2))));
        assertThat(TreeDump.dump(d)).isEqualTo("""
                Document
                  Heading 1
                    Text "一、坚持党的领导"
                  Paragraph
                    EntryTitle
                      Text "概况"
                    IndexTerm entry="乌当区政协"
                      Text "区政协"
                    Text "a\\"b\\n"
                    Note
                      Paragraph
                        Text "注"
                  Table columns=[LEFT] headerRows=1
                    Row
                      Cell colSpan=1 rowSpan=2
                        Text "x"
                    Caption
                      Text "表"
                """);
    }

    @Test
    void plainTextDropsMarkupAndNotes() {
        Block.Paragraph para = p(entry(t("概况")), t("全区"), strong(t("10")), t("个"), note(p("注")), br(), link("u", t("链接")));
        assertThat(Inlines.plainText(para.content())).isEqualTo("【概况】全区10个\n链接");
        Block.Table table = table(aligns(2), 1, ins(t("表1")), row(cell("a"), cell("b")), row(cell(em(t("c"))), cell("d")));
        assertThat(Blocks.plainText(table)).isEqualTo("a\tb\nc\td\n表1");
        assertThat(Blocks.plainText(bullets(item(p("甲")), item(p("乙"), quote(p("丙")))))).isEqualTo("甲\n乙\n丙");
        assertThat(Blocks.plainText(rule())).isEmpty();
    }
}
