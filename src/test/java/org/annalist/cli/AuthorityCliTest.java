package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annalist persons|places}: add with 字/号 and old names, list in pinyin order (单 as shan), offer mentions in an
 * imported manuscript (张自忠 not inside 张自忠路), confirm, the page listing the item, merge, and the messages for a
 * name that is not there and a wrong action.
 */
class AuthorityCliTest {
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

    @Test
    void addsListsOffersConfirmsShowsAndMerges() throws Exception {
        Path file = tmp.resolve("来稿.txt");
        Files.writeString(file, "张自忠将军在宜城\n\n1940年5月，张自忠将军在宜城南瓜店殉国。汉口有张自忠路。荩忱将军忠骸归葬北碚。\n",
                StandardCharsets.UTF_8);
        assertThat(run("import", file.toString()).code()).isZero();
        Run added = run("persons", "add", "张自忠", "--zi", "荩忱", "--born", "1891", "--died", "1940");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("张自忠　字荩忱（1891—1940）").contains("［zhang1 zi4 zhong1］");
        assertThat(run("persons", "add", "单雄信").code()).isZero();
        assertThat(run("places", "add", "张自忠路", "--kind", "路").code()).isZero();
        assertThat(run("places", "add", "北碚区", "--old", "北碚", "--kind", "区").code()).isZero();
        Run list = run("persons", "list");
        assertThat(list.out().indexOf("单雄信")).isLessThan(list.out().indexOf("张自忠"));
        assertThat(list.out()).contains("共 2 人");

        Run offered = run("persons", "offer");
        assertThat(offered.out()).as(offered.err()).contains("新找出 4 处提及");   // 张自忠, 张自忠路, 荩忱, 北碚 in the text
        assertThat(run("persons", "offer").out()).contains("新找出 0 处提及");
        assertThat(run("persons", "show", "张自忠").out()).contains("还没有确认的提及");
        assertThat(run("persons", "confirm", "荩忱").out()).contains("已确认“荩忱”在稿件中的 2 处提及");
        Run page = run("persons", "show", "张自忠");
        assertThat(page.out()).contains("张自忠将军在宜城").contains("提及 2 处").contains("【张自忠】将军在宜城南瓜店");
        assertThat(run("places", "confirm", "北碚").out()).contains("1 处提及");
        assertThat(run("places", "show", "北碚区").out()).contains("提及 1 处").contains("【北碚】");

        assertThat(run("places", "add", "北碚", "--kind", "区").code()).isZero();
        Run ambiguous = run("places", "show", "北碚");
        assertThat(ambiguous.code()).isZero();   // the one named exactly so is meant
        Run merged = run("places", "merge", "北碚区", "#3");
        assertThat(merged.out()).as(merged.err()).contains("已把“北碚”并入：#2 北碚区");
        assertThat(run("places", "list").out()).contains("共 2 处地名");

        Run missing = run("persons", "show", "无名氏");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("没有人物“无名氏”");
        Run wrong = run("places", "frob");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("用法不对（“frob”）");
    }
}
