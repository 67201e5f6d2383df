package org.annalist.model;

import java.time.Instant;

/**
 * A stored file: the original of every imported manuscript, images, scans. The bytes are read
 * separately; {@code sha256} is the hex digest of the bytes. {@code itemId} may be null.
 */
public record Attachment(long id, Long itemId, String originalName, String mediaType, String sha256, long size,
                         Instant createdAt) {
}
