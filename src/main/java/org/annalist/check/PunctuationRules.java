package org.annalist.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GB/T 15834 标点符号用法: marks in Chinese text, their pairs, forms and repetitions. */
final class PunctuationRules {
    private static final Pattern ELLIPSIS = Pattern.compile("\\.{3,}|。{3,}|[·・]{3,}|…+");
    private static final Pattern DASH = Pattern.compile("-{2,}|[─━]{2}|－{2}|(?<!—)—(?!—)|一一");
    private static final Pattern REPEATED = Pattern.compile("([，、；：。])\\1+|[，、；：][，、；：。]|。[，、；：]");
    private static final Pattern APPROXIMATE = Pattern.compile(
            "([一二三四五六七八九])、([一二三四五六七八九十])(?=[十百千万亿个年岁天次人名位项家条多余])");
    private static final String OPENERS = "（【〔《〈“‘「『";
    private static final String CLOSERS = "）】〕》〉”’」』";

    private PunctuationRules() {
    }

    /** , . ; : ? ! ( ) " ' in Chinese text, each with its full-width form. */
    static void halfWidth(Unit u, QuoteResolution q, Reporter r) {
        String t = u.text;
        Deque<Integer> parens = new ArrayDeque<>();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (u.quiet.get(i)) continue;
            switch (c) {
                case ',', ';', ':', '?', '!' -> {
                    char prev = u.at(i - 1);
                    int j = i + 1;
                    while (j < t.length() && t.charAt(j) == ' ') j++;
                    char next = u.at(j);
                    if ((c == ',' || c == ':') && Chars.isDigit(prev) && Chars.isDigit(u.at(i + 1))) continue;
                    if (Chars.isChinese(prev) || Chars.isChinese(next)) {
                        int end = j > i + 1 && (Chars.isChinese(next) || next == 0) ? j : i + 1;
                        String fw = String.valueOf(fullWidth(c));
                        r.report(u, Rule.HALF_WIDTH_PUNCTUATION, i, end, fw, "check.halfWidth.mark", c, fw);
                    }
                }
                case '.' -> {
                    char prev = u.at(i - 1);
                    char next = u.at(i + 1);
                    if (prev == '.' || next == '.' || Chars.isDigit(next)) continue;
                    if (Chars.isHan(prev) && (next == 0 || next == ' ' || next == '\n' || Chars.isChinese(next))) {
                        r.report(u, Rule.HALF_WIDTH_PUNCTUATION, i, i + 1, "。", "check.halfWidth.mark", c, "。");
                    }
                }
                case '(' -> parens.push(i);
                case ')' -> {
                    if (parens.isEmpty()) {
                        if (Chars.isChinese(u.at(i - 1)) || Chars.isChinese(u.at(i + 1))) bracket(u, i, r);
                    } else {
                        int o = parens.pop();
                        char before = u.at(o - 1);
                        boolean opensChinese = before == 0 || Character.isWhitespace(before) || Chars.isChinese(before);
                        if (hasHan(t, o + 1, i) || opensChinese && Chars.isChinese(u.at(i + 1))) {
                            bracket(u, o, r);
                            bracket(u, i, r);
                        }
                    }
                }
                case '"', '\'' -> {
                    char to = q.resolved[i];
                    if (to == c) continue;
                    int p = q.partner[i];
                    boolean chinese = Chars.isChinese(u.at(i - 1)) || Chars.isChinese(u.at(i + 1));
                    if (p >= 0) {
                        chinese |= Chars.isChinese(u.at(p - 1)) || Chars.isChinese(u.at(p + 1))
                                || hasHan(t, Math.min(i, p) + 1, Math.max(i, p));
                    }
                    if (chinese) {
                        r.report(u, Rule.HALF_WIDTH_PUNCTUATION, i, i + 1, String.valueOf(to), "check.halfWidth.quote", c, to);
                    }
                }
                default -> {
                }
            }
        }
        for (int o : parens) {
            if (Chars.isChinese(u.at(o - 1)) || Chars.isChinese(u.at(o + 1))) bracket(u, o, r);
        }
    }

    private static void bracket(Unit u, int i, Reporter r) {
        char c = u.text.charAt(i);
        String fw = c == '(' ? "（" : "）";
        r.report(u, Rule.HALF_WIDTH_PUNCTUATION, i, i + 1, fw, "check.halfWidth.mark", c, fw);
    }

    private static char fullWidth(char c) {
        return switch (c) {
            case ',' -> '，';
            case ';' -> '；';
            case ':' -> '：';
            case '?' -> '？';
            case '!' -> '！';
            default -> c;
        };
    }

    private static boolean hasHan(String t, int from, int to) {
        for (int i = from; i < to; i++) if (Chars.isHan(t.charAt(i))) return true;
        return false;
    }

    /** Quotes, brackets and 书名号 that do not pair, or nest wrongly (《 inside 《 is 〈〉; “ inside “ is ‘’). */
    static void unpaired(Unit u, QuoteResolution q, Reporter r) {
        char[] t = q.resolved;
        Deque<Integer> open = new ArrayDeque<>();
        java.util.BitSet innerTitle = new java.util.BitSet();
        for (int i = 0; i < t.length; i++) {
            char c = t[i];
            if (u.quiet.get(i)) continue;
            int o = OPENERS.indexOf(c);
            if (o >= 0) {
                if (c == '《' && innermost(open, t, '《', '》') >= 0) {
                    r.report(u, Rule.UNPAIRED, i, i + 1, "〈", "check.unpaired.nestedTitle");
                    innerTitle.set(i);
                } else if (c == '“' && innermost(open, t, '“', '”') >= 0) {
                    r.report(u, Rule.UNPAIRED, i, i + 1, null, "check.unpaired.nestedQuote");
                }
                open.push(i);
                continue;
            }
            int k = CLOSERS.indexOf(c);
            if (k < 0) continue;
            if (c == '’' && u.text.charAt(i) == '’' && QuoteResolution.apostrophe(u, i)) continue;
            char opener = OPENERS.charAt(k);
            if (!open.isEmpty() && t[open.peek()] == opener) {
                int from = open.pop();
                if (innerTitle.get(from)) r.report(u, Rule.UNPAIRED, i, i + 1, "〉", "check.unpaired.nestedTitle");
                continue;
            }
            boolean deeper = false;
            for (int j : open) if (t[j] == opener) deeper = true;
            if (deeper) {
                r.report(u, Rule.UNPAIRED, i, i + 1, null, "check.unpaired.crossed", c);
                while (t[open.peek()] != opener) open.pop();
                open.pop();
            } else if (c == '”' && nextDoubleIsClosing(t, i)) {
                r.report(u, Rule.UNPAIRED, i, i + 1, "“", "check.unpaired.reversed");
                open.push(i);
                t[i] = '“';
            } else {
                r.report(u, Rule.UNPAIRED, i, i + 1, null, "check.unpaired.closer", c);
            }
        }
        for (int i : open) {
            if (t[i] == '“' && u.nextOpensQuote) continue; // a quotation running on: only its last paragraph closes it
            r.report(u, Rule.UNPAIRED, i, i + 1, null, "check.unpaired.opener", t[i]);
        }
    }

    private static int innermost(Deque<Integer> open, char[] t, char opener, char closer) {
        for (int j : open) if (t[j] == opener) return j;
        return -1;
    }

    private static boolean nextDoubleIsClosing(char[] t, int i) {
        for (int j = i + 1; j < t.length; j++) {
            if (t[j] == '“') return false;
            if (t[j] == '”') return true;
        }
        return false;
    }

    /** ... 。。。 ··· and a lone … for ……; -- 一一 ── and a single — for ——. */
    static void ellipsisAndDash(Unit u, Reporter r) {
        String t = u.text;
        if (t.indexOf('.') >= 0 || t.indexOf('。') >= 0 || t.indexOf('…') >= 0 || t.indexOf('·') >= 0 || t.indexOf('・') >= 0) {
            Matcher m = ELLIPSIS.matcher(t);
            while (m.find()) {
                String s = m.group();
                char c = s.charAt(0);
                if (c == '…' && s.length() % 2 == 0) continue;
                if (c == '…' && s.length() > 3) continue;
                if (c == '.' && !Chars.isChinese(u.at(m.start() - 1)) && !Chars.isChinese(u.at(m.end()))) continue;
                r.report(u, Rule.ELLIPSIS_DASH, m.start(), m.end(), "……", "check.ellipsis", s);
            }
        }
        if (t.indexOf('-') >= 0 || t.indexOf('—') >= 0 || t.indexOf("一一") >= 0 || t.indexOf('─') >= 0
                || t.indexOf('━') >= 0 || t.indexOf('－') >= 0) {
            Matcher m = DASH.matcher(t);
            while (m.find()) {
                String s = m.group();
                char prev = u.at(m.start() - 1);
                char next = u.at(m.end());
                boolean flag = switch (s.charAt(0)) {
                    case '-' -> Chars.isChinese(prev) || Chars.isChinese(next);
                    case '—' -> Chars.isHan(prev) && Chars.isHan(next);
                    case '一' -> (prev == 0 || Character.isWhitespace(prev)) && !sentence(t)
                            || "”’）》".indexOf(prev) >= 0
                            || next == 0 || Character.isWhitespace(next) || Chars.isPunctuation(next);
                    default -> true;
                };
                if (flag) r.report(u, Rule.ELLIPSIS_DASH, m.start(), m.end(), "——", "check.dash", s);
            }
        }
    }

    /** A text with sentence marks: not a subtitle line such as 一一记乌当区政协. */
    private static boolean sentence(String t) {
        return t.indexOf('，') >= 0 || t.indexOf('。') >= 0 || t.indexOf('；') >= 0;
    }

    /** ，， 。。 and two different marks in a row (，。). */
    static void repeated(Unit u, Reporter r) {
        if (!twoMarksInARow(u.text)) return;
        Matcher m = REPEATED.matcher(u.text);
        while (m.find()) {
            String s = m.group();
            if (s.charAt(0) == s.charAt(1)) {
                if (s.charAt(0) == '。' && s.length() >= 3) continue; // 。。。 is an ellipsis written wrong
                r.report(u, Rule.REPEATED_PUNCTUATION, m.start(), m.end(), s.substring(0, 1), "check.repeatedPunctuation", s);
            } else {
                r.report(u, Rule.REPEATED_PUNCTUATION, m.start(), m.end(), null, "check.repeatedPunctuation.mixed", s);
            }
        }
    }

    private static boolean twoMarksInARow(String t) {
        boolean last = false;
        for (int i = 0; i < t.length(); i++) {
            boolean mark = "，、；：。".indexOf(t.charAt(i)) >= 0;
            if (mark && last) return true;
            last = mark;
        }
        return false;
    }

    /** 三、四个 (two neighbouring numerals of an approximate number take no 顿号) and 、等. */
    static void enumerationComma(Unit u, Reporter r) {
        String t = u.text;
        if (t.indexOf('、') < 0) return;
        Matcher m = APPROXIMATE.matcher(t);
        while (m.find()) {
            int a = Chars.digit(m.group(1).charAt(0));
            char b = m.group(2).charAt(0);
            int bv = b == '十' ? 10 : Chars.digit(b);
            if (bv == a + 1) {
                r.report(u, Rule.ENUMERATION_COMMA, m.start() + 1, m.start() + 2, "", "check.enumerationComma.approximate", m.group());
            }
        }
        for (int at = t.indexOf("、等"); at >= 0; at = t.indexOf("、等", at + 1)) {
            r.report(u, Rule.ENUMERATION_COMMA, at, at + 1, "", "check.enumerationComma.beforeDeng");
        }
    }
}
