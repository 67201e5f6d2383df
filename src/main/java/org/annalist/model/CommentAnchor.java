package org.annalist.model;

/**
 * Where a review comment is anchored: the range {@code [from, to)} of an item's Markdown body as it read when the
 * anchor was set, that body named by its SHA-256 ({@code baseSha256}, kept with the item). A later text is reached
 * by comparing it with the base, so the range follows its words through edits.
 */
public record CommentAnchor(int from, int to, String baseSha256) {
    public CommentAnchor {
        if (from < 0 || to < from) throw new IllegalArgumentException("range " + from + ".." + to);
        if (baseSha256 == null || baseSha256.length() != 64) throw new IllegalArgumentException("sha256");
    }
}
