package org.annalist.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.annalist.model.ImportReport;
import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;
import org.junit.jupiter.api.Test;

/** Nothing disappears without a report entry pointing at its line. */
class ReportTest {

    @Test
    void everyRemovalOfEverySeedHasALineNumberAndText() throws Exception {
        for (String seed : List.of("work-points-county-cppcc-2020.txt", "special-edition-jiangsu-cppcc-2022.txt",
                "web-article-nanjiang-cppcc-2024.txt", "work-review-wudang-cppcc-2022.txt",
                "yearbook-page-changde-2022-p61.txt")) {
            ImportReport r = new TextImporter().read(Seeds.source(seed)).report();
            assertThat(r.entries(ImportReport.Kind.REMOVED)).as(seed).isNotEmpty()
                    .allSatisfy(e -> {
                        assertThat(e.line()).isPositive();
                        assertThat(e.text()).isNotBlank();
                        assertThat(e.message()).isNotBlank();
                    });
            assertThat(r.entries(ImportReport.Kind.FORMAT)).extracting(ImportReport.Entry::message)
                    .anyMatch(m -> m.startsWith("编码："));
        }
    }

    @Test
    void textBeforeTheFirstOfSeveralArticlesIsKeptAndWarned() throws Exception {
        String text = String.join("\n", "本版编者按:以下两篇文章来自基层。",
                "第一篇标题", "甲市政协主席  张大山", "第一篇正文。",
                "第二篇标题", "乙县政协主席  李小河", "第二篇正文。");
        ImportResult r = new TextImporter().read(new Source("p.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.items()).extracting(i -> i.title()).containsExactly("第一篇标题", "第二篇标题");
        assertThat(Blocks.all(r.items().get(0).body())).isEqualTo("本版编者按:以下两篇文章来自基层。\n第一篇正文。\n");
        assertThat(r.items().get(0).metadata().credits().get(0).name()).isEqualTo("张大山");
        assertThat(r.report().entries(ImportReport.Kind.WARNING)).extracting(ImportReport.Entry::line).contains(1);
    }
}
