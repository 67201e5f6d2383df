package org.annalist.doc;

/**
 * A book file's title block (pandoc's {@code pandoc_title_block}): {@code % 书名} on the first line and optionally
 * {@code % 副题} on the second, before the body. Only at the very start of the text; a body that itself starts
 * with {@code %} is written with the percent sign escaped ({@code \%}), so it is never taken for a title.
 */
record TitleBlock(String title, String subtitle, int end) {

    static TitleBlock read(String markdown) {
        String title = null;
        String subtitle = null;
        int pos = 0;
        for (int line = 0; line < 2; line++) {
            if (!(markdown.startsWith("% ", pos) || markdown.startsWith("%\n", pos) || markdown.startsWith("%\r", pos)
                    || markdown.length() == pos + 1 && markdown.charAt(pos) == '%')) break;
            int nl = markdown.indexOf('\n', pos);
            int lineEnd = nl < 0 ? markdown.length() : nl;
            String text = markdown.substring(pos + 1, lineEnd).strip();
            if (line == 0) title = text;
            else subtitle = text;
            pos = nl < 0 ? markdown.length() : nl + 1;
        }
        return new TitleBlock(title, subtitle, pos);
    }

    /** The document with this title block's title and subtitle in its metadata (unchanged when there is none). */
    Document apply(Document doc) {
        if (title == null) return doc;
        return doc.withMeta(doc.meta().withTitle(title, subtitle == null ? "" : subtitle));
    }

    /** The title block of {@code meta} ("" when it has no title or subtitle), ending with a line break. */
    static String write(Meta meta) {
        if (meta.title().isEmpty() && meta.subtitle().isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        line(meta.title(), sb);
        if (!meta.subtitle().isEmpty()) line(meta.subtitle(), sb);
        return sb.toString();
    }

    private static void line(String text, StringBuilder sb) {
        String one = text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        sb.append('%');
        if (!one.isEmpty()) sb.append(' ').append(one);
        sb.append('\n');
    }
}
