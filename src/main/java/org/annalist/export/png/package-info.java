/**
 * Raster output with Java2D: the same walk over frames as the PDF exporter, for PNG files, reference
 * images in tests and the on-screen preview.
 */
package org.annalist.export.png;
