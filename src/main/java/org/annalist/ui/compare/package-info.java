/**
 * The 修订记录 window: an item's revisions (number, who, when, note), any two compared side by side and inline
 * (insertions underlined, deletions struck, moved paragraphs marked), and 恢复此版 — an earlier revision restored
 * as a new one.
 */
package org.annalist.ui.compare;
