/** The 回收站 window: what was deleted, where it stood, when and by whom; restore it or delete it for good. */
package org.annalist.ui.trash;
