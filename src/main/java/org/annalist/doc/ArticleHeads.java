package org.annalist.doc;

import java.util.List;
import java.util.Map;

/**
 * The one place where the file dialect's article-head paragraphs are decoded and encoded: a paragraph that is
 * only {@code [篇名]{.title level="2"}}, {@code [——副题]{.subtitle}} or {@code [署名]{.byline}} is a
 * {@link Block.ArticleHead}. Anything else with those classes (more classes, other values, more text) stays the
 * paragraph it is.
 */
final class ArticleHeads {
    static final String TITLE = "title";
    static final String SUBTITLE = "subtitle";
    static final String BYLINE = "byline";
    static final String LEVEL = "level";

    private ArticleHeads() {
    }

    /** The article head a paragraph of {@code content} stands for, or null. */
    static Block.ArticleHead read(List<Inline> content) {
        if (content.size() != 1 || !(content.get(0) instanceof Inline.Span s) || s.attr().classes().size() != 1) return null;
        Attr a = s.attr();
        switch (a.classes().get(0)) {
            case TITLE -> {
                if (a.values().isEmpty()) return Block.ArticleHead.title(0, s.content());
                String level = a.values().get(LEVEL);
                if (a.values().size() != 1 || level == null || !level.matches("[1-6]")) return null;
                return Block.ArticleHead.title(Integer.parseInt(level), s.content());
            }
            case SUBTITLE -> {
                return a.values().isEmpty() ? Block.ArticleHead.subtitle(s.content()) : null;
            }
            case BYLINE -> {
                return a.values().isEmpty() ? Block.ArticleHead.byline(s.content()) : null;
            }
            default -> {
                return null;
            }
        }
    }

    /** The paragraph content an article head is written as. */
    static List<Inline> write(Block.ArticleHead h) {
        Attr attr = switch (h.part()) {
            case TITLE -> h.level() == 0 ? Attr.ofClass(TITLE)
                    : new Attr(List.of(TITLE), Map.of(LEVEL, Integer.toString(h.level())));
            case SUBTITLE -> Attr.ofClass(SUBTITLE);
            case BYLINE -> Attr.ofClass(BYLINE);
        };
        return List.of(new Inline.Span(attr, h.content()));
    }
}
