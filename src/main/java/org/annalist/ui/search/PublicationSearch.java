package org.annalist.ui.search;

import org.annalist.model.Item;
import org.annalist.service.ArchiveTree;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Finds a string in the text of every item of one publication, in reading order (each 类目's items, then those of
 * its 分目 and 子目). The item being edited is searched in its unsaved text, the others in their stored text. No
 * JavaFX: the window's ViewModel runs it on a worker thread.
 */
public final class PublicationSearch {
    /** At most this many hits are listed; a search for "的" in a whole 年鉴 would otherwise list tens of thousands. */
    public static final int LIMIT = 2000;
    private static final int BEFORE = 18;
    private static final int AFTER = 30;

    /**
     * One place the string was found: in which item (under which 类目), from {@code start} to {@code end} of its
     * text, and the words around it ({@code before} + {@code match} + {@code after}, on one line).
     */
    public record Hit(long itemId, String category, String itemTitle, int start, int end, String before, String match,
                      String after) {
        /** "类目 › 条目标题", as the list shows it. */
        public String where() {
            return category.isEmpty() ? itemTitle : category + " › " + itemTitle;
        }
    }

    /**
     * The hits, whether the list stopped at {@link #LIMIT}, and the text each item with hits was searched in (by item
     * id): the text the hits' offsets are in, carried to the text as it reads when a hit is opened.
     */
    public record Result(List<Hit> hits, boolean truncated, int itemsSearched, java.util.Map<Long, String> texts) {
        public Result(List<Hit> hits, boolean truncated, int itemsSearched) {
            this(hits, truncated, itemsSearched, java.util.Map.of());
        }
    }

    /** The item being edited and its text as typed (null: none). */
    public record OpenItem(long itemId, String text) {
    }

    private PublicationSearch() {
    }

    /**
     * Searches {@code publication} for {@code query} ({@code ignoreCase}: Latin letters and the like in either case).
     * {@code untitled} names an item without a title; {@code cancelled} is asked between items.
     */
    public static Result search(ArchiveTree.PublicationNode publication, String query, boolean ignoreCase, OpenItem open,
                                String untitled, BooleanSupplier cancelled) {
        List<Hit> hits = new ArrayList<>();
        java.util.Map<Long, String> texts = new java.util.HashMap<>();
        int[] items = {0};
        boolean truncated = false;
        if (query == null || query.isEmpty()) return new Result(hits, false, 0);
        for (ArchiveTree.SectionNode category : publication.sections()) {
            if (!searchSection(category, category.section().title(), query, ignoreCase, open, untitled, cancelled, hits, texts, items)) {
                truncated = true;
                break;
            }
        }
        return new Result(List.copyOf(hits), truncated, items[0], java.util.Map.copyOf(texts));
    }

    /** False when the limit was reached. */
    private static boolean searchSection(ArchiveTree.SectionNode s, String category, String query, boolean ignoreCase, OpenItem open,
                                         String untitled, BooleanSupplier cancelled, List<Hit> hits,
                                         java.util.Map<Long, String> texts, int[] items) {
        for (Item i : s.items()) {
            if (cancelled.getAsBoolean()) throw new java.util.concurrent.CancellationException();
            items[0]++;
            String text = open != null && open.itemId() == i.id() ? open.text() : i.body();
            String title = i.title().isBlank() ? untitled : i.title();
            for (int at = indexOf(text, query, 0, ignoreCase); at >= 0; at = indexOf(text, query, at + query.length(), ignoreCase)) {
                if (hits.size() >= LIMIT) return false;
                int end = at + query.length();
                hits.add(new Hit(i.id(), category, title, at, end, before(text, at), oneLine(text.substring(at, end)), after(text, end)));
                texts.put(i.id(), text);
            }
        }
        for (ArchiveTree.SectionNode c : s.children()) {
            if (!searchSection(c, category, query, ignoreCase, open, untitled, cancelled, hits, texts, items)) return false;
        }
        return true;
    }

    /** Where {@code query} occurs in {@code text} from {@code from} on, or -1. */
    public static int indexOf(String text, String query, int from, boolean ignoreCase) {
        if (!ignoreCase) return text.indexOf(query, from);
        for (int i = Math.max(0, from), last = text.length() - query.length(); i <= last; i++) {
            if (text.regionMatches(true, i, query, 0, query.length())) return i;
        }
        return -1;
    }

    private static String before(String text, int at) {
        int from = Math.max(0, at - BEFORE);
        int nl = text.lastIndexOf('\n', at - 1);
        boolean cut = from > 0;
        if (nl >= from && nl < at) {
            from = nl + 1;
            cut = false;
        }
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) from++;
        return (cut ? "…" : "") + oneLine(text.substring(from, at));
    }

    private static String after(String text, int end) {
        int to = Math.min(text.length(), end + AFTER);
        int nl = text.indexOf('\n', end);
        boolean cut = to < text.length();
        if (nl >= 0 && nl < to) {
            to = nl;
            cut = false;
        }
        if (to < text.length() && to > end && Character.isHighSurrogate(text.charAt(to - 1))) to--;
        return oneLine(text.substring(end, to)) + (cut ? "…" : "");
    }

    private static String oneLine(String s) {
        return s.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    }
}
