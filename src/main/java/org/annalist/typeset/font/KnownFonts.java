package org.annalist.typeset.font;

import org.annalist.i18n.Texts;
import java.util.List;
import java.util.Map;

/**
 * The fonts each role looks for in the user fonts folder and the system, best first. A candidate is
 * found by any of its family names (the name table gives English and Chinese ones) or, failing that, by
 * its well-known file name: fonts renamed by a vendor keep the file name, and some old GB fonts carry
 * names a modern reader decodes differently.
 */
final class KnownFonts {

    /** One font looked for: names as the name table gives them, and the file names it ships as. */
    record Candidate(List<String> names, List<String> files) {
    }

    private static Candidate c(List<String> names, String... files) {
        return new Candidate(names, List.of(files));
    }

    /*
     * Order: the Windows fonts every office PC has (what yearbook templates are set in), then the 方正
     * (Founder) fonts publishers install, then the macOS 华文 (ST) fonts. Noto/Source Han CJK are listed so
     * that a Linux machine's copy is named in the report when skipped as CFF rather than silently ignored.
     */
    private static final Map<FontRole, List<Candidate>> CANDIDATES = Map.of(
            FontRole.SONG, List.of(
                    c(List.of("SimSun", "宋体"), "simsun.ttc", "simsun.ttf"),
                    c(List.of("NSimSun", "新宋体"), "nsimsun.ttf"),
                    c(List.of("FZShuSong-Z01", "方正书宋_GBK", "FZShuSong-Z01S", "方正书宋简体"), "fzssk.ttf", "fzssjw.ttf"),
                    c(List.of("STSong", "华文宋体", "STSongti-SC-Regular", "Songti SC", "宋体-简"), "stsong.ttf", "songti.ttc"),
                    c(List.of("Noto Serif CJK SC", "Source Han Serif SC", "思源宋体")),
                    c(List.of("AR PL UMing CN", "AR PL SungtiL GB"), "uming.ttc", "gbsn00lp.ttf")),
            FontRole.HEI, List.of(
                    c(List.of("SimHei", "黑体"), "simhei.ttf"),
                    c(List.of("Microsoft YaHei", "微软雅黑"), "msyh.ttc", "msyh.ttf"),
                    c(List.of("FZHei-B01", "方正黑体_GBK", "FZHei-B01S", "方正黑体简体"), "fzhtk.ttf", "fzhtjw.ttf"),
                    c(List.of("STHeiti", "华文黑体", "Heiti SC", "黑体-简"), "stheiti.ttf", "stheitisc.ttc"),
                    c(List.of("Noto Sans CJK SC", "Source Han Sans SC", "思源黑体")),
                    c(List.of("WenQuanYi Zen Hei", "文泉驿正黑", "WenQuanYi Micro Hei", "文泉驿微米黑"), "wqy-zenhei.ttc", "wqy-microhei.ttc")),
            FontRole.KAI, List.of(
                    c(List.of("KaiTi", "楷体", "KaiTi_GB2312", "楷体_GB2312"), "simkai.ttf"),
                    c(List.of("FZKai-Z03", "方正楷体_GBK", "FZKai-Z03S", "方正楷体简体"), "fzktk.ttf", "fzktjw.ttf"),
                    c(List.of("STKaiti", "华文楷体", "Kaiti SC", "楷体-简"), "stkaiti.ttf", "kaiti.ttc"),
                    c(List.of("AR PL UKai CN", "AR PL KaitiM GB"), "ukai.ttc", "gkai00mp.ttf"),
                    c(List.of("LXGW WenKai", "霞鹜文楷"), "lxgwwenkai-regular.ttf")),
            FontRole.FANG, List.of(
                    c(List.of("FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312"), "simfang.ttf"),
                    c(List.of("FZFangSong-Z02", "方正仿宋_GBK", "FZFangSong-Z02S", "方正仿宋简体"), "fzfsk.ttf", "fzfsjw.ttf"),
                    c(List.of("STFangsong", "华文仿宋", "Fangsong SC"), "stfangso.ttf")),
            FontRole.LATIN, List.of(
                    c(List.of("Times New Roman"), "times.ttf"),
                    c(List.of("Liberation Serif"), "liberationserif-regular.ttf"),
                    c(List.of("Times"), "times.ttc")));

    /** How the report names what a role was looking for ("系统中没有仿宋"). */
    private static final Map<FontRole, String> WANTED = Map.of(
            FontRole.SONG, "font.wanted.SONG", FontRole.HEI, "font.wanted.HEI", FontRole.KAI, "font.wanted.KAI",
            FontRole.FANG, "font.wanted.FANG", FontRole.LATIN, "font.wanted.LATIN");

    private KnownFonts() {
    }

    static List<Candidate> candidates(FontRole role) {
        return CANDIDATES.get(role);
    }

    static String wanted(FontRole role) {
        return Texts.get(WANTED.get(role));
    }
}
