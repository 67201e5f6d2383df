/** The live page preview: the item's real typeset pages (the PDF's frames), redrawn after edits settle, zoomable, with the caret's place marked. */
package org.annalist.ui.preview;
