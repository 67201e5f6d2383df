package org.annalist.ui.editor;

import org.annalist.doc.Block;
import org.annalist.doc.Inline;
import org.annalist.doc.Markdown;
import org.annalist.doc.SourceMap;
import org.annalist.doc.Suggestions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the reading view (看稿视图) shows of an item's Markdown text, and how: the text is parsed into the document
 * tree, and every character the tree traces back to the source ({@link SourceMap}) is shown, styled by the nodes
 * around it (a heading by its level, a 【条目】 title bold, a pending insertion underlined and a deletion struck
 * through in the reviewer's colour, an index term marked, a note's text as a note); every other character is
 * markup and is hidden ({@link #HIDE}: drawn with no width), so no attribute syntax and no escape is on screen while
 * the text stays the Markdown the archive stores, offset for offset. A few pieces of markup are shown as what they
 * mean: a note reference as its number, a note definition's label, a list's marker, a table's column rules,
 * the 【】 of a 条目 title, a horizontal rule.
 *
 * <p>Pure: runs on a worker thread; the view applies the classes to the lines that changed.
 */
public final class ReadingStyles {
    /** The class of hidden markup. */
    public static final String HIDE = "rv-hide";
    /** How many reviewer colours the style sheet has ({@code rv-author-0} …). */
    public static final int AUTHOR_COLOURS = 6;

    /** Something the view explains on hover: a suggestion's author and time, a note's text, a link's target. */
    public record Annotation(int start, int end, Kind kind, String author, String date, String text) {
        public enum Kind { INSERTION, DELETION, NOTE, LINK, FIGURE, CHECK }

        public boolean covers(int index) {
            return index >= start && index < end;
        }
    }

    /**
     * The result for one text: each character's class set ({@link #classes(int)}), hidden or not, and the
     * annotations in text order.
     */
    public static final class Result {
        private final String text;
        private final int[] style;
        private final List<List<String>> sets;
        private final List<Annotation> annotations;

        Result(String text, int[] style, List<List<String>> sets, List<Annotation> annotations) {
            this.text = text;
            this.style = style;
            this.sets = sets;
            this.annotations = List.copyOf(annotations);
        }

        public String text() {
            return text;
        }

        public List<String> classes(int index) {
            return sets.get(style[index]);
        }

        public boolean hidden(int index) {
            return style[index] == HIDDEN;
        }

        /** The style id of each character (equal ids, equal classes): {@link #set(int)} gives the classes. */
        public int styleId(int index) {
            return style[index];
        }

        public List<String> set(int id) {
            return sets.get(id);
        }

        public List<Annotation> annotations() {
            return annotations;
        }

        /** The innermost annotation over the character, or null. */
        public Annotation annotationAt(int index) {
            Annotation best = null;
            for (Annotation a : annotations) {
                if (a.covers(index) && (best == null || a.end() - a.start() <= best.end() - best.start())) best = a;
            }
            return best;
        }

        /**
         * The same view with proofreading findings marked (a wavy underline by severity: {@code rv-check-error},
         * {@code -warning}, {@code -info}) and explained on hover; {@code ranges} are [start, end) of the text,
         * {@code severities} their classes' suffixes, {@code messages} what the hover says.
         */
        public Result withMarks(List<int[]> ranges, List<String> severities, List<String> messages) {
            if (ranges.isEmpty()) return this;
            List<List<String>> newSets = new ArrayList<>(sets);
            Map<List<String>, Integer> ids = new HashMap<>();
            for (int k = 0; k < newSets.size(); k++) ids.put(newSets.get(k), k);
            int[] newStyle = style.clone();
            List<Annotation> notes = new ArrayList<>(annotations);
            for (int r = 0; r < ranges.size(); r++) {
                int from = Math.max(0, ranges.get(r)[0]);
                int to = Math.min(text.length(), ranges.get(r)[1]);
                String cls = "rv-check-" + severities.get(r);
                for (int i = from; i < to; i++) {
                    if (newStyle[i] == HIDDEN || text.charAt(i) == '\n') continue;
                    List<String> with = new ArrayList<>(newSets.get(newStyle[i]));
                    if (with.contains(cls)) continue;
                    with.add(cls);
                    Integer id = ids.get(with);
                    if (id == null) {
                        newSets.add(List.copyOf(with));
                        id = newSets.size() - 1;
                        ids.put(newSets.get(id), id);
                    }
                    newStyle[i] = id;
                }
                // a finding on hidden characters only (a half-width mark in markup is never reported) or an empty
                // place (a missing mark) is still explained at the character before it
                int end = Math.max(to, Math.min(text.length(), from + 1));
                notes.add(new Annotation(from, end, Annotation.Kind.CHECK, null, null, messages.get(r)));
            }
            notes.sort(java.util.Comparator.comparingInt(Annotation::start));
            return new Result(text, newStyle, newSets, notes);
        }

        /** What a reader sees: the shown characters (for tests and the plain-text copy). */
        public String shown() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                if (!hidden(i)) sb.append(text.charAt(i));
            }
            return sb.toString();
        }
    }

    private static final int HIDDEN = 0;
    private static final int PLAIN = 1;

    private ReadingStyles() {
    }

    /** The reading view of {@code markdown} (an item's body). */
    public static Result of(String markdown) {
        org.annalist.doc.Document parsed;
        try {
            parsed = Markdown.parseBody(markdown, 0);
        } catch (RuntimeException e) {
            return plain(markdown);
        }
        return of(markdown, parsed);
    }

    /** The reading view of {@code markdown} already parsed (with origin 0) as {@code parsed}. */
    public static Result of(String markdown, org.annalist.doc.Document parsed) {
        Walker w = new Walker(markdown);
        try {
            w.blocks(parsed.blocks());
        } catch (RuntimeException e) {
            // a text the reader cannot take is shown as it is: nothing hidden
            return plain(markdown);
        }
        w.afterwards();
        return new Result(markdown, w.style, w.sets, w.annotations);
    }

    private static Result plain(String markdown) {
        int[] style = new int[markdown.length()];
        java.util.Arrays.fill(style, PLAIN);
        return new Result(markdown, style, List.of(List.of(HIDE), List.of()), List.of());
    }

    /**
     * The colour of a suggestion: by its review level when it names one (三审 as three pens: 初审 red, 复审 blue,
     * 终审 green — {@code rv-level-1..3}), else by its author.
     */
    public static String colourClass(String author, String level) {
        if (level != null) {
            switch (level.strip()) {
                case "初审": return "rv-level-1";
                case "复审": return "rv-level-2";
                case "终审": return "rv-level-3";
                default: break;
            }
        }
        return authorClass(author);
    }

    /** The reviewer colour class of an author (the same author, the same colour, in every item). */
    public static String authorClass(String author) {
        int h = author == null ? 0 : Math.floorMod(author.strip().hashCode(), AUTHOR_COLOURS);
        return "rv-author-" + h;
    }

    private static final Pattern NOTE_REF = Pattern.compile("\\[\\^([^\\]\\s]+)\\]");
    private static final Pattern NOTE_DEF = Pattern.compile("^ {0,3}\\[\\^([^\\]\\s]+)\\]:");
    private static final Pattern LIST_MARK = Pattern.compile("^[ \\t]*([-*+]|\\(?[0-9A-Za-z]{1,6}[.)])[ \\t]");
    private static final Pattern DELIMITER_ROW = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$");

    private static final class Walker {
        private final String src;
        private final int n;
        private final int[] style;
        private final List<List<String>> sets = new ArrayList<>();
        private final Map<List<String>, Integer> ids = new HashMap<>();
        private final List<Annotation> annotations = new ArrayList<>();
        private final List<int[]> entryTitles = new ArrayList<>();
        private final Map<String, String> noteTexts = new HashMap<>();
        private final ArrayList<String> ctx = new ArrayList<>();
        private int current;
        /** The smallest and largest source offset marked since the last {@link #track()}. */
        private int min = Integer.MAX_VALUE;
        private int max = -1;

        Walker(String src) {
            this.src = src;
            this.n = src.length();
            this.style = new int[n];
            id(List.of(HIDE));
            id(List.of());
            current = PLAIN;
            for (int i = 0; i < n; i++) {
                if (src.charAt(i) == '\n') style[i] = PLAIN;
            }
        }

        private int id(List<String> classes) {
            return ids.computeIfAbsent(classes, k -> {
                sets.add(List.copyOf(k));
                return sets.size() - 1;
            });
        }

        private void push(String... classes) {
            for (String c : classes) ctx.add(c);
            current = id(new ArrayList<>(ctx));
        }

        private void pop(int count) {
            for (int i = 0; i < count; i++) ctx.remove(ctx.size() - 1);
            current = id(new ArrayList<>(ctx));
        }

        /** Starts measuring a node's extent; returns the outer measure to give back to {@link #untrack}. */
        private long track() {
            long saved = ((long) min << 32) | (max & 0xffffffffL);
            min = Integer.MAX_VALUE;
            max = -1;
            return saved;
        }

        private int[] untrack(long saved) {
            int[] extent = {min, max};
            int outerMin = (int) (saved >> 32);
            int outerMax = (int) saved;
            min = Math.min(min, outerMin);
            max = Math.max(max, outerMax);
            return extent;
        }

        void blocks(List<Block> blocks) {
            for (Block b : blocks) block(b);
        }

        private void block(Block b) {
            if (b instanceof Block.Heading h) {
                push("rv-h" + h.level());
                inlines(h.content());
                pop(1);
            } else if (b instanceof Block.Paragraph p) {
                inlines(p.content());
            } else if (b instanceof Block.ArticleHead a) {
                push(switch (a.part()) {
                    case TITLE -> "rv-title";
                    case SUBTITLE -> "rv-subtitle";
                    case BYLINE -> "rv-byline";
                });
                inlines(a.content());
                pop(1);
            } else if (b instanceof Block.BlockQuote q) {
                push("rv-quote");
                blocks(q.content());
                pop(1);
            } else if (b instanceof Block.BulletList l) {
                push("rv-list");
                for (List<Block> item : l.items()) blocks(item);
                pop(1);
            } else if (b instanceof Block.OrderedList l) {
                push("rv-list");
                for (List<Block> item : l.items()) blocks(item);
                pop(1);
            } else if (b instanceof Block.Table t) {
                for (int r = 0; r < t.rows().size(); r++) {
                    push(r < t.headerRows() ? "rv-th" : "rv-cell");
                    for (Block.Cell c : t.rows().get(r).cells()) inlines(c.content());
                    pop(1);
                }
                push("rv-caption");
                inlines(t.caption());
                pop(1);
            } else if (b instanceof Block.Figure f) {
                push("rv-figure");
                long saved = track();
                inlines(f.caption());
                int[] e = untrack(saved);
                pop(1);
                if (e[1] >= 0) annotations.add(new Annotation(e[0], e[1] + 1, Annotation.Kind.FIGURE, null, null, f.source()));
            }
        }

        private void inlines(List<Inline> inlines) {
            for (Inline in : inlines) inline(in);
        }

        private void inline(Inline in) {
            if (in instanceof Inline.Text t) {
                mark(t);
            } else if (in instanceof Inline.Emph e) {
                nested(e.content(), "rv-emph");
            } else if (in instanceof Inline.Strong s) {
                nested(s.content(), "rv-strong");
            } else if (in instanceof Inline.Superscript s) {
                nested(s.content(), "rv-sup");
            } else if (in instanceof Inline.Subscript s) {
                nested(s.content(), "rv-sub");
            } else if (in instanceof Inline.Link l) {
                push("rv-link");
                long saved = track();
                inlines(l.content());
                int[] e = untrack(saved);
                pop(1);
                if (e[1] >= 0) annotations.add(new Annotation(e[0], e[1] + 1, Annotation.Kind.LINK, null, null, l.target()));
            } else if (in instanceof Inline.Note note) {
                push("rv-note-text");
                long saved = track();
                blocks(note.content());
                int[] e = untrack(saved);
                pop(1);
                if (e[1] >= 0) {
                    // the note's label stands just before its text: "[^3]: 注文"
                    String label = labelBefore(e[0]);
                    if (label != null) noteTexts.put(label, shownBetween(e[0], e[1] + 1));
                }
            } else if (in instanceof Inline.IndexTerm t) {
                nested(t.content(), "rv-index");
            } else if (in instanceof Inline.EntryTitle t) {
                push("rv-entry");
                long saved = track();
                inlines(t.content());
                int[] e = untrack(saved);
                pop(1);
                if (e[1] >= 0) entryTitles.add(e);
            } else if (in instanceof Inline.Span s) {
                Suggestions.Kind kind = Suggestions.kindOf(s);
                if (kind == null) {
                    nested(s.content(), s.attr().hasClass("underline") ? "rv-underline" : "rv-span");
                    return;
                }
                String author = s.attr().value("author");
                push(kind == Suggestions.Kind.INSERTION ? "rv-ins" : "rv-del", colourClass(author, s.attr().value("level")));
                long saved = track();
                inlines(s.content());
                int[] e = untrack(saved);
                pop(2);
                if (e[1] >= 0) {
                    annotations.add(new Annotation(e[0], e[1] + 1, kind == Suggestions.Kind.INSERTION
                            ? Annotation.Kind.INSERTION : Annotation.Kind.DELETION, author, s.attr().value("date"), null));
                }
            }
        }

        private void nested(List<Inline> content, String cls) {
            push(cls);
            inlines(content);
            pop(1);
        }

        /** Shows the characters the text was read from, with the classes of the nodes around it. */
        private void mark(Inline.Text t) {
            long[] pairs = t.source().pairs();
            int length = t.text().length();
            for (int p = 0; p < pairs.length; p += 2) {
                long key = pairs[p + 1];
                if (key < 0) continue;
                int from = (int) pairs[p];
                int to = p + 2 < pairs.length ? (int) pairs[p + 2] : length;
                for (int i = from; i < to; i++) {
                    long k = key + (i - from);
                    if (k < 0 || k >= n) continue;
                    int at = (int) k;
                    // an entity (&amp;) is traced to its '&': what it stands for is not the source's character
                    style[at] = current;
                    if (at < min) min = at;
                    if (at > max) max = at;
                }
            }
        }

        private String labelBefore(int textStart) {
            int lineStart = src.lastIndexOf('\n', Math.max(0, textStart - 1)) + 1;
            Matcher m = NOTE_DEF.matcher(src.substring(lineStart, Math.min(n, textStart + 1)));
            return m.find() ? m.group(1) : null;
        }

        private String shownBetween(int from, int to) {
            StringBuilder sb = new StringBuilder();
            for (int i = from; i < to; i++) {
                if (style[i] != HIDDEN) sb.append(src.charAt(i));
            }
            return sb.toString().strip();
        }

        /** The markup shown as what it means, line by line. */
        void afterwards() {
            for (int[] e : entryTitles) {
                int entry = style[e[0]];
                if (e[0] > 0 && src.charAt(e[0] - 1) == '【' && style[e[0] - 1] == HIDDEN) style[e[0] - 1] = entry;
                if (e[1] + 1 < n && src.charAt(e[1] + 1) == '】' && style[e[1] + 1] == HIDDEN) style[e[1] + 1] = entry;
            }
            int noteMark = id(List.of("rv-note-mark"));
            int noteLabel = id(List.of("rv-note-label"));
            int pipe = id(List.of("rv-pipe"));
            int listMark = id(List.of("rv-list-mark"));
            int rule = id(List.of("rv-rule"));
            int figureRaw = id(List.of("rv-figure"));
            int lineStart = 0;
            while (lineStart <= n) {
                int lineEnd = src.indexOf('\n', lineStart);
                if (lineEnd < 0) lineEnd = n;
                String line = src.substring(lineStart, lineEnd);
                boolean anyShown = false;
                int firstShown = -1;
                for (int i = lineStart; i < lineEnd; i++) {
                    if (style[i] != HIDDEN) {
                        anyShown = true;
                        firstShown = i;
                        break;
                    }
                }
                Matcher def = NOTE_DEF.matcher(line);
                if (def.find() && allHidden(lineStart + def.start(1), lineStart + def.end(1))) {
                    fill(lineStart + def.start(1), lineStart + def.end(1), noteLabel);
                    // the space between the label and the note's text, so they do not run together
                    int gap = lineStart + def.end();
                    if (gap < lineEnd && src.charAt(gap) == ' ' && style[gap] == HIDDEN) style[gap] = PLAIN;
                }
                Matcher ref = NOTE_REF.matcher(line);
                while (ref.find()) {
                    int a = lineStart + ref.start();
                    int b = lineStart + ref.end();
                    if (!allHidden(a, b)) continue;
                    if (ref.start() == 0 && line.startsWith(":", ref.end())) continue; // the definition's own label
                    if (a > 0 && src.charAt(a - 1) == '\\') continue;
                    fill(lineStart + ref.start(1), lineStart + ref.end(1), noteMark);
                    String text = noteTexts.get(ref.group(1));
                    annotations.add(new Annotation(lineStart + ref.start(1), lineStart + ref.end(1), Annotation.Kind.NOTE,
                            null, null, text == null ? "" : text));
                }
                String trimmed = line.stripLeading();
                if (trimmed.startsWith("|")) {
                    if (!DELIMITER_ROW.matcher(line).matches()) {
                        for (int i = lineStart; i < lineEnd; i++) {
                            if (src.charAt(i) == '|' && style[i] == HIDDEN && (i == lineStart || src.charAt(i - 1) != '\\')) style[i] = pipe;
                            else if (src.charAt(i) == ' ' && style[i] == HIDDEN) style[i] = PLAIN; // the cells' padding
                        }
                    }
                } else if (anyShown) {
                    Matcher lm = LIST_MARK.matcher(line);
                    if (lm.find() && sets.get(style[firstShown]).contains("rv-list") && allHidden(lineStart + lm.start(1), lineStart + lm.end(1))
                            && lineStart + lm.end() <= firstShown) {
                        fill(lineStart + lm.start(1), lineStart + lm.end(), listMark);
                    }
                } else if (RULE.matcher(line).matches()) {
                    fill(lineStart, lineEnd, rule);
                } else if (trimmed.startsWith("![")) {
                    // a figure without a caption: its markup is all there is to see of it
                    fill(lineStart, lineEnd, figureRaw);
                }
                lineStart = lineEnd + 1;
            }
            annotations.sort(java.util.Comparator.comparingInt(Annotation::start));
        }

        private boolean allHidden(int from, int to) {
            for (int i = from; i < to; i++) {
                if (style[i] != HIDDEN) return false;
            }
            return true;
        }

        private void fill(int from, int to, int id) {
            for (int i = from; i < to; i++) style[i] = id;
        }
    }
}
