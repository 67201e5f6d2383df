/**
 * Web pages saved as .html/.htm: recognised by their bytes, decoded by BOM, meta charset or detection, read
 * with jsoup into the paragraphs, headings, lists and tables a reader sees, then cleaned like pasted web text.
 */
package org.annalist.importer.html;
