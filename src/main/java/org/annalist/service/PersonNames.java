package org.annalist.service;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The default pinyin sort key of a person's name (editable afterwards). Surnames whose reading as a
 * surname differs from the common reading (曾 zēng, 单 shàn, 解 xiè …) are read as surnames, because
 * collators otherwise sort 单雄信 under dān.
 */
public final class PersonNames {

    /** Surname readings, tone as a digit. Compound surnames first. */
    private static final Map<String, String> SURNAMES = Map.ofEntries(
            Map.entry("万俟", "mo4 qi2"), Map.entry("尉迟", "yu4 chi2"), Map.entry("长孙", "zhang3 sun1"),
            Map.entry("曾", "zeng1"), Map.entry("查", "zha1"), Map.entry("仇", "qiu2"), Map.entry("单", "shan4"),
            Map.entry("解", "xie4"), Map.entry("区", "ou1"), Map.entry("朴", "piao2"), Map.entry("盖", "ge3"),
            Map.entry("覃", "qin2"), Map.entry("缪", "miao4"), Map.entry("翟", "zhai2"), Map.entry("尉", "yu4"),
            Map.entry("乐", "yue4"), Map.entry("召", "shao4"), Map.entry("种", "chong2"), Map.entry("繁", "po2"),
            Map.entry("任", "ren2"), Map.entry("沈", "shen3"), Map.entry("秘", "bi4"), Map.entry("员", "yun4"),
            Map.entry("句", "gou1"), Map.entry("阚", "kan4"), Map.entry("宿", "su4"), Map.entry("华", "hua4"),
            Map.entry("葛", "ge3"), Map.entry("折", "she2"), Map.entry("过", "guo1"), Map.entry("车", "che1"),
            Map.entry("黑", "he4"), Map.entry("隗", "wei3"), Map.entry("洗", "xian3"), Map.entry("祭", "zhai4"));

    private PersonNames() {
    }

    /**
     * The pinyin of a word or phrase in dictionary order (the first reading of each character), for
     * sorting index terms; no surname rules.
     */
    public static String pinyin(String text) {
        HanyuPinyinOutputFormat fmt = format();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            String r = reading(text.charAt(i), fmt);
            if (r != null) parts.add(r);
            else if (!Character.isWhitespace(text.charAt(i))) parts.add(String.valueOf(text.charAt(i)).toLowerCase(java.util.Locale.ROOT));
        }
        return String.join(" ", parts);
    }

    private static HanyuPinyinOutputFormat format() {
        HanyuPinyinOutputFormat fmt = new HanyuPinyinOutputFormat();
        fmt.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        fmt.setToneType(HanyuPinyinToneType.WITH_TONE_NUMBER);
        fmt.setVCharType(HanyuPinyinVCharType.WITH_V);
        return fmt;
    }

    private static String reading(char c, HanyuPinyinOutputFormat fmt) {
        try {
            String[] all = PinyinHelper.toHanyuPinyinStringArray(c, fmt);
            return all != null && all.length > 0 ? all[0] : null;
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }

    /** e.g. 曾国藩 → "zeng1 guo2 fan1"; characters without a reading are kept as they are. */
    public static String sortKey(String name) {
        String n = name.strip();
        List<String> parts = new ArrayList<>();
        int i = 0;
        for (int len = 2; len >= 1; len--) {
            if (n.length() > len && SURNAMES.containsKey(n.substring(0, len))) {
                parts.add(SURNAMES.get(n.substring(0, len)));
                i = len;
                break;
            }
        }
        HanyuPinyinOutputFormat fmt = new HanyuPinyinOutputFormat();
        fmt.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        fmt.setToneType(HanyuPinyinToneType.WITH_TONE_NUMBER);
        fmt.setVCharType(HanyuPinyinVCharType.WITH_V);
        for (; i < n.length(); i++) {
            char c = n.charAt(i);
            String reading = null;
            try {
                String[] all = PinyinHelper.toHanyuPinyinStringArray(c, fmt);
                if (all != null && all.length > 0) reading = all[0];
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException(e);
            }
            if (reading != null) parts.add(reading);
            else if (!Character.isWhitespace(c) && c != '·') parts.add(String.valueOf(c).toLowerCase(java.util.Locale.ROOT));
        }
        return String.join(" ", parts);
    }
}
