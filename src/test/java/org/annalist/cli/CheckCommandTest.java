package org.annalist.cli;

import org.annalist.service.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code annalist check} on a real archive folder: findings with places, --fix as suggestions, errors and exit codes. */
class CheckCommandTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 4];
        all[0] = "--data";
        all[1] = tmp.resolve("data").toString();
        all[2] = "--user";
        all[3] = "张三";
        System.arraycopy(args, 0, all, 4, args.length);
        int code = AnnalistCli.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void findingsOfAnItemThenItsFixesAsSuggestions() {
        Run imp = run("import", "-q", TestFiles.seed("work-points-county-cppcc-2020.txt").toString());
        assertThat(imp.code()).as(imp.err()).isZero();

        Run check = run("check", "#1", "--no-fonts");
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains("#1 《县政协2020年工作要点》")
                .contains("[差错] 半角标点（GB/T 15834—2011 §3, §4）：中文里的半角标点“,”，应为“，”")
                .contains("“\"”→““”").contains("第").contains("行").contains("共检查 1 篇");
        int halfWidth = count(check.out(), "半角标点（");
        assertThat(halfWidth).isGreaterThan(20);

        Run fix = run("check", "1", "--fix", "half-width");
        assertThat(fix.code()).as(fix.err()).isZero();
        assertThat(fix.out()).contains("#1 《县政协2020年工作要点》：半角标点 " + halfWidth + " 处已写成修订建议，存为第2版");

        Run review = run("review", "1");
        assertThat(review.out()).contains("有待处理的修订建议").contains("张三");
        Run show = run("show", "1");
        assertThat(show.out()).contains("{.insertion author=\"张三\"");

        // until accepted, the suggestions are pending: accepted, the text is clean of that rule
        assertThat(run("review", "1", "--accept-all").code()).isZero();
        Run again = run("check", "1", "--no-fonts");
        assertThat(again.out()).doesNotContain("半角标点（");
        Run nothing = run("check", "1", "--fix", "half-width");
        assertThat(nothing.out()).contains("没有可按“半角标点”修改的地方");
    }

    @Test
    void aPublicationEverythingAndTheRules() {
        assertThat(run("demo", "--no-typeset", "--from", TestFiles.archiveDir().toString()).code()).isZero();
        Run pub = run("check", "demo-nianjian-2022", "--no-fonts");
        assertThat(pub.code()).as(pub.err()).isZero();
        assertThat(pub.out()).contains("共检查").contains("半角标点");
        Run all = run("check", "--no-fonts");
        assertThat(all.out()).contains("《把准市县政协性质定位》").contains("共检查 11 篇");
        Run rules = run("check", "--rules");
        assertThat(rules.out()).contains("half-width").contains("missing-glyph").contains("GB/T 15835—2011 §5.1.6");
        Run en = run("--lang", "en", "check", "demo-nianjian-2022", "--no-fonts");
        assertThat(en.out()).contains("half-width punctuation").contains("items checked");
    }

    @Test
    void missingGlyphsFromTheTemplatesFonts() throws Exception {
        Path f = tmp.resolve("缺字.txt");
        Files.writeString(f, "标题\n\n这里有一个私用区的字\uE000，字体中没有。\n");
        assertThat(run("import", "-q", f.toString()).code()).isZero();
        Run r = run("check", "1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("缺字：“\uE000”（U+E000）");
        assertThat(run("check", "1", "--no-fonts").out()).doesNotContain("缺字");
    }

    @Test
    void badArguments() {
        run("import", "-q", TestFiles.seed("work-points-county-cppcc-2020.txt").toString());
        Run noRule = run("check", "1", "--fix", "no-such-rule");
        assertThat(noRule.code()).isEqualTo(2);
        assertThat(noRule.err()).contains("没有名为“no-such-rule”的检查规则").contains("half-width");
        Run noItem = run("check", "99");
        assertThat(noItem.code()).isEqualTo(1);
        assertThat(noItem.err()).contains("找不到编号为 99 的稿件");
        Run noPub = run("check", "没有这本书");
        assertThat(noPub.code()).isEqualTo(1);
        assertThat(noPub.err()).contains("找不到出版物“没有这本书”");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int at = s.indexOf(what); at >= 0; at = s.indexOf(what, at + 1)) n++;
        return n;
    }
}
