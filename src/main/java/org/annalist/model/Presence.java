package org.annalist.model;

import java.time.Instant;

/** An editor who has an item open (正在编辑) in one session, as of its last heartbeat. */
public record Presence(long itemId, String editor, String session, Instant seenAt) {
}
