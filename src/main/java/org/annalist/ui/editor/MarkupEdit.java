package org.annalist.ui.editor;

/**
 * A change the toolbar makes to the text: replace {@code [start, end)} with {@code text}, then select
 * {@code [selectFrom, selectTo)} (absolute positions in the changed text) so the editor can type over the
 * placeholder at once.
 */
public record MarkupEdit(int start, int end, String text, int selectFrom, int selectTo) {

    /** The whole text after the change. */
    public String applyTo(String before) {
        return before.substring(0, start) + text + before.substring(end);
    }

    /** 条目 title: {@code **【标题】** } at the start of the caret's paragraph (the selection becomes the title). */
    public static MarkupEdit entryTitle(String all, int selStart, int selEnd) {
        int lineStart = all.lastIndexOf('\n', Math.max(0, selStart - 1)) + 1;
        if (selStart == 0) lineStart = 0;
        String selected = all.substring(selStart, selEnd);
        if (!selected.isEmpty() && selStart == lineStart && !selected.contains("\n")) {
            String t = "**【" + selected + "】** ";
            return new MarkupEdit(selStart, selEnd, t, selStart + 3, selStart + 3 + selected.length());
        }
        String placeholder = selected.isEmpty() || selected.contains("\n") ? "标题" : selected;
        String t = "**【" + placeholder + "】** ";
        if (!selected.isEmpty() && !selected.contains("\n")) {
            // move the selected words to the front as the title
            String line = all.substring(lineStart, selStart) + all.substring(selEnd, lineEnd(all, selEnd));
            return new MarkupEdit(lineStart, lineEnd(all, selEnd), t + line, lineStart + 3, lineStart + 3 + placeholder.length());
        }
        return new MarkupEdit(lineStart, lineStart, t, lineStart + 3, lineStart + 3 + placeholder.length());
    }

    /** A three-line table of two columns after the caret's paragraph, its first header cell selected. */
    public static MarkupEdit table(String all, int caret) {
        int at = lineEnd(all, caret);
        String table = "| 项目 | 数值 |\n|:--|--:|\n|  |  |\n[表1 表题]";
        String before = at == 0 ? "" : "\n\n";
        String t = before + table + (at < all.length() ? "\n" : "");
        int first = at + before.length() + 2;
        return new MarkupEdit(at, at, t, first, first + 2);
    }

    /** A figure paragraph for an attachment, after the caret's paragraph, with its caption selected. */
    public static MarkupEdit figure(String all, int caret, long attachmentId) {
        int at = lineEnd(all, caret);
        String before = at == 0 ? "" : "\n\n";
        String t = before + "![图注](attachment:" + attachmentId + ")" + (at < all.length() ? "\n" : "");
        int cap = at + before.length() + 2;
        return new MarkupEdit(at, at, t, cap, cap + 2);
    }

    /** A note: {@code [^n]} at the caret and its definition {@code [^n]: 注文} at the end of the text. */
    public static MarkupEdit note(String all, int caret) {
        int n = 1;
        while (all.contains("[^" + n + "]")) n++;
        String ref = "[^" + n + "]";
        String tail = all.substring(caret);
        String def = (all.endsWith("\n") ? "\n" : "\n\n") + ref + ": 注文";
        String t = ref + tail + def;
        int defText = caret + ref.length() + tail.length() + def.length() - 2;
        return new MarkupEdit(caret, all.length(), t, defText, defText + 2);
    }

    /** An index term around the selection: {@code [乌当区政协]{.index}}; with no selection, a placeholder. */
    public static MarkupEdit indexTerm(String all, int selStart, int selEnd) {
        String selected = all.substring(selStart, selEnd);
        String word = selected.isEmpty() || selected.contains("\n") ? "索引词" : selected;
        if (selected.contains("\n")) selEnd = selStart;
        String t = "[" + word + "]{.index}";
        return new MarkupEdit(selStart, selEnd, t, selStart + 1, selStart + 1 + word.length());
    }

    private static int lineEnd(String all, int from) {
        int nl = all.indexOf('\n', from);
        return nl < 0 ? all.length() : nl;
    }
}
