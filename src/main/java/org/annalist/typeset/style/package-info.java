/**
 * Style ("realize"): the document tree's inline content → styled runs for the composer (宋 for text, 黑 for
 * strong and 条目 titles, 楷 for emphasis, raised note marks).
 */
package org.annalist.typeset.style;
