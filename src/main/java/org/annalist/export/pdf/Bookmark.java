package org.annalist.export.pdf;

import java.util.List;
import java.util.Objects;

/**
 * 书签: one entry of the PDF outline, pointing at {@code y} points below the top of the trimmed page
 * {@code pageIndex} (0-based, in the order pages are exported), with nested entries (类目 → 分目 → 条目).
 */
public record Bookmark(String title, int pageIndex, double y, List<Bookmark> children) {
    public Bookmark {
        Objects.requireNonNull(title, "title");
        if (pageIndex < 0) throw new IllegalArgumentException("page index " + pageIndex);
        children = List.copyOf(children);
    }

    public Bookmark(String title, int pageIndex, double y) {
        this(title, pageIndex, y, List.of());
    }
}
