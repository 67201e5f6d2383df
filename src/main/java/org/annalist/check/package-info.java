/**
 * 校对检查: proofreading checks over an item's text as a reader reads it (GB/T 15834 punctuation, GB/T 15835
 * numbers, 年鉴 rules), each finding placed in the item's Markdown through the document tree's source map, with a
 * suggested fix. Pure Java over {@code doc}: no store, no UI; {@link org.annalist.check.Checker} is the front door.
 */
package org.annalist.check;
