package org.annalist.cli;

import org.annalist.service.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line end to end on a real archive folder: outputs and exit codes 0 / 1 / 2. */
class CliTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = tmp.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = AnnalistCli.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void demoBuildsAndShowsTheTree() {
        Run r = run("demo", "--from", TestFiles.archiveDir().toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("《示范年鉴》2022").contains("类目 专文").contains("分目 人民政协")
                .contains("《把准市县政协性质定位——发挥好“重要阵地、重要平台、重要渠道”作用》 王立平")
                .contains("《政协文史资料（示范）》第1辑");
        Run again = run("demo", "--from", TestFiles.archiveDir().toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("已存在");
    }

    @Test
    void importListShowAndExport() throws Exception {
        Run imp = run("import", TestFiles.seed("web-article-nanjiang-cppcc-2024.txt").toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("已导入 1 篇").contains("导入报告").contains("收稿箱");

        Run list = run("list");
        assertThat(list.out()).contains("收稿箱（1）").contains("#1 篇《坚持“12345”工作思路");

        Run show = run("show", "1");
        assertThat(show.code()).isZero();
        assertThat(show.out()).contains("署名：四川省南江县政协主席 吴开财（作者）").contains("供稿单位：南江县政协")
                .contains("# 一、坚持党的领导").contains("第1版").contains("导入报告");

        run("demo", "--from", TestFiles.archiveDir().toString());
        Path outDir = tmp.resolve("md");
        Run exp = run("export-md", "demo-wenshi-1", "-o", outDir.toString());
        assertThat(exp.code()).as(exp.err()).isZero();
        String md = Files.readString(outDir.resolve("demo-wenshi-1.md"));
        assertThat(md).contains("# 新时代市县政协工作").contains("[把准市县政协性质定位]{.title level=\"2\"}")
                .contains("[南京市政协主席　王立平]{.byline}");
    }

    @Test
    void importIntoASectionByPath() {
        run("demo", "--from", TestFiles.archiveDir().toString());
        Run r = run("import", "--into", "demo-nianjian-2022/政治/政协工作要点", "-q",
                TestFiles.seed("work-points-county-cppcc-2020.txt").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("分目“政协工作要点”");
        Run bad = run("import", "--into", "demo-nianjian-2022/没有/这个", TestFiles.seed("work-points-county-cppcc-2020.txt").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("找不到栏目");
    }

    @Test
    void someInputsFailedGivesExitCodeOne() throws Exception {
        Path bin = tmp.resolve("坏文件.txt");
        Files.write(bin, new byte[]{0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0});
        Run r = run("import", bin.toString(), TestFiles.seed("work-points-county-cppcc-2020.txt").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("坏文件.txt");
        assertThat(r.out()).contains("成功 1，失败 1");
    }

    @Test
    void anArchiveThatCannotBeOpenedGivesExitCodeThree() throws Exception {
        Path notAnArchive = tmp.resolve("别的数据");
        Files.createDirectories(notAnArchive);
        Files.write(notAnArchive.resolve("annalist.mv.db"), "这不是数据库".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AnnalistCli.run(new String[]{"--data", notAnArchive.toString(), "list"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).contains(notAnArchive.resolve("annalist.mv.db").toString());
    }

    @Test
    void exportWithNoPublicationSaysSo() throws Exception {
        run("import", TestFiles.seed("work-points-county-cppcc-2020.txt").toString());
        Run r = run("export-md");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("还没有出版物").contains("收稿箱中有 1 篇");
    }

    @Test
    void usageErrorsGiveExitCodeTwo() {
        assertThat(run("no-such-command").code()).isEqualTo(2);
        assertThat(run("import").code()).isEqualTo(2);
        assertThat(run("show", "abc").code()).isEqualTo(2);
    }

    @Test
    void helpIsChineseByDefaultAndEnglishOnRequest() {
        Run zh = run("--help");
        assertThat(zh.code()).isZero();
        assertThat(zh.out()).contains("导入稿件文件").contains("退出码");
        Run en = run("--lang", "en", "--help");
        assertThat(en.out()).contains("import manuscripts").contains("Exit codes");
    }

    @Test
    void typesetAPublicationAndReportProblems() throws Exception {
        run("demo", "--no-typeset", "--from", TestFiles.archiveDir().toString());
        Path pdf = tmp.resolve("年鉴.pdf");
        Run ok = run("typeset", "--publication", "demo-nianjian-2022", "-o", pdf.toString(), "--no-system-fonts");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("已排出").contains("模板 nianjian-16k").contains("缺字 0 个").contains("超宽行 0 行");
        assertThat(ok.err()).contains("组版").contains("写出 PDF");
        assertThat(Files.size(pdf)).isGreaterThan(10_000);

        Run noTemplate = run("typeset", "--publication", "demo-nianjian-2022", "-t", "没有的模板", "-o", pdf.toString());
        assertThat(noTemplate.code()).isEqualTo(1);
        assertThat(noTemplate.err()).contains("找不到版式模板 没有的模板");

        Run noPublication = run("typeset", "--publication", "不存在", "-o", pdf.toString());
        assertThat(noPublication.code()).isEqualTo(1);
        assertThat(noPublication.err()).contains("找不到出版物“不存在”");

        assertThat(run("typeset", "--publication", "demo-nianjian-2022").code()).isEqualTo(2); // no -o
    }

    @Test
    void withoutATemplateAPublicationIsSetWithItsKindsOwn() throws Exception {
        run("demo", "--no-typeset", "--from", TestFiles.archiveDir().toString());
        // a 文史 辑, one of its 栏目 and one of its items: wenshi-16k; a 年鉴: nianjian-16k (PDF and Word alike)
        Run wenshi = run("typeset", "--publication", "demo-wenshi-1", "-o", tmp.resolve("文史.docx").toString());
        assertThat(wenshi.code()).as(wenshi.err()).isZero();
        assertThat(wenshi.out()).contains("模板 wenshi-16k");
        Run section = run("typeset", "--section", "5", "-o", tmp.resolve("栏目.pdf").toString(), "--no-system-fonts");
        assertThat(section.code()).as(section.err()).isZero();
        assertThat(section.out()).contains("模板 wenshi-16k");
        Run item = run("typeset", "--item", "7", "-o", tmp.resolve("一篇.docx").toString());
        assertThat(item.code()).as(item.err()).isZero();
        assertThat(item.out()).contains("模板 wenshi-16k");
        Run nianjian = run("typeset", "--publication", "demo-nianjian-2022", "-o", tmp.resolve("年鉴.docx").toString());
        assertThat(nianjian.out()).contains("模板 nianjian-16k");
        Run given = run("typeset", "--publication", "demo-wenshi-1", "-t", "nianjian-16k", "-o", tmp.resolve("文史2.docx").toString());
        assertThat(given.out()).contains("模板 nianjian-16k");
    }
}
