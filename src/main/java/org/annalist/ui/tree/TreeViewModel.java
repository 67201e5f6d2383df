package org.annalist.ui.tree;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.annalist.model.Item;
import org.annalist.service.AnnalistSession;
import org.annalist.service.ArchiveTree;
import org.annalist.service.Messages;
import org.annalist.ui.DialogService;
import org.annalist.ui.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The archive's structure for the tree view, rebuilt after every change, and moving items by dragging. */
public final class TreeViewModel {
    private final Supplier<AnnalistSession> session;
    private final DialogService dialogs;
    private final ObjectProperty<TreeNode> root = new SimpleObjectProperty<>();

    public TreeViewModel(Supplier<AnnalistSession> session, DialogService dialogs) {
        this.session = session;
        this.dialogs = dialogs;
    }

    public ObjectProperty<TreeNode> rootProperty() {
        return root;
    }

    /** Reads the archive's structure again. */
    public void refresh() {
        AnnalistSession s = session.get();
        if (s == null) {
            root.set(null);
            return;
        }
        root.set(build(s.queries().tree()));
    }

    static TreeNode build(ArchiveTree tree) {
        List<TreeNode> pubs = new ArrayList<>();
        for (ArchiveTree.PublicationNode p : tree.publications()) {
            List<TreeNode> sections = new ArrayList<>();
            for (ArchiveTree.SectionNode s : p.sections()) sections.add(section(s));
            pubs.add(new TreeNode(TreeNode.Kind.PUBLICATION, p.publication().id(), null, p.publication().displayName(),
                    p.characterCount(), p.itemCount(), null, sections));
        }
        List<TreeNode> inbox = tree.inbox().stream().map(i -> item(i)).toList();
        pubs.add(new TreeNode(TreeNode.Kind.INBOX, 0, null, I18n.tr("tree.inbox"),
                tree.inbox().stream().mapToInt(Item::characterCount).sum(), inbox.size(), null, inbox));
        return new TreeNode(TreeNode.Kind.ROOT, 0, null, "", 0, 0, null, pubs);
    }

    private static TreeNode section(ArchiveTree.SectionNode s) {
        List<TreeNode> children = new ArrayList<>();
        for (Item i : s.items()) children.add(item(i));
        for (ArchiveTree.SectionNode c : s.children()) children.add(section(c));
        return new TreeNode(TreeNode.Kind.SECTION, s.section().id(), s.section().id(),
                I18n.tr("level." + s.section().level().name()) + "　" + s.section().title(), s.characterCount(), s.itemCount(), null, children);
    }

    private static TreeNode item(Item i) {
        String title = i.title().isBlank() ? I18n.tr("tree.untitled") : i.title();
        return new TreeNode(TreeNode.Kind.ITEM, i.id(), i.sectionId(), title, i.characterCount(), 1, i.status(), List.of());
    }

    /**
     * Moves an item where it was dropped: onto a section or the 收稿箱 (last there), or onto another item
     * (into that item's place, before it). Returns false when nothing moved.
     */
    public boolean drop(long itemId, TreeNode target) {
        if (target == null || (target.isItem() && target.id() == itemId)) return false;
        AnnalistSession s = session.get();
        try {
            if (target.holdsItems()) {
                s.editing().move(itemId, target.kind() == TreeNode.Kind.INBOX ? null : target.sectionId(), 0);
            } else if (target.isItem()) {
                Optional<Item> at = s.editing().item(target.id());
                if (at.isEmpty()) return false;
                s.editing().move(itemId, at.get().sectionId(), at.get().ord());
            } else {
                return false;
            }
        } catch (RuntimeException e) {
            dialogs.showError(I18n.tr("tree.moveFailed"), s.databaseFile().toString(), Messages.describe(e));
            return false;
        }
        refresh();
        return true;
    }

    /** The node for an item in the current tree. */
    public Optional<TreeNode> findItem(long itemId) {
        return find(root.get(), TreeNode.Kind.ITEM, itemId);
    }

    public Optional<TreeNode> find(TreeNode from, TreeNode.Kind kind, long id) {
        if (from == null) return Optional.empty();
        if (from.kind() == kind && from.id() == id) return Optional.of(from);
        for (TreeNode c : from.children()) {
            Optional<TreeNode> f = find(c, kind, id);
            if (f.isPresent()) return f;
        }
        return Optional.empty();
    }
}
