package org.annalist.importer.docx;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word fields (域) as the faithful parse meets them: w:fldChar begin, the instruction in w:instrText, separate,
 * the result runs, end; fields nest and may run across runs and paragraphs (a table of contents). The result is
 * the text Word shows and is read as any text; only a HYPERLINK field's target is kept, for the text of its
 * result. Simple fields (w:fldSimple) carry their instruction in an attribute: {@link #hyperlink} reads both.
 */
final class FieldCodes {
    /** A field being read: its instruction until w:fldChar separate, then its result. */
    private static final class Field {
        final StringBuilder instruction = new StringBuilder();
        boolean inResult;
        String link;
    }

    /** A quoted argument, a switch (\l), or a bare word. */
    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|(\\\\\\S)|(\\S+)");

    /** The fields the reading is inside, innermost first. */
    private final Deque<Field> open = new ArrayDeque<>();

    /** A w:fldChar or w:instrText, in document order. */
    void read(org.w3c.dom.Element c) {
        if (c.getLocalName().equals("instrText")) {
            Field f = open.peek();
            if (f != null && !f.inResult) f.instruction.append(Dom.content(c));
            return;
        }
        String type = Dom.attr(c, "fldCharType");
        if ("begin".equals(type)) {
            open.push(new Field());
        } else if ("separate".equals(type) && !open.isEmpty()) {
            Field f = open.peek();
            f.inResult = true;
            f.link = hyperlink(f.instruction.toString());
        } else if ("end".equals(type) && !open.isEmpty()) {
            Field f = open.pop();
            String[] xe = indexEntry(f.instruction.toString());
            if (xe != null) lastIndexEntry = xe;
        }
    }

    /** The entry and reading of the last XE field read to its end; null when none since the last taken. */
    private String[] lastIndexEntry;

    /** The last index entry read (entry, reading or null), taken: null when none. */
    String[] takeIndexEntry() {
        String[] e = lastIndexEntry;
        lastIndexEntry = null;
        return e;
    }

    /** An XE field's entry and its {@code \y} reading (null when it has none); null when not an XE field. */
    static String[] indexEntry(String instruction) {
        Matcher m = TOKEN.matcher(instruction.strip());
        if (!m.find() || m.group(3) == null || !m.group(3).equalsIgnoreCase("XE")) return null;
        String entry = null, reading = null;
        boolean yomi = false;
        while (m.find()) {
            if (m.group(2) != null) {
                yomi = m.group(2).equalsIgnoreCase("\\y");
                continue;
            }
            String value = m.group(1) != null ? m.group(1) : m.group(3);
            if (yomi) reading = value;
            else if (entry == null) entry = value;
            yomi = false;
        }
        return entry == null ? null : new String[] {entry, reading};
    }

    /** The link the text being read has from a field: the innermost hyperlink field whose result it is in. */
    String link() {
        for (Field f : open) if (f.inResult && f.link != null) return f.link;
        return null;
    }

    /**
     * The target of a HYPERLINK field ({@code HYPERLINK "url" \l "anchor" \o "tip"}): the address, with
     * "#anchor" added, or "#anchor" alone; null for other fields (PAGE, REF, TOC keep only their result text).
     */
    static String hyperlink(String instruction) {
        if (instruction == null) return null;
        Matcher m = TOKEN.matcher(instruction.strip());
        if (!m.find() || m.group(3) == null || !m.group(3).equalsIgnoreCase("HYPERLINK")) return null;
        String url = null, anchor = null, pendingSwitch = null;
        while (m.find()) {
            String arg = m.group(1) != null ? m.group(1) : m.group(3);
            if (m.group(2) != null) {
                String sw = m.group(2).substring(1).toLowerCase(Locale.ROOT);
                // \l, \o, \t take an argument; \m, \n, \h none
                pendingSwitch = sw.equals("l") || sw.equals("o") || sw.equals("t") ? sw : null;
                continue;
            }
            if ("l".equals(pendingSwitch)) anchor = arg;
            else if (pendingSwitch == null && url == null) url = arg;
            pendingSwitch = null;
        }
        if (url != null) url = url.strip().replace("\\\\", "\\"); // Word doubles backslashes in paths
        String target = (url == null ? "" : url) + (anchor == null || anchor.isBlank() ? "" : "#" + anchor.strip());
        return target.isEmpty() ? null : target;
    }
}
