/**
 * Pages: the flow's columns placed on the page with running heads (书眉) and folios, the information the
 * 目录, bookmarks, page labels and the 索引 need (where each heading and index term landed).
 */
package org.annalist.typeset.page;
