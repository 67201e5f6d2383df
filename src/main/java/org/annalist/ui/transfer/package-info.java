/** Import (files chosen or dropped, progress per file, the import report) and export to PDF (template, progress with cancel, summary). */
package org.annalist.ui.transfer;
