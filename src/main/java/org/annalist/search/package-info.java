/**
 * 档案检索: the Lucene full-text index beside the store (CJK bigrams for recall, ICU dictionary words for ranking,
 * traditional characters folded to simplified), kept in step with the archive by item fingerprints, and the query
 * language (words, "phrases", 作者: 时期: 地点: 类目: 状态:, year ranges) with snippets, hit offsets and facets.
 */
package org.annalist.search;
