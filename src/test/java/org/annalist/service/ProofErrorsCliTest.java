package org.annalist.service;

import org.annalist.cli.AnnalistCli;
import org.annalist.model.ProofStage;
import org.annalist.store.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code annalist proof-errors} and the check settings of {@code annalist check} on a real archive folder (here, in
 * the service package, because the 三校一读 before it is set up with the review tests' 编辑部).
 */
class ProofErrorsCliTest {
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
        all[3] = "丁";
        System.arraycopy(args, 0, all, 4, args.length);
        int code = AnnalistCli.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void recordAndShowTheRateOfARound() throws Exception {
        String title;
        try (Archive archive = Archive.open(tmp.resolve("data"))) {
            title = "命令行差错率年鉴";
            ReviewFixture f = new ReviewFixture(archive, title);
            f.itemAt("定稿");
            new ProofWorkflow(archive, "甲").typeset(f.publicationId, "排版.pdf", ProofErrorsTest.pdf(10), "");
            new ProofWorkflow(archive, "丁").open(f.publicationId, ProofStage.FIRST_PROOF, "一校样.pdf", ProofErrorsTest.pdf(10));
        }
        Run none = run("proof-errors", title);
        assertThat(none.code()).as(none.err()).isZero();
        assertThat(none.out()).contains("还没有记过差错率");

        // 50 × 44 × 10 = 22,000 characters; 1 wrong character and 2 punctuation marks = 1.2 errors: 0.55 per 10,000
        Run rec = run("proof-errors", title, "一校", "--count", "character=1", "--count", "标点符号=2");
        assertThat(rec.code()).as(rec.err()).isZero();
        assertThat(rec.out()).contains("一校的差错率已记下").contains("文字差错 1 处（每处 1）").contains("标点符号 2 处（每处 0.1）")
                .contains("版面字数 50 字/行 × 44 行/页 × 10 页 = 22,000（模板 nianjian-16k）")
                .contains("差错 1.2 ÷ 22,000 = 万分之 0.55：合格");
        Run over = run("proof-errors", title, "FIRST_PROOF", "--count", "character=3", "--pages", "2");
        assertThat(over.out()).contains("= 4,400").contains("差错 3 ÷ 4,400 = 万分之 6.82：不合格");
        Run shown = run("proof-errors", title);
        assertThat(shown.out()).contains("一校（校对记录，丁）：文字差错 3 处").doesNotContain("标点符号");

        Run notOpen = run("proof-errors", title, "二校", "--count", "character=1");
        assertThat(notOpen.code()).isNotZero();
        assertThat(notOpen.err()).contains("二校还没有开始");
        Run bad = run("proof-errors", title, "一校", "--count", "typo3");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("“typo3”读不懂").contains("punctuation");
        Run badRound = run("proof-errors", title, "付印", "--count", "character=1");
        assertThat(badRound.err()).contains("“付印”不是校次");
        Run checker = run("proof-errors", title, "一校", "--from-checker");
        assertThat(checker.code()).as(checker.err()).isZero();
        assertThat(checker.out()).contains("取自校对检查").contains("差错 0 ÷ 22,000 = 万分之 0.00：合格");
        Run kinds = run("proof-errors", title, "--kinds");
        assertThat(kinds.out()).contains("knowledge\t知识性差错\t每处计 2 个差错").contains("punctuation\t标点符号\t每处计 0.1 个差错");
        Run en = run("--lang", "en", "proof-errors", title);
        assertThat(en.out()).contains("errors 0 ÷ 22,000 = 0.00 per 10,000: passes");
    }

    @Test
    void checkSettingsOfAPublication() {
        assertThat(run("demo", "--no-typeset", "--from", TestFiles.archiveDir().toString()).code()).isZero();
        Run before = run("check", "demo-nianjian-2022", "--no-fonts");
        assertThat(before.out()).contains("半角标点（").contains("[差错] 半角标点");

        Run set = run("check", "demo-nianjian-2022", "--disable", "half-width", "--severity", "range=info", "--severity",
                "repeated-character=error", "--except", "Yahoo!", "--except", "C++");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).contains("检查设置已保存").contains("half-width\t半角标点\t关").contains("range\t数值范围\t开\t提示（info）").contains("repeated-character\t重复的字\t开\t差错（error）")
                .contains("例外词：Yahoo!  C++");
        Run after = run("check", "demo-nianjian-2022", "--no-fonts");
        assertThat(after.out()).doesNotContain("半角标点（");

        // one bad argument saves nothing
        Run bad = run("check", "demo-nianjian-2022", "--enable", "half-width", "--severity", "range=fatal", "--disable", "nosuch");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("“range=fatal”读不懂").contains("没有名为“nosuch”的检查规则").contains("设置没有保存");
        Run shown = run("check", "demo-nianjian-2022", "--settings");
        assertThat(shown.out()).contains("half-width\t半角标点\t关");

        Run back = run("check", "demo-nianjian-2022", "--enable", "half-width", "--no-except", "C++");
        assertThat(back.out()).contains("half-width\t半角标点\t开\t差错（error）").contains("例外词：Yahoo!").doesNotContain("C++");
        assertThat(run("check", "demo-nianjian-2022", "--no-fonts").out()).contains("半角标点（");
        Run item = run("check", "#1", "--disable", "range");
        assertThat(item.code()).isEqualTo(2);
        assertThat(item.err()).contains("检查设置是出版物的");
    }
}
