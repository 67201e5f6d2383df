/**
 * Word (.docx) import, pandoc's way: {@link org.annalist.importer.docx.DocxReader} parses the file faithfully into
 * {@link org.annalist.importer.docx.WordModel} (what Word stores: styles, outline levels, numbering, indentation,
 * run properties), then {@link org.annalist.importer.docx.DocxMapper} decides what that means in the document tree
 * (headings, lists, paragraphs), every approximation reported. {@link org.annalist.importer.docx.DocxImporter}
 * recognises the bytes and refuses encrypted, damaged and oversized files with Chinese messages.
 * {@link org.annalist.importer.docx.DocImporter} reads binary Word 97-2003 (.doc, WPS .wps) through
 * {@link org.annalist.importer.docx.DocReader} into the same model, so both formats share one mapping.
 * Review data: tracked changes become pending suggestions ({@link org.annalist.importer.docx.ReviewMarks},
 * {@link org.annalist.importer.docx.TrackedChanges}), comments and their threads review comments
 * ({@link org.annalist.importer.docx.WordComments}, for .doc {@link org.annalist.importer.docx.DocComments}); metafiles are rendered to PNG, equations read as linear text.
 */
package org.annalist.importer.docx;
