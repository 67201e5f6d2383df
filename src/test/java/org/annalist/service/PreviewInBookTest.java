package org.annalist.service;

import org.annalist.doc.Imprint;
import org.annalist.model.Item;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.page.BookTypesetter;
import org.annalist.typeset.style.Template;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview shows an item where it will stand in the book (issue 11, item 4): its pages are the book's own
 * pages — same folios, running heads, neighbours and glyph positions as the whole yearbook set for the PDF —
 * and an unsaved edit changes its text but not where its 类目 starts.
 */
class PreviewInBookTest {
    @TempDir
    static Path tmp;

    static AnnalistSession session;
    static ArchiveTree.PublicationNode yearbook;
    static BookTypesetter.Book whole;

    @BeforeAll
    static void setUp() throws Exception {
        session = AnnalistSession.open(tmp.resolve("data"), false, "测试");
        session.demo().buildAll(TestFiles.archiveDir());
        yearbook = session.queries().publication("demo-nianjian-2022").orElseThrow();
        Template template = TypesetService.template("nianjian-16k");
        var fonts = TypesetService.fonts(template, new TypesetService.Options("nianjian-16k", false, false, false, null,
                tmp.resolve("cache")));
        Path cache = tmp.resolve("cache").resolve("images");
        whole = new BookTypesetter(template, fonts, PersonNames::pinyin, s -> TypesetService.attachmentFile(session, s, cache))
                .typeset(BookAssembler.publication(yearbook, Imprint.NONE), BookTypesetter.Progress.NONE);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    /** An item of the second 类目 (政治), so its folios depend on everything before it. */
    private static Item itemOfSecondCategory() {
        ArchiveTree.SectionNode zhengzhi = yearbook.sections().get(1);
        ArchiveTree.SectionNode first = zhengzhi.items().isEmpty() ? zhengzhi.children().get(0) : zhengzhi;
        return first.items().get(first.items().size() - 1);
    }

    @Test
    void theItemsPagesAreTheBooksOwnPages() throws Exception {
        Item item = itemOfSecondCategory();
        PreviewService.ItemPages pages = session.previews(null).typeset(item, "nianjian-16k", BookTypesetter.Progress.NONE);
        assertThat(pages.inBook()).isTrue();
        assertThat(pages.pages()).isNotEmpty();
        int at = whole.frontPages() + whole.pageLabels().subList(whole.frontPages(), whole.pageLabels().size())
                .indexOf(pages.labels().get(0));
        assertThat(at).as("folio %s in the book", pages.labels().get(0)).isGreaterThanOrEqualTo(whole.frontPages());
        assertThat(Integer.parseInt(pages.labels().get(0))).as("not the first page of the book").isGreaterThan(1);
        for (int i = 0; i < pages.pages().size(); i++) {
            assertThat(pages.labels().get(i)).isEqualTo(whole.pageLabels().get(at + i));
            // the very same page: running head, neighbours, every glyph where the PDF puts it
            assertThat(pages.pages().get(i)).as("page %s", pages.labels().get(i)).isEqualTo(whole.pages().get(at + i));
        }
    }

    @Test
    void anUnsavedEditShowsOnTheSamePagesOfTheBook() throws Exception {
        Item item = itemOfSecondCategory();
        PreviewService previews = session.previews(null);
        PreviewService.ItemPages before = previews.typeset(item, "nianjian-16k", BookTypesetter.Progress.NONE);
        String added = "预览新增的一句话在书中的位置。";
        Item edited = item.withBody(added + "\n\n" + item.body());
        PreviewService.ItemPages after = previews.typeset(edited, "nianjian-16k", BookTypesetter.Progress.NONE);
        assertThat(after.labels().get(0)).isEqualTo(before.labels().get(0));
        String text = new StringBuilder().append(text(after.pages())).toString();
        assertThat(text).contains("预览新增的一句话");
        assertThat(text(before.pages())).doesNotContain("预览新增的一句话");
    }

    private static String text(List<Frame> pages) {
        StringBuilder sb = new StringBuilder();
        for (Frame f : pages) collect(f, sb);
        return sb.toString();
    }

    private static void collect(Frame f, StringBuilder sb) {
        for (var p : f.items()) {
            if (p.item() instanceof Frame inner) collect(inner, sb);
            else if (p.item() instanceof org.annalist.typeset.frame.GlyphRun r) sb.append(r.text());
        }
    }

    /**
     * Typing keeps one realization of each piece (issue 12, item 4): each pause typesets the edited item again,
     * and the cache replaces its previous version instead of keeping one per pause, which held hundreds of
     * versions of a long item after an hour of editing. The unchanged neighbours are still reused.
     */
    @Test
    void eachPauseReplacesTheEditedItemsRealizationInsteadOfAddingOne() throws Exception {
        Item item = itemOfSecondCategory();
        PreviewService previews = session.previews(null);
        previews.typeset(item, "nianjian-16k", BookTypesetter.Progress.NONE);
        int pieces = previews.keptPieces();
        assertThat(pieces).isGreaterThan(1);
        PreviewService.ItemPages last = null;
        for (int k = 0; k < 5; k++) {
            last = previews.typeset(item.withBody(item.body() + "\n\n第" + k + "次停顿前输入的话。"), "nianjian-16k",
                    BookTypesetter.Progress.NONE);
        }
        assertThat(previews.keptPieces()).isEqualTo(pieces);
        String printed = text(last.pages());
        assertThat(printed).contains("第4次停顿前输入的话").doesNotContain("第3次停顿前输入的话");
    }
}
