/**
 * 人物与地名: the window over the authority lists (persons and places, their pages of items) and the open item's offered
 * mentions to confirm or reject; all reads and writes run on the task executor.
 */
package org.annalist.ui.authority;
