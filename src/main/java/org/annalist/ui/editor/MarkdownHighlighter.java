package org.annalist.ui.editor;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colours the Markdown dialect of docs/markup.md: headings, 条目 titles (**【概况】**), notes and their
 * definitions, index terms ([乌当区政协]{.index}), other spans, figures, table rows, quotations, bold and
 * emphasis. Each style is a CSS class of editor.css ({@code md-heading} …).
 */
public final class MarkdownHighlighter {
    private static final String[] GROUPS = {"HEADING", "ENTRY", "NOTEDEF", "NOTE", "INDEX", "SPAN", "FIGURE", "TABLE",
            "QUOTE", "STRONG", "EMPH"};
    private static final Pattern PATTERN = Pattern.compile(
            "(?<HEADING>^#{1,6}[ \\t].*$)"
                    + "|(?<ENTRY>^\\*\\*【[^】\\n]*】\\*\\*)"
                    + "|(?<NOTEDEF>^\\[\\^[^\\]\\n]+\\]:)"
                    + "|(?<NOTE>\\[\\^[^\\]\\n]+\\])"
                    + "|(?<INDEX>\\[[^\\]\\n]*\\]\\{\\.index[^}\\n]*\\})"
                    + "|(?<SPAN>\\[[^\\]\\n]*\\]\\{[^}\\n]*\\})"
                    + "|(?<FIGURE>!\\[[^\\]\\n]*\\]\\([^)\\n]*\\))"
                    + "|(?<TABLE>^\\|.*$)"
                    + "|(?<QUOTE>^>.*$)"
                    + "|(?<STRONG>\\*\\*[^*\\n]+\\*\\*)"
                    + "|(?<EMPH>(?<!\\*)\\*[^*\\n]+\\*(?!\\*))",
            Pattern.MULTILINE);

    private MarkdownHighlighter() {
    }

    /** One coloured stretch: {@code style} is a CSS class, {@code [start, end)} in the text. */
    public record Span(String style, int start, int end) {
    }

    public static List<Span> spans(String text) {
        Matcher m = PATTERN.matcher(text);
        java.util.ArrayList<Span> out = new java.util.ArrayList<>();
        while (m.find()) {
            for (String g : GROUPS) {
                if (m.group(g) != null) {
                    out.add(new Span("md-" + g.toLowerCase(java.util.Locale.ROOT), m.start(), m.end()));
                    break;
                }
            }
        }
        return out;
    }

    /** The spans as RichTextFX styles over the whole text (unstyled stretches get no class). */
    public static StyleSpans<Collection<String>> styles(String text) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int last = 0;
        for (Span s : spans(text)) {
            b.add(List.of(), s.start() - last);
            b.add(List.of(s.style()), s.end() - s.start());
            last = s.end();
        }
        b.add(List.of(), text.length() - last);
        return b.create();
    }
}
