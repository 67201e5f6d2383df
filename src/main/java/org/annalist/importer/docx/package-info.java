/**
 * Word (.docx) import, pandoc's way: {@link org.annalist.importer.docx.DocxReader} parses the file faithfully into
 * {@link org.annalist.importer.docx.WordModel} (what Word stores: styles, outline levels, numbering, indentation,
 * run properties), then {@link org.annalist.importer.docx.DocxMapper} decides what that means in the document tree
 * (headings, lists, paragraphs), every approximation reported. {@link org.annalist.importer.docx.DocxImporter}
 * recognises the bytes and refuses encrypted, damaged and oversized files with Chinese messages.
 */
package org.annalist.importer.docx;
