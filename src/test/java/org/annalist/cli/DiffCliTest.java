package org.annalist.cli;

import org.annalist.model.Item;
import org.annalist.service.AnnalistSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code annalist diff} and {@code annalist restore-revision} on a real archive folder. */
class DiffCliTest {
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
        all[3] = "赵主编";
        System.arraycopy(args, 0, all, 4, args.length);
        int code = AnnalistCli.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void diffTwoRevisionsThenRestoreTheFirst() throws Exception {
        Path file = tmp.resolve("回忆.txt");
        Files.writeString(file, "祖父张𠀋生，光绪年间生于城南。\n\n他少年时在私塾读书。\n\n后来到县城学做生意。\n");
        Run imp = run("import", file.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        long id;
        try (AnnalistSession s = AnnalistSession.open(tmp.resolve("data"), false, "王校对")) {
            Item item = s.queries().tree().inbox().get(0);
            id = item.id();
            String body = item.body().replace("光绪年间", "光绪二十年").replace("他少年时在私塾读书。\n\n", "")
                    + "\n他少年时在私塾读书。\n";
            s.editing().commit(item.withBody(body), "改生年，调段落");
        }
        Run diff = run("diff", String.valueOf(id));
        assertThat(diff.code()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("第1版（").contains("→ 第2版（王校对，").contains("，改生年，调段落）")
                .contains("插入 3 字，删去 2 字，移动 1 段")
                .contains("祖父张𠀋生，光绪[-年间-]{+二十年+}生于城南。\n[<1 他少年时在私塾读书。<]\n后来到县城学做生意。\n{>1 他少年时在私塾读书。>}\n");
        Run changes = run("diff", "#" + id, "1", "2", "--changes");
        assertThat(changes.out()).contains("[<1 他少年时在私塾读书。<]").doesNotContain("后来到县城学做生意。");

        Run restore = run("restore-revision", String.valueOf(id), "1");
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("恢复为第1版的文字，存为第3版（赵主编）");
        Run same = run("diff", String.valueOf(id), "1", "3");
        assertThat(same.out()).contains("第1版与第3版的文字相同");

        Run again = run("restore-revision", String.valueOf(id), "1");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("第 1 版就是").contains("现在的文字，无须恢复");
        Run missing = run("diff", String.valueOf(id), "1", "9");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("没有第 9 版");
        assertThat(run("diff", "x").code()).isEqualTo(2);
        Run help = run("diff", "--help");
        assertThat(help.out()).contains("REV_A").contains("{+插入+}");
    }
}
