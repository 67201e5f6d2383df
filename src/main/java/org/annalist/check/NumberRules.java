package org.annalist.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GB/T 15835 出版物上数字用法: numbers in Chinese text. */
final class NumberRules {
    private static final String CN = "[〇零一二三四五六七八九十]";
    private static final Pattern YEAR_CN_MONTH = Pattern.compile("(?<![\\d.])\\d{4}年(" + CN + "{1,3})月");
    private static final Pattern MONTH_CN_DAY = Pattern.compile("(?<![\\d.])\\d{1,2}月(" + CN + "{1,3})[日号]");
    private static final Pattern CN_YEAR_MONTH = Pattern.compile("([〇零一二三四五六七八九]{4})年(?=\\d{1,2}月)");
    private static final Pattern CN_MONTH_DAY = Pattern.compile("(?<![〇零一二三四五六七八九十])([一二三四五六七八九十]{1,2})月(?=\\d{1,2}[日号])");
    private static final Pattern PERCENT_CN = Pattern.compile("百分之(\\d+(?:\\.\\d+)?)");
    private static final Pattern GROUPED = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?![\\d,])");
    private static final Pattern COMMA_DIGITS = Pattern.compile("(?<![\\d.,])\\d+(?:,\\d+)+(?![\\d,])");
    private static final Pattern SHORT_YEAR_MARK = Pattern.compile("[’'‘`](\\d{2})年");
    private static final Pattern SHORT_YEAR_MONTH = Pattern.compile("(?<![\\d.’'‘`])(\\d{2})年(?=\\d{1,2}月)");
    private static final Pattern RANGE = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)([~～\\-–—至])(\\d+(?:\\.\\d+)?)(%|‰|万|亿)"
            + "(元|人次|人|吨|亩|户|千米|公里|平方千米|平方米|立方米|千瓦时|千瓦|件|册|字|辆|台|株|头|只)?");
    private static final Pattern TILDE = Pattern.compile("(?<=\\d[%‰]?)~(?=\\d)");
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\w.．])\\.(\\d+)");

    private NumberRules() {
    }

    /** 2022年十二月, 3月二十日, 二〇二二年3月, 百分之5. */
    static void mixed(Unit u, Reporter r) {
        String t = u.text;
        if (t.indexOf('月') >= 0) {
            Matcher m = YEAR_CN_MONTH.matcher(t);
            while (m.find()) arabic(u, r, m.start(1), m.end(1), m.group(1), 12);
            m = MONTH_CN_DAY.matcher(t);
            while (m.find()) arabic(u, r, m.start(1), m.end(1), m.group(1), 31);
            m = CN_YEAR_MONTH.matcher(t);
            while (m.find()) arabic(u, r, m.start(1), m.end(1), m.group(1), 9999);
            m = CN_MONTH_DAY.matcher(t);
            while (m.find()) arabic(u, r, m.start(1), m.end(1), m.group(1), 12);
        }
        if (t.contains("百分之")) {
            Matcher m = PERCENT_CN.matcher(t);
            while (m.find()) {
                r.report(u, Rule.MIXED_NUMERALS, m.start(), m.end(), m.group(1) + "%", "check.mixedNumerals", m.group(), m.group(1) + "%");
            }
        }
    }

    private static void arabic(Unit u, Reporter r, int from, int to, String numeral, int max) {
        int v = Chars.chineseValue(numeral);
        if (v < 1 || v > max) return;
        String a = Integer.toString(v);
        r.report(u, Rule.MIXED_NUMERALS, from, to, a, "check.mixedNumerals", numeral, a);
    }

    /** 1,234,567: written together in Chinese text (or with 千分空); digits joined by commas not in threes. */
    static void thousands(Unit u, Reporter r) {
        String t = u.text;
        if (t.indexOf(',') < 0) return;
        Matcher m = COMMA_DIGITS.matcher(t);
        while (m.find()) {
            if (GROUPED.matcher(m.group()).matches()) {
                r.report(u, Rule.THOUSANDS_SEPARATOR, m.start(), m.end(), m.group().replace(",", ""), "check.thousands", m.group());
            } else if (Chars.isChinese(u.at(m.start() - 1)) || Chars.isChinese(u.at(m.end()))) {
                r.report(u, Rule.THOUSANDS_SEPARATOR, m.start(), m.end(), null, "check.thousands.grouping", m.group());
            }
        }
    }

    /** ’22年 and 22年3月: the year in full. */
    static void abbreviatedYear(Unit u, Reporter r) {
        String t = u.text;
        if (t.indexOf('年') < 0) return;
        for (Pattern p : new Pattern[]{SHORT_YEAR_MARK, SHORT_YEAR_MONTH}) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                int yy = Integer.parseInt(m.group(1));
                String full = (yy >= 50 ? "19" : "20") + m.group(1) + "年";
                r.report(u, Rule.ABBREVIATED_YEAR, m.start(), m.end(), full, "check.year", m.group(), full);
            }
        }
    }

    /** 5~95% → 5%～95%; 9～16亿 → 9亿～16亿; 13～17万元 → 13万元～17万元; an ASCII ~ between numbers → ～. */
    static void range(Unit u, Reporter r) {
        String t = u.text;
        if (t.indexOf('~') < 0 && t.indexOf('%') < 0 && t.indexOf('‰') < 0 && t.indexOf('万') < 0 && t.indexOf('亿') < 0) return;
        Matcher m = RANGE.matcher(t);
        java.util.BitSet done = new java.util.BitSet();
        while (m.find()) {
            String unit = m.group(4) + (m.group(5) == null ? "" : m.group(5));
            String connector = "~-–".contains(m.group(2)) ? "～" : m.group(2);
            String fixed = m.group(1) + unit + connector + m.group(3) + unit;
            r.report(u, Rule.RANGE, m.start(), m.end(), fixed, "check.range", m.group(), fixed);
            done.set(m.start(), m.end());
        }
        if (t.indexOf('~') < 0) return;
        m = TILDE.matcher(t);
        while (m.find()) {
            if (done.get(m.start())) continue;
            if (Chars.isChinese(u.at(m.start() - 1)) || hasChineseNear(u, m.start())) {
                r.report(u, Rule.RANGE, m.start(), m.end(), "～", "check.range.tilde");
            }
        }
    }

    private static boolean hasChineseNear(Unit u, int i) {
        for (int k = Math.max(0, i - 8); k < Math.min(u.length(), i + 8); k++) if (Chars.isHan(u.text.charAt(k))) return true;
        return false;
    }

    /** .46 → 0.46. */
    static void decimal(Unit u, Reporter r) {
        String t = u.text;
        if (t.indexOf('.') < 0) return;
        Matcher m = DECIMAL.matcher(t);
        while (m.find()) {
            char prev = u.at(m.start() - 1);
            if (prev != 0 && !Chars.isChinese(prev) && !Character.isWhitespace(prev)) continue;
            if (!Chars.isChinese(prev) && !hasChineseNear(u, m.start())) continue;
            String fixed = "0" + m.group();
            r.report(u, Rule.DECIMAL, m.start(), m.end(), fixed, "check.decimal", m.group(), fixed);
        }
    }

    /**
     * A number the source breaks over two lines ("12" at a line end, "345" on the next): the reader joins Latin lines
     * with a space, so the printed number would have a gap. The fix joins the lines.
     */
    static void splitNumber(Unit u, Reporter r) {
        String t = u.text;
        String md = r.markdown();
        for (int i = 1; i + 1 < t.length(); i++) {
            char c = t.charAt(i);
            if ((c != ' ' && c != '\n') || u.source[i] >= 0 && md.charAt(u.source[i]) != '\n') continue;
            if (!Chars.isDigit(t.charAt(i - 1)) || !Chars.isDigit(t.charAt(i + 1))) continue;
            int start = u.source[i - 1] + 1;
            int end = u.source[i + 1];
            if (u.source[i - 1] < 0 || end < 0 || start >= end) continue;
            String between = md.substring(start, end);
            if (between.indexOf('\n') < 0) continue;
            String fix = between.strip().isEmpty() || between.strip().equals("\\") ? "" : null;
            r.reportSource(u, Rule.SPLIT_NUMBER, i - 1, i + 2, start, end, fix, "check.splitNumber",
                    t.substring(Math.max(0, i - 6), i).strip() + "|" + t.substring(i + 1, Math.min(t.length(), i + 7)).strip());
        }
    }
}
