package org.annalist.importer.docx;

import java.util.Set;

/** Renders list counters in Word's number formats (w:numFmt), the Chinese ones included. */
final class NumberFormats {
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String LEGAL = "零壹贰叁肆伍陆柒捌玖";
    private static final String HEAVENLY = "甲乙丙丁戊己庚辛壬癸";
    private static final String ZODIAC = "子丑寅卯辰巳午未申酉戌亥";

    /** Formats whose printed numbers are Chinese: such numbering is kept as text, as the manuscript shows it. */
    static final Set<String> CHINESE = Set.of("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
            "ideographTraditional", "ideographZodiac", "ideographDigital", "japaneseCounting", "japaneseDigitalTenThousand",
            "taiwaneseCounting", "taiwaneseCountingThousand", "taiwaneseDigital", "decimalEnclosedCircleChinese",
            "decimalEnclosedCircle", "decimalFullWidth", "decimalFullWidth2", "ideographEnclosedCircle");

    private NumberFormats() {
    }

    static String format(int n, String fmt) {
        if (fmt == null) return Integer.toString(n);
        return switch (fmt) {
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                 "taiwaneseCountingThousand", "ideographEnclosedCircle" -> counting(n, DIGITS, "十", "百");
            case "chineseLegalSimplified" -> counting(n, LEGAL, "拾", "佰");
            case "ideographDigital", "japaneseDigitalTenThousand", "taiwaneseDigital" -> digits(n);
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(HEAVENLY.charAt(n - 1)) : Integer.toString(n);
            case "ideographZodiac" -> n >= 1 && n <= 12 ? String.valueOf(ZODIAC.charAt(n - 1)) : Integer.toString(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : Integer.toString(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
            case "decimalZero" -> n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
            case "lowerLetter" -> letters(n, 'a');
            case "upperLetter" -> letters(n, 'A');
            case "lowerRoman" -> org.annalist.doc.Numerals.lowerRoman(n);
            case "upperRoman" -> org.annalist.doc.Numerals.upperRoman(n);
            case "bullet", "none" -> "";
            default -> Integer.toString(n);
        };
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (the style of numbered headings in 公文). */
    static String counting(int n, String digits, String ten, String hundred) {
        if (n <= 0 || n >= 1000) return Integer.toString(n);
        int h = n / 100, t = (n / 10) % 10, u = n % 10;
        StringBuilder sb = new StringBuilder();
        if (h > 0) sb.append(digits.charAt(h)).append(hundred);
        if (t > 0) {
            if (!(h == 0 && t == 1)) sb.append(digits.charAt(t));
            sb.append(ten);
        } else if (h > 0 && u > 0) {
            sb.append(digits.charAt(0) == '〇' ? '零' : digits.charAt(0));
        }
        if (u > 0) sb.append(digits.charAt(u));
        return sb.toString();
    }

    private static String digits(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) sb.append(DIGITS.charAt(c - '0'));
        return sb.toString();
    }

    private static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append((char) (c - '0' + '０'));
        return sb.toString();
    }

    private static String letters(int n, char a) {
        if (n <= 0) return Integer.toString(n);
        char c = (char) (a + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }
}
