package org.annalist.cli;

import org.annalist.model.ItemKind;
import org.annalist.service.AnnalistSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Due dates and 三校一读 from the command line: {@code review ITEM --due} makes an item overdue in {@code status};
 * {@code status PUB --proof STAGE} runs 排版 → 一校 → 核红 → 二校 → 三校 → 通读 → 付印, rounds opened on a proof PDF and
 * closed with their errors, refusals (out of order, no PDF, not a PDF) with a clear message.
 */
class ProofCliTest {
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

    private Run ok(String... args) {
        Run r = run(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    private Run fails(int code, String expected, String... args) {
        Run r = run(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isEqualTo(code);
        assertThat(r.err()).contains(expected);
        return r;
    }

    @Test
    void dueDatesAndTheProofRoundsFromTheCommandLine() throws Exception {
        String article;
        try (AnnalistSession s = AnnalistSession.open(tmp.resolve("data"), false, "收稿人")) {
            var m = s.management();
            var pub = m.createPublication(new org.annalist.service.ArchiveManagement.NewPublication(
                    org.annalist.model.PublicationKind.WENSHI, "政协文史", 1, null, null, null));
            var section = m.createSection(pub.id(), null, "往事");
            article = Long.toString(m.createItem(section.id(), ItemKind.ARTICLE, "老街旧事").id());
        }
        ok("--user", "管理员", "staff", "--grant", "丙", "--role", "主编");
        ok("--user", "丙", "staff", "--grant", "甲", "--role", "责任编辑");
        ok("--user", "丙", "staff", "--grant", "乙", "--role", "编辑部主任");
        ok("--user", "丙", "staff", "--grant", "丁", "--role", "校对");

        // a due date: overdue in the report from the day after
        fails(2, "不是日期", "review", article, "--due", "明年三月");
        assertThat(ok("review", article, "--due", "2026-03-01").out()).contains("期限定为 2026-03-01");
        assertThat(ok("status", "政协文史", "--as-of", "2026-03-01").out()).contains("逾期 0 篇");
        assertThat(ok("status", "政协文史", "--as-of", "2026-03-05").out()).contains("逾期 1 篇").contains("老街旧事");
        assertThat(ok("review", article, "--due", "none").out()).contains("期限已清除");
        assertThat(ok("status", "政协文史", "--as-of", "2026-03-05").out()).contains("逾期 0 篇");

        // 排版 needs every item 定稿
        Path proof = tmp.resolve("一校样.pdf");
        Files.write(proof, "%PDF-1.4 校样".getBytes(StandardCharsets.UTF_8));
        fails(1, "定稿", "--user", "甲", "status", "政协文史", "--proof", "排版", "--proof-pdf", proof.toString());
        ok("--user", "甲", "review", article, "--to", "初审");
        ok("--user", "甲", "review", article, "--to", "复审", "--opinion", "同意");
        ok("--user", "乙", "review", article, "--to", "终审", "--opinion", "同意");
        ok("--user", "丙", "review", article, "--to", "定稿", "--opinion", "同意定稿");

        fails(2, "须附校样", "--user", "甲", "status", "政协文史", "--proof", "排版");
        Path notPdf = tmp.resolve("校样.txt");
        Files.writeString(notPdf, "不是 PDF");
        fails(1, "不是 PDF", "--user", "甲", "status", "政协文史", "--proof", "排版", "--proof-pdf", notPdf.toString());
        fails(1, "所需的职务", "--user", "丁", "status", "政协文史", "--proof", "排版", "--proof-pdf", proof.toString());
        assertThat(ok("--user", "甲", "status", "政协文史", "--proof", "排版", "--proof-pdf", proof.toString()).out())
                .contains("排版已签署").contains("甲 签署").contains("校样 SHA-256");
        fails(1, "", "--user", "丁", "status", "政协文史", "--proof", "核红", "--proof-pdf", proof.toString()); // 一校 first
        ok("--user", "丁", "status", "政协文史", "--proof", "一校", "--proof-pdf", proof.toString());
        fails(2, "差错数", "--user", "丁", "status", "政协文史", "--proof", "一校", "--close");
        assertThat(ok("--user", "丁", "status", "政协文史", "--proof", "一校", "--close", "--errors", "12", "--opinion", "改正错字").out())
                .contains("一校已完成").contains("差错 12 处");
        for (String round : new String[] {"核红", "二校", "三校", "通读"}) {
            ok("--user", "丁", "status", "政协文史", "--proof", round, "--proof-pdf", proof.toString());
            ok("--user", "丁", "status", "政协文史", "--proof", round, "--close", "--errors", "0");
        }
        Run printed = ok("--user", "丙", "status", "政协文史", "--proof", "付印", "--proof-pdf", proof.toString(), "--opinion", "同意付印");
        assertThat(printed.out()).contains("付印已签署").contains("丙 签署");
        assertThat(ok("status").out()).contains("付印");
        fails(1, "", "--user", "丁", "status", "政协文史", "--proof", "通读", "--proof-pdf", proof.toString()); // printed: no more steps
    }
}
