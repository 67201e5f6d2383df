/** The Markdown editor of one item: syntax colouring of our dialect, toolbar markup, find/replace, autosave into revisions. */
package org.annalist.ui.editor;
