package org.annalist.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** new / rename / delete / restore / trash end to end on a real archive folder. */
class ManageCliTest {
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
        all[3] = "李编辑";
        System.arraycopy(args, 0, all, 4, args.length);
        int code = AnnalistCli.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Run ok(String... args) {
        Run r = run(args);
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        return r;
    }

    @Test
    void aNewVolumeFromTheSkeletonThenNextYearsAndTheTrash() {
        assertThat(ok("new", "publication", "示范县年鉴", "--kind", "年鉴", "--year", "2022", "--code", "sf2022",
                "--skeleton", "县级年鉴").out()).contains("《示范县年鉴》2022").contains("栏目 25 个");
        assertThat(ok("new", "section", "监察", "--parent", "sf2022/政治").out()).contains("分目“监察”");
        assertThat(ok("new", "section", "专记", "--publication", "sf2022").out()).contains("类目“专记”");
        String item = ok("new", "item", "县委全会召开", "--in", "sf2022/政治/中共县委").out();
        assertThat(item).contains("条目《县委全会召开》");
        ok("new", "publication", "示范县年鉴", "--kind", "年鉴", "--year", "2023", "--code", "sf2023", "--copy-from", "sf2022");
        assertThat(ok("list", "sf2023").out()).contains("分目 监察").contains("类目 专记").doesNotContain("县委全会召开");
        ok("new", "publication", "乌当文史", "--kind", "文史", "--volume", "3");
        assertThat(ok("list").out()).contains("《乌当文史》第3辑");

        ok("rename", "section", "sf2023/专记", "专文");
        assertThat(ok("list", "sf2023").out()).contains("类目 专文");

        assertThat(ok("delete", "section", "sf2022/政治").out()).contains("类目 政治").contains("回收站编号 1");
        assertThat(ok("list", "sf2022").out()).doesNotContain("政治").doesNotContain("县委全会召开");
        assertThat(ok("trash").out()).contains("#1 栏目 类目 政治").contains("稿件 1 篇").contains("李编辑");
        ok("restore", "1");
        assertThat(ok("list", "sf2022").out()).contains("类目 政治").contains("县委全会召开");
        assertThat(ok("trash").out()).contains("回收站是空的");

        Run refused = run("delete", "publication", "sf2023", "--permanent");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("--yes");
        assertThat(ok("delete", "publication", "sf2023", "--permanent", "--yes").out()).contains("永久删除");
        assertThat(ok("list").out()).doesNotContain("2023");
        ok("new", "publication", "示范县年鉴", "--kind", "年鉴", "--year", "2023", "--code", "sf2023");

        ok("delete", "item", "1");
        assertThat(run("trash", "--purge", "3").code()).isEqualTo(2);
        assertThat(ok("trash", "--purge", "3", "--yes").out()).contains("永久删除");
        assertThat(run("restore", "3").code()).isEqualTo(1);
    }

    @Test
    void theDemoPublicationsCanBeRemoved() {
        ok("demo", "--from", org.annalist.service.TestFiles.archiveDir().toString(), "--no-typeset");
        ok("delete", "publication", "demo-nianjian-2022");
        ok("delete", "publication", "demo-wenshi-1", "--permanent", "--yes");
        assertThat(ok("list").out()).doesNotContain("示范年鉴").doesNotContain("政协文史资料");
        Run again = run("demo", "--from", org.annalist.service.TestFiles.archiveDir().toString(), "--no-typeset");
        assertThat(again.out() + again.err()).contains("回收站");
    }

    @Test
    void englishMessages() {
        Run r = run("--lang", "en", "delete", "thing", "1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("publication, section or item");
    }
}
