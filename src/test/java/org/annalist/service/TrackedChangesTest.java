package org.annalist.service;

import org.annalist.cli.AnnalistCli;
import org.annalist.importer.docx.WordFixtures;
import org.annalist.model.ImportOptions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Word revisions through the whole program: imported as pending suggestions into a real archive, listed by
 * {@code show} and {@code review}, typeset as accepted with a warning naming the item, and resolved by
 * {@code review --accept-all / --reject-all} as new revisions; the import option settles them at once.
 */
class TrackedChangesTest {
    @TempDir
    Path tmp;

    private String[] run(Path data, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = AnnalistCli.run(all, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    private Path revisedFile() throws Exception {
        Path docx = tmp.resolve("修订稿.docx");
        Files.write(docx, WordFixtures.revised());
        return docx;
    }

    @Test
    void keptShownAndResolvedAsNewRevisions() throws Exception {
        Path data = tmp.resolve("data");
        String[] imp = run(data, "import", revisedFile().toString());
        assertThat(imp[0]).as(imp[2]).isEqualTo("0");
        assertThat(imp[1]).contains("插入 1 处、删除 2 处、移动 1 处（修订人：张三、李四），作为待处理的修订建议保留在正文中");

        String[] show = run(data, "show", "1");
        assertThat(show[1]).contains("待处理的修订建议（4 处：插入 1 处、删除 2 处、移动 1 处").contains("删除  张三").contains("「共有」")
                .contains("插入  张三").contains("「辖10」").contains("移出  李四").contains("移入  李四")
                .contains("[共有]{.deletion author=\"张三\" date=\"2024-05-01T10:00:00Z\"}");

        String[] list = run(data, "review", "1");
        assertThat(list[1]).contains("#1 有待处理的修订建议 4 处").contains("「历史悠久。」");

        String[] accept = run(data, "review", "1", "--accept-all");
        assertThat(accept[0]).as(accept[2]).isEqualTo("0");
        assertThat(accept[1]).contains("已接受 #1 的全部修订建议 4 处，存为第2版");
        try (AnnalistSession s = AnnalistSession.open(data, false, "测试")) {
            var d = s.queries().item(1).orElseThrow();
            assertThat(d.suggestions()).isEmpty();
            assertThat(d.item().body()).contains("全区辖**10**个乡镇。").contains("交通便利，历史悠久。")
                    .doesNotContain("共有").doesNotContain("整段删去");
            assertThat(d.revisions()).hasSize(2);
            assertThat(d.revisions().get(1).note()).isEqualTo("接受全部修订建议（4 处）");
            // the first revision keeps the suggestions: nothing is lost
            assertThat(s.queries().item(1).orElseThrow().revisions().get(0).number()).isEqualTo(1);
        }
        assertThat(run(data, "review", "1", "--reject-all")[1]).contains("#1 没有待处理的修订建议");

        run(data, "import", revisedFile().toString());
        String[] reject = run(data, "review", "2", "--reject-all");
        assertThat(reject[1]).contains("已拒绝 #2 的全部修订建议 4 处");
        try (AnnalistSession s = AnnalistSession.open(data, false, "测试")) {
            assertThat(s.queries().item(2).orElseThrow().item().body()).contains("全区共有个乡镇。").contains("整段删去的话。")
                    .doesNotContain("辖");
        }
    }

    @Test
    void theImportOptionSettlesThemAtOnce() throws Exception {
        Path data = tmp.resolve("data");
        String[] imp = run(data, "import", "--changes", "reject", revisedFile().toString());
        assertThat(imp[1]).contains("按导入选项已全部拒绝");
        try (AnnalistSession s = AnnalistSession.open(data, false, "测试")) {
            assertThat(s.queries().item(1).orElseThrow().suggestions()).isEmpty();
            var r = s.imports().importFiles(List.of(revisedFile()), null, ImportService.Progress.NONE,
                    new ImportOptions(ImportOptions.TrackedChanges.ACCEPT));
            assertThat(r.files().get(0).items().get(0).body()).contains("全区辖**10**个乡镇。").doesNotContain("deletion");
        }
        String[] bad = run(data, "import", "--changes", "maybe", revisedFile().toString());
        assertThat(bad[0]).isEqualTo("2");
        assertThat(bad[2]).contains("修订的处理方式“maybe”无效");
    }

    @Test
    void typesetAsAcceptedWithAWarningNamingTheItem() throws Exception {
        String md = "% 修订测试\n\n# 概况\n\n**【行政区划】** 全区[共有]{.deletion author=\"张三\"}[辖]{.insertion author=\"张三\"}10个乡镇。\n\n"
                + "**【交通】** 交通便利。\n\n**【人口】** 人口[三十万]{.deletion author=\"李四\"}[三十二万]{.insertion author=\"李四\"}。\n";
        Path pdf = tmp.resolve("修订.pdf");
        TypesetService.Summary summary = TypesetService.markdown(md, "修订测试", pdf,
                new TypesetService.Options("nianjian-16k", false, false, false, null, tmp.resolve("cache")), (p, d, t) -> {
                });
        assertThat(summary.warnings()).anyMatch(w -> w.startsWith("有 4 处未处理的修订（《行政区划》2 处，《人口》2 处），已按接受修订排版"));
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
        assertThat(text).contains("全区辖10个乡镇。").contains("人口三十二万。").doesNotContain("共有").doesNotContain("三十万。");
    }

    /** Issue 10: a change inside another author's move resolves through the review service as Word resolves it. */
    @Test
    void changesInsideMovesResolveAsInWord() throws Exception {
        Path data = tmp.resolve("data");
        try (AnnalistSession s = AnnalistSession.open(data, false, "测试")) {
            long one = s.imports().importBytes("移动中的修订.docx", WordFixtures.changesInsideMoves(), null).items().get(0).id();
            long two = s.imports().importBytes("移动中的修订.docx", WordFixtures.changesInsideMoves(), null).items().get(0).id();
            var accepted = s.suggestions().acceptAll(one);
            var rejected = s.suggestions().rejectAll(two);
            // 张三's move once, 李四's insertion, the two deletions inside insertions: as the import report counts them
            assertThat(accepted.resolved()).isEqualTo(rejected.resolved()).isEqualTo(4);
            assertThat(accepted.item().body().strip()).isEqualTo("乌当区位于贵阳市东北部。境内交通便利。\n\n全区辖乡镇。");
            assertThat(rejected.item().body().strip()).isEqualTo("乌当区位于贵阳市东北部。\n\n全区境内交通十分便利。辖乡镇。");
        }
    }
}
