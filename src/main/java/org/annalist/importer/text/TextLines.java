package org.annalist.importer.text;

import org.annalist.i18n.Texts;
import java.util.ArrayList;
import java.util.List;

import org.annalist.model.ImportReport;

/**
 * Splits decoded text into numbered lines and normalises white space only: CRLF/CR line ends, no-break
 * spaces (web pages use them for indentation and gaps) become ordinary spaces, trailing blanks go, lines of
 * only blanks become empty and are dropped. Characters that carry wording are never touched.
 */
final class TextLines {

    private TextLines() {
    }

    /** Non-blank lines with their 1-based source line numbers; leading spaces are kept (columns need them). */
    static List<Line> split(String text, ImportReport report) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        String[] raw = text.split("\r\n|\r|\n", -1);
        List<Line> out = new ArrayList<>();
        int nbsp = 0, controls = 0;
        for (int i = 0; i < raw.length; i++) {
            StringBuilder sb = new StringBuilder(raw[i].length());
            for (int k = 0; k < raw[i].length(); k++) {
                char c = raw[i].charAt(k);
                if (c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                    nbsp++;
                    sb.append(' ');
                } else if (TextDecoder.isStrayControl(c) || c == '\f' || c == '\uFEFF') {
                    // Form feeds (pdftotext page breaks), stray controls and inner BOMs are invisible junk.
                    controls++;
                } else if (c == '\t') {
                    sb.append("    ");
                } else {
                    sb.append(c);
                }
            }
            String s = stripTrailing(sb.toString());
            if (!strip(s).isEmpty()) out.add(new Line(i + 1, s));
        }
        if (nbsp > 0) report.format(Texts.get("report.text.nbsp", nbsp));
        if (controls > 0) report.format(Texts.get("report.text.controls", controls));
        return out;
    }

    /** Strips ASCII blanks and the ideographic space U+3000 (used as a 2-em indent in Chinese text). */
    static String strip(String s) {
        int a = 0, b = s.length();
        while (a < b && isBlank(s.charAt(a))) a++;
        while (b > a && isBlank(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }

    static String stripTrailing(String s) {
        int b = s.length();
        while (b > 0 && isBlank(s.charAt(b - 1))) b--;
        return s.substring(0, b);
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }

    /** Length in code points (a CJK character counts once). */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
