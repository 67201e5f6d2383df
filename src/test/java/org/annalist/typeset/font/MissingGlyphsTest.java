package org.annalist.typeset.font;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The 缺字 report tells an editor which character, where, how often, and what to do about it. */
class MissingGlyphsTest {

    @Test
    void eachCharacterIsListedOnceWithCountCodeAndFirstContext() {
        MissingGlyphs m = new MissingGlyphs();
        String text = "本年度，区政府在𠀾头村修建了水库，𠀾头村村民受益。";
        int at = text.indexOf("𠀾");
        m.record(FontRole.SONG, text, at);
        m.record(FontRole.SONG, text, text.indexOf("𠀾", at + 2));
        m.record(FontRole.HEI, "\uE001", 0);
        List<MissingGlyphs.Entry> es = m.entries();
        assertThat(es).hasSize(2);
        MissingGlyphs.Entry e = es.get(0);
        assertThat(e.role()).isEqualTo(FontRole.SONG);
        assertThat(e.count()).isEqualTo(2);
        assertThat(e.code()).isEqualTo("U+2003E");
        assertThat(e.firstContext()).isEqualTo("本年度，区政府在【𠀾】头村修建了水库，…");
        String text2 = m.toText();
        assertThat(text2).contains("缺字 2 个，共出现 3 次",
                "宋体  “𠀾”  U+2003E  2 次  如：本年度，区政府在【𠀾】头村修建了水库，…  （生僻字（扩展 B 区及以后），常用字体不带）",
                "黑体  “\uE001”  U+E001  1 次  如：【\uE001】  （私用区字符",
                "处理办法：");
    }

    @Test
    void contextIsOneLineAndNeverSplitsASurrogatePair() {
        String text = "𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈\n第二行X第三行𠀉𠀊𠀋𠀌𠀍𠀎𠀏𠀐𠀑";
        String ctx = MissingGlyphs.context(text, text.indexOf('X'), 1);
        assertThat(ctx).isEqualTo("…𠀅𠀆𠀇𠀈 第二行【X】第三行𠀉𠀊𠀋𠀌𠀍…");
        for (int i = 0; i < ctx.length(); i++) {
            char c = ctx.charAt(i);
            if (Character.isHighSurrogate(c)) assertThat(Character.isLowSurrogate(ctx.charAt(i + 1))).isTrue();
        }
        assertThat(MissingGlyphs.context("ab", 0, 1)).isEqualTo("【a】b");
    }

    @Test
    void theReadyMadeContextFormStillWorksAndEmptyIsSaid() {
        MissingGlyphs m = new MissingGlyphs();
        assertThat(m.toText()).isEqualTo("缺字：无\n");
        m.record(FontRole.FANG, 0x9FFF, null);
        m.record(FontRole.FANG, 0x9FFF, "上下文");
        assertThat(m.entries()).singleElement().satisfies(e -> {
            assertThat(e.count()).isEqualTo(2);
            assertThat(e.firstContext()).isEqualTo("上下文");
        });
        assertThat(m.toText()).contains("仿宋  “\u9FFF”  U+9FFF  2 次  如：上下文");
    }

    @Test
    void recordingFromManyThreadsLosesNothing() throws InterruptedException {
        MissingGlyphs m = new MissingGlyphs();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Runnable> jobs = new ArrayList<>();
        for (int t = 0; t < 8; t++) jobs.add(() -> {
            for (int i = 0; i < 1000; i++) m.record(FontRole.SONG, "甲乙丙", 1);
        });
        jobs.forEach(pool::execute);
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(m.entries()).singleElement().extracting(MissingGlyphs.Entry::count).isEqualTo(8000);
    }
}
