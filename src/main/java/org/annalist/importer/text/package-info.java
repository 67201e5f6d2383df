/**
 * Import of plain text and pasted web text (.txt, minimal .md): encoding detection, removal of web-page
 * and page-layout furniture, title/byline detection, splitting of multi-article pages, Chinese numbering.
 */
package org.annalist.importer.text;
