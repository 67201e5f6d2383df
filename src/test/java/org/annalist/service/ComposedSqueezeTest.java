package org.annalist.service;

import org.annalist.doc.Document;
import org.annalist.doc.Markdown;
import org.annalist.doc.SourceKeys;
import org.annalist.typeset.page.BookTypesetter;
import org.annalist.typeset.style.Template;
import org.junit.jupiter.api.Test;

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
}
