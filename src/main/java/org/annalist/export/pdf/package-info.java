/**
 * PDF export: walks pages of frames with PDFBox, embedding subsets of the same TrueType faces the layout
 * measured, with page labels, bookmarks, optional PDF/A-2b and crop marks.
 */
package org.annalist.export.pdf;
