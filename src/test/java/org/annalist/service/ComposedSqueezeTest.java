package org.annalist.service;

import org.annalist.doc.Block;
import org.annalist.doc.Document;
import org.annalist.doc.Inline;
import org.annalist.doc.Markdown;
import org.annalist.doc.SourceKeys;
import org.annalist.typeset.page.BookTypesetter;
import org.annalist.typeset.style.Template;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Word output takes the characters our composition compressed from the lines, before columns and pages are made
 * (so the pages can be made on another thread while the .docx is written): they must be exactly the ones the finished
 * pages hold — columns and pages place lines, they never set them again.
 */
class ComposedSqueezeTest {
    @Test
    void theLinesCompressTheSameCharactersAsTheFinishedPages() throws Exception {
        Template t = TypesetService.template("nianjian-16k");
        Document doc = SourceKeys.stamp(Markdown.parse(DocxLibreOfficeLayoutTest.book())).doc();
        BookTypesetter setter = new BookTypesetter(t, TypesetService.fonts(t, new TypesetService.Options("nianjian-16k", false, false, false, null, null)),
                PersonNames::pinyin, source -> null);
        Map<Long, Double> fromPages = setter.bodyLayout(doc, BookTypesetter.Progress.NONE).squeezed();
        BookTypesetter.Composed composed = setter.compose(doc, BookTypesetter.Progress.NONE);
        // a book punctuated full-width: many marks compressed
        assertThat(fromPages.size()).isGreaterThan(200);
        assertThat(composed.squeezed()).isEqualTo(fromPages);
        assertThat(composed.pages(BookTypesetter.Progress.NONE))
                .hasSameSizeAs(setter.bodyPages(doc, BookTypesetter.Progress.NONE));
    }

    /**
     * The 【】 around a 条目 title are printed by the program, but traced to where the Markdown has them: a tight first
     * line compresses them like any mark, and the .docx gives them the same scale — unscaled, LibreOffice ran six of
     * the test book's 条目 a line longer than ours.
     */
    @Test
    void theBracketsOfEntryTitlesOurLinesCompressGoIntoTheDocxScaled(@TempDir Path dir) throws Exception {
        Template t = TypesetService.template("nianjian-16k");
        String book = DocxLibreOfficeLayoutTest.book();
        Document doc = SourceKeys.stamp(Markdown.parse(book)).doc();
        BookTypesetter setter = new BookTypesetter(t, TypesetService.fonts(t, new TypesetService.Options("nianjian-16k", false, false, false, null, null)),
                PersonNames::pinyin, source -> null);
        Map<Long, Double> squeezed = setter.compose(doc, BookTypesetter.Progress.NONE).squeezed();
        List<Integer> opening = new ArrayList<>();
        List<Integer> closing = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (!(b instanceof Block.Paragraph p) || !(p.content().get(0) instanceof Inline.EntryTitle title)) continue;
            assertThat(book.charAt((int) title.openingKey())).isEqualTo('【');
            assertThat(book.charAt((int) title.closingKey())).isEqualTo('】');
            if (squeezed.containsKey(title.openingKey())) opening.add(scale(squeezed.get(title.openingKey())));
            if (squeezed.containsKey(title.closingKey())) closing.add(scale(squeezed.get(title.closingKey())));
        }
        assertThat(opening).isNotEmpty();
        assertThat(closing).isNotEmpty();

        Path md = dir.resolve("book.md");
        Files.writeString(md, book, StandardCharsets.UTF_8);
        Path docx = dir.resolve("book.docx");
        DocxService.markdownFile(md, docx, "nianjian-16k");
        List<Integer> openingWritten = new ArrayList<>();
        List<Integer> closingWritten = new ArrayList<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument word = new XWPFDocument(in)) {
            for (XWPFParagraph p : word.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    if (r.getTextScale() >= 100) continue;
                    if ("【".equals(r.text())) openingWritten.add(r.getTextScale());
                    if ("】".equals(r.text())) closingWritten.add(r.getTextScale());
                }
            }
        }
        assertThat(openingWritten).containsExactlyElementsOf(opening);
        assertThat(closingWritten).containsExactlyElementsOf(closing);
    }

    private static int scale(double squeezedBy) {
        return (int) Math.round(100 * (1 - squeezedBy));
    }
}
