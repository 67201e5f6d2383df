package org.annalist.model;

import java.time.Instant;

/**
 * A review comment on an item (批注): who wrote it and when, its text, and the passage it is anchored to.
 * {@code origin} says where it came from ("word" for a comment imported from a Word file). {@code id} and
 * {@code itemId} are 0 for a comment not yet stored; {@code writtenAt} may be null when the source has no date.
 */
public record ReviewComment(long id, long itemId, String author, Instant writtenAt, String text, String anchor,
                            String origin) {
    public ReviewComment {
        if (author == null || author.isBlank()) author = "（未署名）";
        if (text == null) text = "";
    }
}
