package org.annalist.model;

import java.time.Instant;

/**
 * One immutable saved state of an item: who saved it, when, and the SHA-256 of its content
 * (title, subtitle, body and metadata as stored). Revisions are never changed or deleted.
 */
public record Revision(long id, long itemId, int number, String author, Instant createdAt, String sha256,
                       String title, String subtitle, String body, String note) {
}
