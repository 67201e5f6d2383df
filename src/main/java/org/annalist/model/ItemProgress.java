package org.annalist.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An item as a progress report counts it (no text): its section, title, state, 供稿单位, its own due date (null: none;
 * its 类目's may apply) and when it last changed.
 */
public record ItemProgress(long itemId, long sectionId, String title, ItemStatus status, String contributor,
                           LocalDate due, Instant updatedAt) {
}
