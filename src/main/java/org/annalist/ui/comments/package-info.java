/** The comments pane (批注): an item's threads beside the editor, their words tinted in the reading view. */
package org.annalist.ui.comments;
