package org.annalist.doc;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.strikethrough.Subscript;
import com.vladsch.flexmark.ext.superscript.Superscript;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Converts flexmark inline nodes to {@link Inline}s. */
final class InlineReader {
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");

    private final MarkdownReader blocks;
    private final com.vladsch.flexmark.util.ast.Document document;
    /** Footnote definitions being converted, so that a note referring to itself cannot recurse forever. */
    private final Set<FootnoteBlock> openNotes = new HashSet<>();

    /** An offset in the parsed text → the source key of that character (see {@link SourceMap}). */
    private final java.util.function.IntToLongFunction keys;

    InlineReader(MarkdownReader blocks, com.vladsch.flexmark.util.ast.Document document,
                 java.util.function.IntToLongFunction keys) {
        this.blocks = blocks;
        this.document = document;
        this.keys = keys;
    }

    /**
     * The characters of {@code chars} with backslash escapes and entities resolved, each traced to its place in
     * the source (an entity's character to the entity's first character).
     */
    void source(BasedSequence chars, InlineBuffer buf) {
        if (chars.isEmpty()) return;
        String raw = chars.toString();
        if (raw.indexOf('\\') < 0 && raw.indexOf('&') < 0) {
            buf.text(raw, keys.applyAsLong(chars.getStartOffset()));
            return;
        }
        // the unescaped text walked along the raw one: an escaped character is traced to itself, an entity's
        // character(s) to the entity's &
        String text = chars.unescape();
        int base = chars.getStartOffset();
        SourceMap.Builder map = new SourceMap.Builder();
        int j = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int semi = j < raw.length() && raw.charAt(j) == '&' ? entityEnd(raw, j) : -1;
            if (semi > 0 && !text.startsWith(raw.substring(j, semi + 1), i)) {
                map.add(i, keys.applyAsLong(base + j));
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) map.add(++i, keys.applyAsLong(base + j));
                j = semi + 1;
            } else if (j < raw.length() && raw.charAt(j) == c) {
                map.add(i, keys.applyAsLong(base + j));
                j++;
            } else if (j + 1 < raw.length() && raw.charAt(j) == '\\' && raw.charAt(j + 1) == c) {
                map.add(i, keys.applyAsLong(base + j + 1));
                j += 2;
            } else {
                map.add(i, -1);
            }
        }
        buf.text(text, map.build());
    }

    List<Inline> read(Node parent) {
        InlineBuffer buf = new InlineBuffer();
        readSiblings(parent.getFirstChild(), buf);
        return buf.build();
    }

    void readSiblings(Node first, InlineBuffer buf) {
        Node n = first;
        while (n != null) n = convert(n, buf);
    }

    /** Converts {@code n} and returns the next sibling still to be converted. */
    private Node convert(Node n, InlineBuffer buf) {
        if (n instanceof Text || n instanceof HtmlEntity) {
            source(n.getChars(), buf);
        } else if (n instanceof Emphasis) {
            buf.add(new Inline.Emph(read(n)));
        } else if (n instanceof StrongEmphasis) {
            buf.add(new Inline.Strong(read(n)));
        } else if (n instanceof Superscript) {
            buf.add(new Inline.Superscript(read(n)));
        } else if (n instanceof Subscript) {
            buf.add(new Inline.Subscript(read(n)));
        } else if (n instanceof Strikethrough) {
            buf.add(new Inline.Span(Attr.ofClass("strikeout"), read(n)));
        } else if (n instanceof SoftLineBreak) {
            // Chinese lines join without a space; Latin words need one.
            if (!Chars.isCjk(buf.lastChar()) && !Chars.isCjk(firstChar(n.getNext()))) buf.text(" ");
        } else if (n instanceof HardLineBreak) {
            buf.add(new Inline.LineBreak());
        } else if (n instanceof Link link) {
            buf.add(new Inline.Link(read(link), link.getUrl().unescape()));
        } else if (n instanceof AutoLink link) {
            buf.add(new Inline.Link(List.of(new Inline.Text(link.getText().toString(),
                    SourceMap.at(keys.applyAsLong(link.getText().getStartOffset())))), link.getText().toString()));
        } else if (n instanceof MailLink link) {
            buf.add(new Inline.Link(List.of(new Inline.Text(link.getText().toString(),
                    SourceMap.at(keys.applyAsLong(link.getText().getStartOffset())))), "mailto:" + link.getText()));
        } else if (n instanceof Image image) {
            // Only an image standing alone in a paragraph is a figure; inside text it is kept as a span.
            buf.add(new Inline.Span(new Attr(List.of("image"), Map.of("src", image.getUrl().unescape())), read(image)));
        } else if (n instanceof LinkRef ref) {
            return linkRef(ref, buf);
        } else if (n instanceof ImageRef ref) {
            literal(ref, buf);
        } else if (n instanceof Footnote footnote) {
            footnote(footnote, buf);
        } else if (n instanceof HtmlInline) {
            if (BR.matcher(n.getChars()).matches()) buf.add(new Inline.LineBreak());
            else buf.text(n.getChars(), keys.applyAsLong(n.getStartOffset()));
        } else if (n instanceof Code code) {
            buf.text(code.getText(), keys.applyAsLong(code.getText().getStartOffset()));
        } else if (n.hasChildren()) {
            readSiblings(n.getFirstChild(), buf);
        } else {
            source(n.getChars(), buf);
        }
        return n.getNext();
    }

    private Node linkRef(LinkRef ref, InlineBuffer buf) {
        if (ref.isDefined()) {
            Reference target = ref.getReferenceNode(document);
            if (target != null) {
                buf.add(new Inline.Link(read(ref), target.getUrl().unescape()));
                return ref.getNext();
            }
        }
        if (!ref.getChars().endsWith("][]") && ref.getChars().indexOf("][") < 0) {
            Node next = bracketedSpan(ref, buf);
            if (next != ref) return next;
        }
        literal(ref, buf);
        return ref.getNext();
    }

    /**
     * {@code [text]{…}}: flexmark sees an undefined reference followed by text, and may have parsed the
     * attribute block as inline markup. So the block is read from the source, and the siblings it covers are
     * skipped; a text node reaching past it contributes its remainder. Returns {@code ref} if this is no span.
     */
    private Node bracketedSpan(LinkRef ref, InlineBuffer buf) {
        BasedSequence source = ref.getChars().getBaseSequence();
        AttrSyntax.Parsed parsed = AttrSyntax.parse(source, ref.getEndOffset());
        if (parsed == null) return ref;
        Node n = ref.getNext();
        while (n != null && n.getEndOffset() <= parsed.end()) n = n.getNext();
        BasedSequence remainder = null;
        if (n != null && n.getStartOffset() < parsed.end()) {
            if (!(n instanceof Text)) return ref;
            remainder = source.subSequence(parsed.end(), n.getEndOffset());
            n = n.getNext();
        }
        buf.add(fromSpan(parsed.attr(), read(ref)));
        if (remainder != null) source(remainder, buf);
        return n;
    }

    /** Maps the reserved classes back to the elements the writer expressed as spans. */
    private static Inline fromSpan(Attr attr, List<Inline> content) {
        if (attr.classes().size() == 1) {
            String cls = attr.classes().get(0);
            Map<String, String> values = new LinkedHashMap<>(attr.values());
            if (cls.equals(InlineWriter.INDEX_CLASS)) {
                String entry = values.remove("entry");
                String reading = values.remove("reading");
                if (values.isEmpty()) return new Inline.IndexTerm(content, entry, reading);
            } else if (values.isEmpty()) {
                switch (cls) {
                    case InlineWriter.EMPH_CLASS: return new Inline.Emph(content);
                    case InlineWriter.STRONG_CLASS: return new Inline.Strong(content);
                    case InlineWriter.SUP_CLASS: return new Inline.Superscript(content);
                    case InlineWriter.SUB_CLASS: return new Inline.Subscript(content);
                    case InlineWriter.ENTRY_TITLE_CLASS: return new Inline.EntryTitle(content);
                    default: break;
                }
            }
        }
        return new Inline.Span(attr, content);
    }

    /** An undefined reference reads as the text it was written with. */
    private void literal(RefNode ref, InlineBuffer buf) {
        if (!ref.hasChildren()) {
            source(ref.getChars(), buf);
            return;
        }
        BasedSequence source = ref.getChars().getBaseSequence();
        source(source.subSequence(ref.getStartOffset(), ref.getFirstChild().getStartOffset()), buf);
        readSiblings(ref.getFirstChild(), buf);
        source(source.subSequence(ref.getLastChild().getEndOffset(), ref.getEndOffset()), buf);
    }

    private void footnote(Footnote footnote, InlineBuffer buf) {
        FootnoteBlock block = footnote.getFootnoteBlock();
        if (block == null) block = footnote.getReferenceNode(document);
        if (block == null || !openNotes.add(block)) {
            source(footnote.getChars(), buf);
            return;
        }
        try {
            boolean endnote = block.getText().toString().matches(InlineWriter.ENDNOTE_LABEL + "\\d+");
            buf.add(new Inline.Note(blocks.blocks(block), endnote));
        } finally {
            openNotes.remove(block);
        }
    }

    /** The index of the ; that ends an entity starting at {@code amp} ({@code &amp;}, {@code &#32;}), or -1. */
    private static int entityEnd(String s, int amp) {
        int k = amp + 1;
        while (k < s.length() && k - amp <= 32 && (Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == '#')) k++;
        return k > amp + 1 && k < s.length() && s.charAt(k) == ';' ? k : -1;
    }

    /** The first visible character from {@code n} on, looking into containers; notes are invisible. */
    private static char firstChar(Node n) {
        for (; n != null; n = n.getNext()) {
            if (n instanceof Text || n instanceof HtmlEntity) {
                String s = n.getChars().unescape();
                if (!s.isEmpty()) return s.charAt(0);
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                return '\n';
            } else if (!(n instanceof Footnote) && n.hasChildren()) {
                char c = firstChar(n.getFirstChild());
                if (c != Chars.NONE) return c;
            }
        }
        return Chars.NONE;
    }
}
