package org.annalist.ui.tree;

import org.annalist.model.ItemStatus;

import java.util.List;

/**
 * One node of the archive tree as shown: what it is, its number in the archive, its label, and its
 * 字数 (characters, summed over what it holds) and status (items only).
 */
public record TreeNode(Kind kind, long id, Long sectionId, String label, int characters, int items, ItemStatus status,
                       List<TreeNode> children) {

    public enum Kind { ROOT, PUBLICATION, SECTION, ITEM, INBOX }

    public TreeNode {
        children = List.copyOf(children);
    }

    public boolean isItem() {
        return kind == Kind.ITEM;
    }

    /** Can items be dropped here: a section or the 收稿箱. */
    public boolean holdsItems() {
        return kind == Kind.SECTION || kind == Kind.INBOX;
    }
}
