package org.annalist.model;

import java.time.Instant;

/**
 * A review comment on an item (批注): who wrote it and when, its text, and where it is anchored: {@code anchor} is
 * the passage around it (the paragraph where its marked range starts), {@code quote} the exact text it marks (may
 * be null or empty: a comment on a point). {@code parentId} names the comment this one replies to (a thread), null
 * for a comment that starts one. {@code origin} says where it came from ("word" for a comment imported from a
 * Word file, "desktop" for one written in the program). {@code id} and {@code itemId} are 0 for a comment not yet
 * stored; {@code writtenAt} may be null when the source has no date. {@code resolved}: the thread was marked done
 * (kept on the thread's first comment; a comment resolved in Word may instead carry the importer's note).
 */
public record ReviewComment(long id, long itemId, String author, Instant writtenAt, String text, String anchor,
                            String origin, Long parentId, String quote, boolean resolved) {
    public ReviewComment {
        if (author == null || author.isBlank()) author = "（未署名）";
        if (text == null) text = "";
    }

    /** A comment not marked resolved. */
    public ReviewComment(long id, long itemId, String author, Instant writtenAt, String text, String anchor,
                         String origin, Long parentId, String quote) {
        this(id, itemId, author, writtenAt, text, anchor, origin, parentId, quote, false);
    }

    /** A comment that starts a thread and marks no exact text. */
    public ReviewComment(long id, long itemId, String author, Instant writtenAt, String text, String anchor, String origin) {
        this(id, itemId, author, writtenAt, text, anchor, origin, null, null, false);
    }

    /** This comment stored as {@code newId} on {@code item}, replying to {@code parent} (null: none). */
    public ReviewComment stored(long newId, long item, Long parent) {
        return new ReviewComment(newId, item, author, writtenAt, text, anchor, origin, parent, quote, resolved);
    }

    /** The same comment anchored to {@code newQuote} in the paragraph that starts {@code newAnchor}. */
    public ReviewComment placed(String newAnchor, String newQuote) {
        return new ReviewComment(id, itemId, author, writtenAt, text, newAnchor, origin, parentId, newQuote, resolved);
    }
}
