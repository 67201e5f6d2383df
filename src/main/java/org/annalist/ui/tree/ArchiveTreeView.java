package org.annalist.ui.tree;

import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import org.annalist.ui.common.I18n;

import java.io.File;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The archive tree. Each row shows its name with 字数 (and status for items); items are dragged onto a
 * section, the 收稿箱 or another item to move them; a 类目/分目 onto another of its level to take its place,
 * or onto the section above to go last under it; files dragged from the desktop onto a section (or
 * anywhere: the 收稿箱) are imported there.
 */
public final class ArchiveTreeView extends TreeView<TreeNode> {
    private static final DataFormat ITEM = new DataFormat("application/x-annalist-item");
    private static final DataFormat SECTION = new DataFormat("application/x-annalist-section");
    /** The narrowest a name gets before the 字数 gives way too: four or five characters and the "…". */
    private static final double MIN_NAME = 72;
    private static final double GAP = 8;
    private final TreeViewModel vm;

    /** {@code onSelect}: a node was chosen; {@code onFiles}: files were dropped (section number or null). */
    public ArchiveTreeView(TreeViewModel vm, Consumer<TreeNode> onSelect, BiConsumer<List<Path>, Long> onFiles) {
        this.vm = vm;
        setId("archive-tree");
        setShowRoot(false);
        setCellFactory(t -> new NodeCell(onFiles));
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> onSelect.accept(b == null ? null : b.getValue()));
        vm.rootProperty().addListener((o, a, b) -> rebuild(b));
        vm.othersEditingProperty().addListener((o, a, b) -> refresh());
        rebuild(vm.rootProperty().get());
    }

    /** Shows the node for an item (expanding its parents) without firing a new selection when it is already chosen. */
    public void reveal(TreeNode.Kind kind, long id) {
        TreeItem<TreeNode> t = find(getRoot(), kind, id);
        if (t == null) return;
        for (TreeItem<TreeNode> p = t.getParent(); p != null; p = p.getParent()) p.setExpanded(true);
        if (getSelectionModel().getSelectedItem() != t) getSelectionModel().select(t);
        int row = getRow(t);
        if (row >= 0) scrollTo(Math.max(0, row - 3));
    }

    private void rebuild(TreeNode root) {
        Set<String> expanded = new HashSet<>();
        Set<String> seen = new HashSet<>();
        collectExpanded(getRoot(), expanded);
        collectKeys(getRoot(), seen);
        TreeNode sel = getSelectionModel().getSelectedItem() == null ? null : getSelectionModel().getSelectedItem().getValue();
        setRoot(root == null ? null : item(root, expanded, seen));
        if (sel != null) {
            TreeItem<TreeNode> again = find(getRoot(), sel.kind(), sel.id());
            if (again != null) getSelectionModel().select(again);
        }
    }

    private static String key(TreeNode n) {
        return n.kind() + ":" + n.id();
    }

    private static void collectExpanded(TreeItem<TreeNode> t, Set<String> out) {
        if (t == null) return;
        if (t.isExpanded() && t.getValue() != null) out.add(key(t.getValue()));
        for (TreeItem<TreeNode> c : t.getChildren()) collectExpanded(c, out);
    }

    private static void collectKeys(TreeItem<TreeNode> t, Set<String> out) {
        if (t == null) return;
        if (t.getValue() != null) out.add(key(t.getValue()));
        for (TreeItem<TreeNode> c : t.getChildren()) collectKeys(c, out);
    }

    /**
     * A publication shows open the first time it appears (at the first show, or when it is created or built later, as
     * the demo is on a first start after the archive opened); later, what the user had open stays open.
     */
    private static TreeItem<TreeNode> item(TreeNode n, Set<String> expanded, Set<String> seen) {
        TreeItem<TreeNode> t = new TreeItem<>(n);
        t.setExpanded(n.kind() == TreeNode.Kind.ROOT || expanded.contains(key(n))
                || (n.kind() == TreeNode.Kind.PUBLICATION && !seen.contains(key(n))));
        for (TreeNode c : n.children()) t.getChildren().add(item(c, expanded, seen));
        return t;
    }

    private static TreeItem<TreeNode> find(TreeItem<TreeNode> t, TreeNode.Kind kind, long id) {
        if (t == null) return null;
        if (t.getValue() != null && t.getValue().kind() == kind && t.getValue().id() == id) return t;
        for (TreeItem<TreeNode> c : t.getChildren()) {
            TreeItem<TreeNode> f = find(c, kind, id);
            if (f != null) return f;
        }
        return null;
    }

    private final class NodeCell extends TreeCell<TreeNode> {
        private final BiConsumer<List<Path>, Long> onFiles;

        NodeCell(BiConsumer<List<Path>, Long> onFiles) {
            this.onFiles = onFiles;
            setOnDragDetected(e -> {
                TreeNode n = getItem();
                if (n == null || !(n.isItem() || n.kind() == TreeNode.Kind.SECTION)) return;
                Dragboard db = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent c = new ClipboardContent();
                c.put(n.isItem() ? ITEM : SECTION, n.id());
                db.setContent(c);
                e.consume();
            });
            setOnDragOver(e -> {
                TreeNode n = getItem();
                Dragboard db = e.getDragboard();
                if (n != null && db.hasContent(ITEM) && (n.holdsItems() || n.isItem())) e.acceptTransferModes(TransferMode.MOVE);
                else if (n != null && db.hasContent(SECTION)
                        && vm.sectionPlace(((Number) db.getContent(SECTION)).longValue(), n).isPresent()) e.acceptTransferModes(TransferMode.MOVE);
                else if (db.hasFiles()) e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            });
            setOnDragDropped(e -> {
                TreeNode n = getItem();
                Dragboard db = e.getDragboard();
                boolean done = false;
                if (db.hasContent(ITEM) && n != null) {
                    done = vm.drop(((Number) db.getContent(ITEM)).longValue(), n);
                } else if (db.hasContent(SECTION) && n != null) {
                    done = vm.dropSection(((Number) db.getContent(SECTION)).longValue(), n);
                } else if (db.hasFiles()) {
                    Long section = n != null && n.kind() == TreeNode.Kind.SECTION ? n.sectionId() : null;
                    onFiles.accept(db.getFiles().stream().map(File::toPath).toList(), section);
                    done = true;
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        /** The row's content takes the width the pane leaves it, so that a long name is cut at the pane's edge. */
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            javafx.scene.Node g = getGraphic();
            if (g == null) return;
            double w = getWidth() - snappedRightInset() - g.getLayoutX();
            if (w > 0 && Math.abs(w - g.getLayoutBounds().getWidth()) > 0.5) g.resize(w, g.getLayoutBounds().getHeight());
        }

        @Override
        protected void updateItem(TreeNode n, boolean empty) {
            super.updateItem(n, empty);
            getStyleClass().removeAll("tree-publication", "tree-section", "tree-item", "tree-inbox");
            if (empty || n == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            getStyleClass().add("tree-" + n.kind().name().toLowerCase(java.util.Locale.ROOT));
            // the name gives way first when the pane is narrow: it ends in "…" and the whole name is in its tooltip
            Label name = new Label(n.label());
            name.setMinWidth(0);
            name.setTextOverrun(OverrunStyle.ELLIPSIS);
            name.setEllipsisString("…");
            name.getStyleClass().add("tree-name");
            Tooltip tip = new Tooltip(n.label());
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            name.setTooltip(tip);
            String detail = n.isItem()
                    ? I18n.tr("tree.itemDetail", n.characters(), n.status() == null ? "" : I18n.tr("itemStatus." + n.status().name()))
                    : I18n.tr("tree.nodeDetail", n.items(), n.characters());
            java.util.List<String> others = n.isItem() ? vm.othersEditingProperty().get().get(n.id()) : null;
            if (others != null && !others.isEmpty()) detail = detail + I18n.tr("presence.treeSuffix", String.join("、", others));
            Label info = new Label(detail);
            info.getStyleClass().add("tree-detail");
            if (others != null && !others.isEmpty()) info.getStyleClass().add("tree-others-editing");
            if (n.status() != null) info.getStyleClass().add("status-" + n.status().name().toLowerCase(java.util.Locale.ROOT));
            info.setMinWidth(0);
            info.setEllipsisString("…");
            NameRow box = new NameRow(name, info);
            setText(null);
            setGraphic(box);
        }
    }

    /**
     * A row's name and its 字数/status: the name takes what the 字数 leaves and is cut first; only when it is down to
     * {@link #MIN_NAME} is the 字数 cut as well. It asks for little width, so that the pane never scrolls sideways;
     * the cell gives it the width the pane has ({@link NodeCell#layoutChildren}).
     */
    private static final class NameRow extends Region {
        private final Label name;
        private final Label info;

        NameRow(Label name, Label info) {
            this.name = name;
            this.info = info;
            getChildren().addAll(name, info);
        }

        @Override
        protected double computePrefWidth(double height) {
            return MIN_NAME;
        }

        @Override
        protected double computeMinWidth(double height) {
            return 0;
        }

        @Override
        protected double computePrefHeight(double width) {
            return Math.max(name.prefHeight(-1), info.prefHeight(-1));
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = getHeight();
            double infoWidth = Math.min(info.prefWidth(-1), Math.max(0, w - MIN_NAME - GAP));
            double nameWidth = Math.max(0, Math.min(name.prefWidth(-1), w - infoWidth - GAP));
            layoutInArea(name, 0, 0, nameWidth, h, 0, javafx.geometry.HPos.LEFT, javafx.geometry.VPos.CENTER);
            layoutInArea(info, nameWidth + GAP, 0, infoWidth, h, 0, javafx.geometry.HPos.LEFT, javafx.geometry.VPos.CENTER);
        }
    }
}
