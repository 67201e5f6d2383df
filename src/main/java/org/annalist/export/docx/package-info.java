/**
 * Word (.docx) output with the 年鉴 page design: written with POI from the document tree and a {@link
 * org.annalist.export.docx.DocxDesign} (the template as Word needs it), never from the typesetter's pages — Word,
 * WPS and LibreOffice lay out pages themselves.
 */
package org.annalist.export.docx;
