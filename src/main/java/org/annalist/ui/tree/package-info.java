/** The archive tree: publications, 类目/分目 (or 辑/栏目), items with character counts and status; moving items by dragging. */
package org.annalist.ui.tree;
