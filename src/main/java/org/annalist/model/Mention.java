package org.annalist.model;

import java.time.Instant;

/**
 * A place in an item's text where a person or a place of the authority lists is named: the words found and their
 * anchor (a range of the item's body at a hash, carried to later texts like a comment's), offered by the program and
 * confirmed or rejected by an editor ({@code decidedBy}, {@code decidedAt}).
 */
public record Mention(long id, long itemId, Kind kind, long entryId, String words, CommentAnchor anchor, Status status,
                      String decidedBy, Instant decidedAt) {
    /** What the mention names: a person (人物) or a place (地名). */
    public enum Kind { PERSON, PLACE }

    public enum Status { OFFERED, CONFIRMED, REJECTED }

    public Mention {
        if (kind == null || status == null || anchor == null || words == null || words.isEmpty()) {
            throw new IllegalArgumentException("mention");
        }
    }
}
