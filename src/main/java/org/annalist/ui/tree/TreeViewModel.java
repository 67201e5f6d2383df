package org.annalist.ui.tree;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.annalist.model.Item;
import org.annalist.service.AnnalistSession;
import org.annalist.service.ArchiveTree;
import org.annalist.service.Messages;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The archive's structure for the tree view, rebuilt after every change, and moving items and sections by dragging. */
public final class TreeViewModel {
    private final javafx.beans.property.ObjectProperty<java.util.Map<Long, java.util.List<String>>> othersEditing =
            new javafx.beans.property.SimpleObjectProperty<>(java.util.Map.of());
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

    /**
     * Where a dragged 类目/分目 would go when dropped on {@code target}: onto a section at its own depth in the
     * same publication it takes that section's place (under that section's parent); onto a section one level
     * up it goes last under it; onto its publication (a 类目 only) last at the top. Empty: not a place for it.
     */
    public Optional<SectionPlace> sectionPlace(long sectionId, TreeNode target) {
        TreeNode tree = root.get();
        if (tree == null || target == null) return Optional.empty();
        List<TreeNode> path = pathTo(tree, TreeNode.Kind.SECTION, sectionId);
        if (path.isEmpty()) return Optional.empty();
        TreeNode publication = path.get(1);
        int depth = path.size() - 2; // root, publication, 类目 (1), 分目 (2) …
        if (target.kind() == TreeNode.Kind.PUBLICATION) {
            return depth == 1 && target.id() == publication.id() ? Optional.of(new SectionPlace(null, 0)) : Optional.empty();
        }
        if (target.kind() != TreeNode.Kind.SECTION || target.id() == sectionId) return Optional.empty();
        List<TreeNode> at = pathTo(tree, TreeNode.Kind.SECTION, target.id());
        if (at.isEmpty() || at.get(1).id() != publication.id()) return Optional.empty();
        for (TreeNode n : at) if (n.kind() == TreeNode.Kind.SECTION && n.id() == sectionId) return Optional.empty(); // into itself
        int targetDepth = at.size() - 2;
        if (targetDepth == depth - 1) return Optional.of(new SectionPlace(target.id(), 0));
        if (targetDepth != depth) return Optional.empty();
        TreeNode parent = at.get(at.size() - 2);
        int ord = 1;
        for (TreeNode c : parent.children()) {
            if (c.kind() != TreeNode.Kind.SECTION) continue;
            if (c.id() == target.id()) break;
            ord++;
        }
        return Optional.of(new SectionPlace(parent.kind() == TreeNode.Kind.SECTION ? parent.id() : null, ord));
    }

    /** A section's new place: under {@code parentId} (null: its publication's top) at position {@code ord} (0: last). */
    public record SectionPlace(Long parentId, int ord) {
    }

    /** Moves a dragged 类目/分目 where it was dropped (see {@link #sectionPlace}); false when nothing moved. */
    public boolean dropSection(long sectionId, TreeNode target) {
        Optional<SectionPlace> place = sectionPlace(sectionId, target);
        if (place.isEmpty()) return false;
        AnnalistSession s = session.get();
        try {
            s.editing().moveSection(sectionId, place.get().parentId(), place.get().ord());
        } catch (RuntimeException e) {
            dialogs.showError(I18n.tr("tree.moveSectionFailed"), s.databaseFile().toString(), Messages.describe(e));
            return false;
        }
        refresh();
        return true;
    }

    /** The nodes from the root down to a node, or empty when it is not in the tree. */
    private static List<TreeNode> pathTo(TreeNode from, TreeNode.Kind kind, long id) {
        if (from.kind() == kind && from.id() == id) return new ArrayList<>(List.of(from));
        for (TreeNode c : from.children()) {
            List<TreeNode> p = pathTo(c, kind, id);
            if (!p.isEmpty()) {
                p.add(0, from);
                return p;
            }
        }
        return List.of();
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

    /** 正在编辑: the items other editors of a shared archive have open now, with their names (shown in the tree). */
    public javafx.beans.property.ObjectProperty<java.util.Map<Long, java.util.List<String>>> othersEditingProperty() {
        return othersEditing;
    }
}
