/**
 * Character differences between two revisions of an item, over code points (a non-BMP character such as 𠀋 is
 * never cut in two): what a reader reads is compared — the text through the document tree, not the markup —
 * and every change keeps its offsets in each revision's Markdown, so it can be shown in place. Paragraphs are
 * compared first (a paragraph deleted in one place and inserted in another is a move), then the changed ones
 * character by character (Myers), cleaned up so that changes in Chinese text read as whole phrases. Pure: uses
 * the doc tree only.
 */
package org.annalist.doc.diff;
