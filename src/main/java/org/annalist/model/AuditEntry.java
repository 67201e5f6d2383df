package org.annalist.model;

import java.time.Instant;

/** One line of the audit log: who did what to which record, when. */
public record AuditEntry(long id, Instant at, String actor, String action, String entity, Long entityId,
                         String detail) {
}
