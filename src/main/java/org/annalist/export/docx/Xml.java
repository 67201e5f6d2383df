package org.annalist.export.docx;

/**
 * The XML text the body of word/document.xml and word/footnotes.xml is written as (no object tree): text and
 * attribute values escaped as XmlBeans (POI) writes them — &amp; &lt; &gt; &quot; escaped, a carriage return as
 * {@code &#13;} (and tab and line feed in attribute values as character references, which attribute-value
 * normalisation would otherwise turn into spaces), and each character XML 1.0 forbids (control characters other
 * than tab, line feed and carriage return, U+FFFE, U+FFFF, a surrogate without its pair) as '?'.
 */
final class Xml {
    static final String W = PageSetup.W;
    static final String R = PageSetup.R;

    private Xml() {
    }

    /** {@code s} as element text. */
    static StringBuilder text(StringBuilder out, String s) {
        return escape(out, s, false);
    }

    /** {@code s} as an attribute value (inside double quotes). */
    static StringBuilder attr(StringBuilder out, String s) {
        return escape(out, s, true);
    }

    /** {@code <w:t>} (with xml:space="preserve" where Word would drop spaces at either end) holding {@code s}. */
    static StringBuilder t(StringBuilder out, String tag, String s) {
        out.append('<').append(tag);
        if (preserve(s)) out.append(" xml:space=\"preserve\"");
        if (s.isEmpty()) return out.append("/>");
        out.append('>');
        return text(out, s).append("</").append(tag).append('>');
    }

    /** Whether text starts or ends with white space (POI marks such a w:t xml:space="preserve"). */
    static boolean preserve(String s) {
        return !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
    }

    private static StringBuilder escape(StringBuilder out, String s, boolean attribute) {
        int n = s.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String rep;
            if (c >= 0x20 && c < 0xD800 && c != '&' && c != '<' && c != '>' && c != '"') continue;
            if (c == '&') rep = "&amp;";
            else if (c == '<') rep = "&lt;";
            else if (c == '>') rep = "&gt;";
            else if (c == '"') rep = attribute ? "&quot;" : null;
            else if (c == '\r') rep = "&#13;";
            else if (c == '\n') rep = attribute ? "&#10;" : null;
            else if (c == '\t') rep = attribute ? "&#9;" : null;
            else if (c < 0x20) rep = "?";
            else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                rep = "?";
            } else if (Character.isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF) rep = "?";
            else rep = null;
            if (rep == null) continue;
            out.append(s, from, i).append(rep);
            from = i + 1;
        }
        return out.append(s, from, n);
    }
}
