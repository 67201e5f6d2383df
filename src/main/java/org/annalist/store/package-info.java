/**
 * The archive: an H2 file database ({@code annalist.mv.db}) migrated by Flyway, reached through
 * {@link org.annalist.store.Archive} and one {@link org.annalist.store.Tx} per transaction. Revisions,
 * the audit log and the import log are append-only, enforced by a database trigger.
 */
package org.annalist.store;
