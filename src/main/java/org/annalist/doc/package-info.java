/**
 * The neutral document tree (sealed {@link org.annalist.doc.Block} / {@link org.annalist.doc.Inline} records)
 * that every importer produces and every exporter reads, and its Markdown form (see docs/markup.md).
 */
package org.annalist.doc;
