package org.annalist.doc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pandoc-style attribute block after a bracketed span: {@code {.cls .other key="value" #id}}. Values are
 * written in double quotes with every ASCII punctuation character backslash-escaped, so that the inline
 * parser, which sees the block as ordinary text first, finds nothing to interpret inside it.
 */
final class AttrSyntax {
    private AttrSyntax() {
    }

    /** The result of {@link #parse}: the attributes and the index just after the closing brace. */
    record Parsed(Attr attr, int end) {
    }

    /** Parses an attribute block starting at {@code start} (which must be {@code '{'}); null if malformed. */
    static Parsed parse(CharSequence s, int start) {
        if (start >= s.length() || s.charAt(start) != '{') return null;
        List<String> classes = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        int i = start + 1;
        while (true) {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
            if (i >= s.length()) return null;
            char c = s.charAt(i);
            if (c == '}') return new Parsed(new Attr(classes, values), i + 1);
            if (c == '.' || c == '#') {
                int nameEnd = nameEnd(s, i + 1);
                if (nameEnd == i + 1) return null;
                String name = s.subSequence(i + 1, nameEnd).toString();
                if (c == '.') classes.add(name);
                else values.put("id", name);
                i = nameEnd;
            } else {
                int keyEnd = nameEnd(s, i);
                if (keyEnd == i || keyEnd >= s.length() || s.charAt(keyEnd) != '=') return null;
                String key = s.subSequence(i, keyEnd).toString();
                i = keyEnd + 1;
                StringBuilder value = new StringBuilder();
                if (i < s.length() && s.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= s.length() || s.charAt(i) == '\n') return null;
                        char v = s.charAt(i);
                        if (v == '"') break;
                        if (v == '\\' && i + 1 < s.length() && Chars.isAsciiPunctuation(s.charAt(i + 1))) {
                            value.append(s.charAt(i + 1));
                            i += 2;
                        } else {
                            value.append(v);
                            i++;
                        }
                    }
                    i++;
                } else {
                    while (i < s.length() && !Chars.isWhitespace(s.charAt(i)) && s.charAt(i) != '}') {
                        value.append(s.charAt(i++));
                    }
                }
                values.put(key, value.toString());
            }
            if (i < s.length() && s.charAt(i) != '}' && s.charAt(i) != ' ' && s.charAt(i) != '\t') return null;
        }
    }

    private static int nameEnd(CharSequence s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':')) break;
            i++;
        }
        return i;
    }

    static String format(Attr attr) {
        StringBuilder sb = new StringBuilder("{");
        for (String cls : attr.classes()) {
            requireName(cls, "class");
            if (sb.length() > 1) sb.append(' ');
            sb.append('.').append(cls);
        }
        for (Map.Entry<String, String> e : attr.values().entrySet()) {
            requireName(e.getKey(), "attribute key");
            if (sb.length() > 1) sb.append(' ');
            sb.append(e.getKey()).append("=\"");
            quote(e.getValue(), sb);
            sb.append('"');
        }
        return sb.append('}').toString();
    }

    /** What the inline parser could see as markup before the reader gets to the attribute block. */
    private static final String QUOTED = "\\\"*_[]`^~<>&!{}|";

    static void quote(String value, StringBuilder sb) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r') throw new IllegalArgumentException("line break in attribute value: " + value);
            if (QUOTED.indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
    }

    private static void requireName(String name, String what) {
        if (!Chars.isName(name)) {
            throw new IllegalArgumentException(what + " must consist of letters, digits, '-', '_' or ':': \"" + name + "\"");
        }
    }
}
