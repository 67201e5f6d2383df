/**
 * Archive records: publications (年鉴 volume / 文史 辑), their section trees (类目/分目/子目), items
 * (条目/篇) with people, tags and attachments, immutable revisions and the audit log.
 */
package org.annalist.model;
