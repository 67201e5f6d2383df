package org.annalist.ui.preview;

import org.annalist.model.Item;
import org.annalist.service.AnnalistSession;
import org.annalist.service.PreviewService;
import org.annalist.typeset.page.BookTypesetter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caret's place on the printed pages and the character under a click, both through the source keys the
 * typesetter carries to every glyph (issue 11, item 3): three paragraphs that begin alike, as a 年鉴's do
 * ("2022年，全县…"), are told apart.
 */
class CaretOnPageTest {
    @TempDir
    static Path tmp;

    static AnnalistSession session;
    static Item item;
    static PreviewService.ItemPages pages;
    static PageText text;

    static final String SAME = "2022年，全县上下坚持稳中求进工作总基调，";
    static final String BODY = SAME + "粮食总产量达到十二万吨，比上年增长百分之三。\n\n"
            + SAME + "工业增加值增长百分之六，规模以上企业新增八户。\n\n"
            + SAME + "城乡居民收入稳步增长，甲乙丙丁民生实事全部完成。\n";

    @BeforeAll
    static void typeset() throws Exception {
        session = AnnalistSession.open(tmp.resolve("data"), false, "测试");
        session.demo().buildAll(org.annalist.service.TestFiles.archiveDir());
        Item first = session.queries().publication("demo-nianjian-2022").orElseThrow().sections().get(0).items().get(0);
        item = first.withBody(BODY);
        pages = session.previews(null).typeset(item, "nianjian-16k", BookTypesetter.Progress.NONE);
        text = new PageText(pages.pages());
    }

    @AfterAll
    static void close() {
        session.close();
    }

    /** Where the n-th (0-based) printed occurrence of {@code s} starts: the test's own way of finding it. */
    private static PageText.Glyph printed(String s, int n) {
        int at = -1;
        for (int k = 0; k <= n; k++) at = text.text().indexOf(s, at + 1);
        assertThat(at).as("printed: %s #%d", s, n).isNotNegative();
        return text.glyph(at);
    }

    @Test
    void theCaretAtTheStartOfTheThirdParagraphIsMarkedOnTheThirdParagraph() {
        int third = BODY.lastIndexOf(SAME);
        PageText.Glyph caret = text.caret(pages.origin(), pages.origin() + third);
        PageText.Glyph expected = printed("2022年，全县", 2);
        assertThat(caret).isNotNull();
        assertThat(caret.page()).isEqualTo(expected.page());
        assertThat(caret.top()).isEqualTo(expected.top());
        assertThat(caret.x()).isEqualTo(expected.x());
        // the same words in the second paragraph are on another line
        int second = BODY.indexOf(SAME, 1);
        PageText.Glyph caret2 = text.caret(pages.origin(), pages.origin() + second);
        assertThat(caret2.top()).isEqualTo(printed("2022年，全县", 1).top()).isNotEqualTo(caret.top());
    }

    @Test
    void theCaretInsideAParagraphAndAtItsEndAreOnTheRightCharacter() {
        int at = BODY.indexOf("甲乙丙丁");
        PageText.Glyph caret = text.caret(pages.origin(), pages.origin() + at);
        PageText.Glyph jia = printed("甲乙丙丁", 0);
        assertThat(caret.x()).isEqualTo(jia.x());
        assertThat(caret.top()).isEqualTo(jia.top());
        // at the end of the first paragraph (before its line end): after its last character
        int end = BODY.indexOf("\n\n");
        PageText.Glyph afterLast = text.caret(pages.origin(), pages.origin() + end);
        PageText.Glyph last = printed("三。", 0);
        assertThat(afterLast.top()).isEqualTo(last.top());
        assertThat(afterLast.x()).isGreaterThan(last.x());
    }

    @Test
    void aClickOnAPrintedCharacterGivesItsPlaceInTheText() {
        PageText.Glyph yi = printed("乙丙丁", 0);
        // left half of 乙: before it; right half: after it
        OptionalLong left = text.keyAt(yi.page(), yi.x() + yi.width() * 0.25, yi.top() + yi.height() / 2, pages.origin());
        OptionalLong right = text.keyAt(yi.page(), yi.x() + yi.width() * 0.75, yi.top() + yi.height() / 2, pages.origin());
        assertThat(left).hasValue(pages.origin() + BODY.indexOf("乙丙丁"));
        assertThat(right).hasValue(pages.origin() + BODY.indexOf("丙丁"));
        // the start of the third paragraph, not the first that begins alike
        PageText.Glyph start3 = printed("2022年，全县", 2);
        OptionalLong start = text.keyAt(start3.page(), start3.x() + 1, start3.top() + start3.height() / 2, pages.origin());
        assertThat(start).hasValue(pages.origin() + BODY.lastIndexOf(SAME));
        // in the indent left of a line's first character: that character
        OptionalLong margin = text.keyAt(start3.page(), start3.x() - 4, start3.top() + start3.height() / 2, pages.origin());
        assertThat(margin).hasValue(pages.origin() + BODY.lastIndexOf(SAME));
    }
}
