package org.annalist.doc;

import java.util.List;

/** An inline element of the document tree. */
public sealed interface Inline {

    /**
     * Plain text. Adjacent Text nodes are always merged by the Markdown reader. {@code source} says where its
     * characters stood in the parsed text ({@link SourceMap#NONE} for text the program made): it is where the text
     * came from, not what it says, so two texts are equal when their characters are.
     */
    record Text(String text, SourceMap source) implements Inline {
        public Text {
            if (source == null) source = SourceMap.NONE;
        }

        /** Text that is not from a parsed source. */
        public Text(String text) {
            this(text, SourceMap.NONE);
        }

        /** The characters {@code [from, to)} with their sources. */
        public Text slice(int from, int to) {
            return new Text(text.substring(from, to), source.slice(from, to));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Text t && t.text.equals(text);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }

        @Override
        public String toString() {
            return "Text[" + text + "]";
        }
    }

    /** Emphasis (usually printed in 楷体 in Chinese text). */
    record Emph(List<Inline> content) implements Inline {
        public Emph {
            content = List.copyOf(content);
        }
    }

    /** Strong emphasis (黑体 / bold). */
    record Strong(List<Inline> content) implements Inline {
        public Strong {
            content = List.copyOf(content);
        }
    }

    /** Superscript (note marks, m²). */
    record Superscript(List<Inline> content) implements Inline {
        public Superscript {
            content = List.copyOf(content);
        }
    }

    /** Subscript. */
    record Subscript(List<Inline> content) implements Inline {
        public Subscript {
            content = List.copyOf(content);
        }
    }

    /** A hard line break inside a paragraph or table cell. */
    record LineBreak() implements Inline {
    }

    /** A hyperlink kept with its text (web-page sources, 原文链接). */
    record Link(List<Inline> content, String target) implements Inline {
        public Link {
            content = List.copyOf(content);
        }
    }

    /**
     * A note: a footnote (脚注, at the foot of the page) or, with {@code endnote}, an endnote (尾注, gathered at the
     * end of the item or article). Its content is blocks. Numbering is the typesetter's job.
     */
    record Note(List<Block> content, boolean endnote) implements Inline {
        public Note {
            content = List.copyOf(content);
        }

        /** A footnote. */
        public Note(List<Block> content) {
            this(content, false);
        }
    }

    /**
     * 索引词: text marked for the subject index. {@code entry} is the index heading when it differs from
     * the visible text (else null); {@code reading} an optional pinyin reading for sorting (else null); {@code key}
     * which mark this is (null until {@link SourceKeys#stamp} gives each its own), so that the place where our
     * typesetting sets it can be found again without searching the set text: like a text's source, it is where the
     * mark came from, not what it says, so two terms are equal whatever their keys.
     */
    record IndexTerm(List<Inline> content, String entry, String reading, String key) implements Inline {
        public IndexTerm {
            content = List.copyOf(content);
        }

        public IndexTerm(List<Inline> content, String entry, String reading) {
            this(content, entry, reading, null);
        }

        /** The same term with other content (its key kept). */
        public IndexTerm withContent(List<Inline> newContent) {
            return new IndexTerm(newContent, entry, reading, key);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof IndexTerm t && t.content.equals(content) && java.util.Objects.equals(t.entry, entry)
                    && java.util.Objects.equals(t.reading, reading);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(content, entry, reading);
        }

        @Override
        public String toString() {
            return "IndexTerm[content=" + content + ", entry=" + entry + ", reading=" + reading + "]";
        }
    }

    /** 条目标题: a yearbook entry's title, printed 【in 黑体】 and run into the first paragraph. */
    record EntryTitle(List<Inline> content) implements Inline {
        public EntryTitle {
            content = List.copyOf(content);
        }

        /**
         * The source key of the 【 printed before the title: the one before its first character's, where a Markdown
         * source has it ({@code **【…】**}, the brackets taken off the title's text as syntax); -1 when the title does
         * not begin with traced text. Our composition may compress the bracket like any mark, and the Word export
         * gives it the same compression by this key.
         */
        public long openingKey() {
            if (content.isEmpty() || !(content.get(0) instanceof Text t) || t.text().isEmpty()) return -1;
            long key = t.source().keyAt(0);
            return key > 0 ? key - 1 : -1;
        }

        /** The source key of the 】 printed after the title: the one after its last character's, or -1. */
        public long closingKey() {
            if (content.isEmpty() || !(content.get(content.size() - 1) instanceof Text t) || t.text().isEmpty()) return -1;
            long key = t.source().keyAt(t.text().length() - 1);
            return key >= 0 ? key + 1 : -1;
        }
    }

    /** A generic span carrying attributes the tree has no record for (underline, a Word character style). */
    record Span(Attr attr, List<Inline> content) implements Inline {
        public Span {
            content = List.copyOf(content);
        }
    }
}
