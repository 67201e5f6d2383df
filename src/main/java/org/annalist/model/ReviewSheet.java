package org.annalist.model;

import java.time.Instant;

/**
 * 审稿单: one signed step of an item through review, immutable once stored. {@code level} is the state the item was in
 * (the level that signed), {@code to} where the step took it; {@code revisionNumber}/{@code revisionSha256} name the
 * signed revision the step made; {@code attachmentId} the scanned 审核单 of a 供稿单位 approval (else null);
 * {@code sha256} chains the record to the one before it of the same item.
 */
public record ReviewSheet(long id, long itemId, int seq, ItemStatus level, ReviewDecision decision, ItemStatus to,
                          long personId, String personName, Instant signedAt, String opinion, String reason,
                          int revisionNumber, String revisionSha256, Long attachmentId, String sha256) {
}
