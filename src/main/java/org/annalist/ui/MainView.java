package org.annalist.ui;

import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;
import org.annalist.ui.editor.EditorView;
import org.annalist.ui.metadata.MetadataView;
import org.annalist.ui.preview.PreviewView;
import org.annalist.ui.settings.SettingsDialog;
import org.annalist.ui.settings.SettingsViewModel;
import org.annalist.ui.transfer.ExportViewModel;
import org.annalist.ui.transfer.ExportWindow;
import org.annalist.ui.transfer.ImportWindow;
import org.annalist.ui.trash.TrashViewModel;
import org.annalist.ui.trash.TrashWindow;
import org.annalist.ui.tree.ArchiveTreeView;
import org.annalist.ui.tree.TreeNode;
import org.controlsfx.control.StatusBar;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The main window: menu and toolbar on top; the archive tree, the editor and, on the right, the page
 * preview and the item's metadata; the status bar with the progress of background work.
 */
public final class MainView extends BorderPane {
    private final MainViewModel vm;
    private final DialogService dialogs;
    private final UiTaskExecutor executor;
    private final Path configDir;
    private final SplitPane split;
    private final Consumer<SettingsViewModel.Saved> settingsChanged;
    private final Runnable quit;
    private final ArchiveTreeView tree;
    private final EditorView editor;
    private final TabPane right = new TabPane();
    private ImportWindow importWindow;
    private TrashWindow trashWindow;
    private org.annalist.ui.search.ArchiveSearchWindow archiveSearchWindow;
    private org.annalist.ui.authority.AuthorityWindow authorityWindow;
    private org.annalist.ui.compare.CompareWindow compareWindow;
    private final org.annalist.ui.review.ReviewControls review;
    private org.annalist.ui.checks.ChecksWindow checksWindow;
    private org.annalist.ui.checks.ProofErrorsForm proofErrorsForm;

    /** {@code quit}: 文件→退出 and Ctrl+Q, the same as the window's close box (save, then close). */
    public MainView(MainViewModel vm, DialogService dialogs, UiTaskExecutor executor, Path configDir, Runnable quit,
                    Consumer<SettingsViewModel.Saved> settingsChanged) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.executor = executor;
        this.configDir = configDir;
        vm.keepSettingsIn(configDir);
        vm.showBackupsWith(() -> showBackups(null));
        this.settingsChanged = settingsChanged;
        this.quit = quit;
        setId("main");
        vm.compareDraftsWith(this::showDraftBesideLatest);
        tree = new ArchiveTreeView(vm.tree(), vm::select, this::importInto);
        tree.setContextMenu(treeMenu());
        editor = new EditorView(vm.editor());
        review = new org.annalist.ui.review.ReviewControls(vm.review(), editor.area(), () -> getScene().getWindow(), vm::openItem, dialogs);
        rememberEditorView(configDir);
        editor.area().caretPositionProperty().addListener((o, a, b) ->
                vm.preview().caretMoved(editor.area().getLength(), b.intValue()));
        vm.preview().onCaretRequest(offset -> {
            editor.area().moveTo(Math.min(offset, editor.area().getLength()));
            editor.area().requestFollowCaret();
            editor.area().requestFocus();
        });
        vm.editor().revealProperty().addListener((o, a, b) -> {
            if (b == null) return;
            int end = Math.min(b.end(), editor.area().getLength());
            editor.area().selectRange(Math.min(b.start(), end), end);
            editor.area().requestFollowCaret();
            editor.area().requestFocus();
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null) tree.reveal(b.kind(), b.id());
        });
        Tab preview = new Tab(I18n.tr("main.preview"), new PreviewView(vm.preview()));
        preview.setId("tab-preview");
        Tab meta = new Tab(I18n.tr("main.metadata"), new MetadataView(vm.metadata()));
        meta.setId("tab-metadata");
        var commentsVm = new org.annalist.ui.comments.CommentsViewModel(vm.sessionProperty()::get, executor, dialogs);
        org.annalist.ui.comments.CommentsPane comments = new org.annalist.ui.comments.CommentsPane(commentsVm, editor);
        // the threads of the item the editor shows (after the editor has taken its text)
        vm.editor().shownProperty().addListener((o, a, b) -> {
            var shown = vm.editor().itemProperty().get();
            commentsVm.load(shown == null ? -1 : shown.id());
        });
        Tab commentsTab = new Tab(I18n.tr("main.comments"), comments);
        commentsTab.setId("tab-comments");
        comments.setOnShow(() -> right.getSelectionModel().select(commentsTab));
        right.getTabs().addAll(preview, meta, commentsTab);
        right.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        split = new SplitPane(tree, editor, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.2, 0.555);
        SplitPane.setResizableWithParent(tree, false);
        setTop(new VBox(menu(), toolbar()));
        setCenter(split);
        setBottom(statusBar());
    }

    private MenuBar menu() {
        MenuItem importItem = item("menu.import", "Shortcut+I", this::chooseAndImport);
        MenuItem export = item("menu.export", "Shortcut+E", () -> showExport(ExportViewModel.Format.PDF));
        MenuItem exportWord = item("menu.exportWord", "Shortcut+Shift+E", () -> showExport(ExportViewModel.Format.DOCX));
        MenuItem settings = item("menu.settings", null, this::showSettings);
        MenuItem reload = item("menu.reload", "F5", () -> vm.tree().refresh());
        MenuItem discard = item("menu.discardDraft", null, () -> {
            if (dialogs.confirm(I18n.tr("menu.discardDraft"), I18n.tr("editor.discardQuestion"))) vm.editor().discardDraft();
        });
        discard.disableProperty().bind(vm.editor().dirtyProperty().not());
        MenuItem quitItem = item("menu.quit", "Shortcut+Q", quit);
        Menu file = new Menu(I18n.tr("menu.file"), null, importItem, export, exportWord, new SeparatorMenuItem(), discard, settings, reload,
                new SeparatorMenuItem(), quitItem);
        MenuItem markup = item("menu.markupHelp", null, () -> dialogs.showText(I18n.tr("menu.markupHelp"), I18n.tr("help.markup")));
        MenuItem about = item("menu.about", null, () -> dialogs.showInfo(I18n.tr("menu.about"), aboutText()));
        Menu help = new Menu(I18n.tr("menu.help"), null, markup, about);
        MenuItem newPub = item("manage.newPublicationMenu", "Shortcut+Shift+N", () -> vm.manage().newPublication());
        MenuItem trash = item("manage.trashMenu", null, this::showTrash);
        trash.setId("menu-trash");
        Menu archive = new Menu(I18n.tr("manage.archiveMenu"), null, newPub, new SeparatorMenuItem(), trash);
        MenuItem find = item("search.menu", "Shortcut+Shift+H", this::showSearch);
        find.setId("menu-search");
        MenuItem archiveSearch = item("archsearch.menu", "Shortcut+Shift+F", this::showArchiveSearch);
        archiveSearch.setId("menu-archive-search");
        MenuItem authority = item("authority.menu", "Shortcut+Shift+P", this::showAuthority);
        authority.setId("menu-authority");
        MenuItem revisions = item("compare.menu", null, this::showRevisions);
        MenuItem checks = item("checkspane.menu", "Shortcut+Shift+K", () -> showChecks(null, null, null));
        MenuItem proofErrors = item("proofform.menu", null, this::showProofErrors);
        revisions.setId("menu-revisions");
        Menu edit = new Menu(I18n.tr("search.editMenu"), null, find, archiveSearch, authority, revisions, checks, proofErrors);
        return new MenuBar(file, edit, archive, review.menu(), help);
    }

    /** The tree's context menu: acts on the node under the mouse (a right click selects it first). */
    private javafx.scene.control.ContextMenu treeMenu() {
        var m = vm.manage();
        java.util.function.Supplier<org.annalist.ui.tree.TreeNode> at = () -> tree.getSelectionModel().getSelectedItem() == null
                ? null : tree.getSelectionModel().getSelectedItem().getValue();
        MenuItem newPub = item("manage.newPublicationMenu", null, m::newPublication);
        MenuItem newSection = item("manage.newSection", null, () -> m.newSection(at.get()));
        MenuItem newItem = item("manage.newItem", null, () -> m.newItem(at.get(),
                id -> tree.reveal(org.annalist.ui.tree.TreeNode.Kind.ITEM, id)));
        MenuItem rename = item("manage.rename", null, () -> m.rename(at.get()));
        MenuItem delete = item("manage.delete", null, () -> vm.moveToTrash(at.get()));
        MenuItem trash = item("manage.trashMenu", null, this::showTrash);
        var menu = new javafx.scene.control.ContextMenu(newPub, newSection, newItem, new SeparatorMenuItem(), rename, delete,
                new SeparatorMenuItem(), trash);
        menu.setOnShowing(e -> {
            var node = at.get();
            newSection.setDisable(!m.canAddSection(node));
            newItem.setDisable(!m.canAddItem(node));
            rename.setDisable(!m.canRenameOrDelete(node));
            delete.setDisable(!m.canRenameOrDelete(node));
        });
        return menu;
    }

    private static MenuItem item(String key, String accel, Runnable action) {
        MenuItem m = new MenuItem(I18n.tr(key));
        if (accel != null) m.setAccelerator(KeyCombination.keyCombination(accel));
        m.setOnAction(e -> action.run());
        return m;
    }

    private ToolBar toolbar() {
        Button imp = new Button(I18n.tr("main.import"));
        imp.setId("btn-import");
        imp.setOnAction(e -> chooseAndImport());
        Button exp = new Button(I18n.tr("main.export"));
        exp.setId("btn-export");
        exp.setOnAction(e -> showExport(ExportViewModel.Format.PDF));
        Button set = new Button(I18n.tr("main.settings"));
        set.setOnAction(e -> showSettings());
        imp.disableProperty().bind(vm.sessionProperty().isNull());
        exp.disableProperty().bind(vm.sessionProperty().isNull());
        ToolBar bar = new ToolBar(imp, exp, set, new javafx.scene.control.Separator(Orientation.VERTICAL));
        bar.getItems().addAll(review.toolbarItems());
        return bar;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status");
        bar.textProperty().bind(javafx.beans.binding.Bindings.when(executor.messageProperty().isEmpty())
                .then(vm.statusProperty()).otherwise(executor.messageProperty()));
        bar.progressProperty().bind(javafx.beans.binding.Bindings.when(executor.runningProperty().greaterThan(0))
                .then(-1.0).otherwise(0.0));
        javafx.scene.control.Label state = new javafx.scene.control.Label();
        state.textProperty().bind(vm.editor().stateProperty());
        javafx.scene.control.Label others = new javafx.scene.control.Label();
        others.setId("others-editing");
        others.getStyleClass().add("others-editing");
        others.textProperty().bind(vm.editor().othersEditingProperty());
        bar.getRightItems().addAll(others, state);
        // 正在编辑: a heartbeat of the open item, and who else has which item open, while the window is up
        javafx.animation.Timeline beat = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.millis(org.annalist.service.EditingPresence.BEAT.toMillis()), e -> vm.beatPresence()));
        beat.setCycleCount(javafx.animation.Animation.INDEFINITE);
        beat.play();
        return bar;
    }

    private Long selectedSection() {
        TreeNode sel = vm.selectedProperty().get();
        if (sel == null) return null;
        if (sel.kind() == TreeNode.Kind.SECTION) return sel.sectionId();
        if (sel.isItem()) return sel.sectionId();
        return null;
    }

    private void chooseAndImport() {
        List<Path> files = dialogs.chooseFilesToImport();
        if (!files.isEmpty()) importInto(files, selectedSection());
    }

    /** Imports files into a section (null: 收稿箱) and shows the import window. */
    public void importInto(List<Path> files, Long sectionId) {
        if (vm.sessionProperty().get() == null) return;
        if (importWindow == null) importWindow = new ImportWindow(getScene().getWindow(), vm.imports(), dialogs, vm::openItem);
        importWindow.show();
        vm.imports().importFiles(files, sectionId);
    }

    private void showExport(ExportViewModel.Format format) {
        if (vm.sessionProperty().get() == null) return;
        List<ExportViewModel.Scope> scopes = vm.exportScopes();
        ExportViewModel export = vm.export();
        export.format.set(format);
        vm.defaultScope(scopes).ifPresent(export::choose);
        org.annalist.ui.checks.ChecksSummary checks = new org.annalist.ui.checks.ChecksSummary(vm.sessionProperty()::get, executor,
                t -> showChecks(t.label(), t.publicationId(), t.sectionId()));
        checks.follow(export.scope.map(sc -> new org.annalist.ui.checks.ChecksSummary.Target(sc.label(), sc.publicationId(), sc.sectionId())));
        new ExportWindow(getScene().getWindow(), export, dialogs, scopes, checks.node()).show();
    }

    /** 档案→回收站…: one window, its list read afresh each time it is shown. */
    void showTrash() {
        if (vm.sessionProperty().get() == null) return;
        if (trashWindow == null) {
            trashWindow = new TrashWindow(getScene().getWindow(),
                    new TrashViewModel(vm.sessionProperty()::get, executor, dialogs, () -> vm.tree().refresh()));
        }
        trashWindow.show();
    }

    private org.annalist.ui.backup.BackupWindow backupWindow;

    /** 档案→备份与恢复…: the backups and their previews; {@code file} (may be null) a backup opened from elsewhere. */
    public void showBackups(java.nio.file.Path file) {
        if (backupWindow == null) {
            backupWindow = new org.annalist.ui.backup.BackupWindow(getScene().getWindow(),
                    new org.annalist.ui.backup.BackupViewModel(() -> vm.settingsProperty().get().dataPath(),
                            vm.sessionProperty()::get, executor, dialogs, f -> {
                        backupWindow.hide();
                        vm.restoreBackup(f, () -> { });
                    }));
        }
        backupWindow.show(file);
    }

    /** 编辑→逐字查找… (Ctrl+Shift+H): the search window, the string as typed in the publication being worked on. */
    void showSearch() {
        showSearch(true);
    }

    /** 编辑→档案检索… (Ctrl+Shift+F): the search window through the index, on the scope chosen before. */
    void showArchiveSearch() {
        showSearch(false);
    }

    private void showSearch(boolean exact) {
        if (vm.sessionProperty().get() == null) return;
        if (archiveSearchWindow == null) {
            archiveSearchWindow = new org.annalist.ui.search.ArchiveSearchWindow(getScene().getWindow(),
                    new org.annalist.ui.search.ArchiveSearchViewModel(vm.sessionProperty()::get, executor, dialogs, vm.editor(), vm::openItem));
        }
        TreeNode root = vm.tree().rootProperty().get();
        List<org.annalist.ui.search.ArchiveSearchViewModel.Scope> scopes = root == null ? List.of() : root.children().stream()
                .filter(n -> n.kind() == TreeNode.Kind.PUBLICATION)
                .map(n -> new org.annalist.ui.search.ArchiveSearchViewModel.Scope(n.id(), n.label())).toList();
        archiveSearchWindow.show(scopes, exact ? currentPublication(root) : null, exact);
    }

    /** 编辑→人物与地名… (Ctrl+Shift+P): the authority lists, their pages, and the open item's offered mentions. */
    void showAuthority() {
        if (vm.sessionProperty().get() == null) return;
        if (authorityWindow == null) {
            authorityWindow = new org.annalist.ui.authority.AuthorityWindow(getScene().getWindow(),
                    new org.annalist.ui.authority.AuthorityViewModel(vm.sessionProperty()::get, executor, dialogs, vm.editor(), vm::openItem),
                    dialogs);
        }
        authorityWindow.show();
    }

    /** 编辑→修订记录…: the open item's revisions, two compared, one restored (the editor's text saved first, then reopened). */
    void showRevisions() {
        var open = vm.editor().itemProperty().get();
        if (vm.sessionProperty().get() == null || open == null) return;
        compareWindow().show(open.id(), open.title());
    }

    /** 对照两稿: the latest revision beside the user's draft (after a save refused for another editor's revision). */
    void showDraftBesideLatest(long itemId, String title) {
        if (vm.sessionProperty().get() == null) return;
        compareWindow().showWithDraft(itemId, title);
    }

    private org.annalist.ui.compare.CompareWindow compareWindow() {
        if (compareWindow == null) {
            compareWindow = new org.annalist.ui.compare.CompareWindow(getScene().getWindow(), new org.annalist.ui.compare.CompareViewModel(
                    vm.sessionProperty()::get, executor, dialogs, then -> vm.editor().commit(
                    org.annalist.ui.editor.EditorViewModel.Commit.SAVE, ok -> {
                        if (ok) then.run();
                    }), vm::openItem));
        }
        return compareWindow;
    }

    /** The 审稿 controls (menu, toolbar, 修订, 待办, 审稿单). */
    org.annalist.ui.review.ReviewControls review() {
        return review;
    }

    /**
     * 编辑→校对检查… (Ctrl+Shift+K): the checks pane on the open item, its 类目 or publication, or any publication; it
     * starts on the publication and section given (from the export window), else on the open item.
     */
    void showChecks(String label, Long publicationId, Long sectionId) {
        if (vm.sessionProperty().get() == null) return;
        if (checksWindow == null) {
            checksWindow = new org.annalist.ui.checks.ChecksWindow(getScene().getWindow(), new org.annalist.ui.checks.ChecksViewModel(
                    vm.sessionProperty()::get, executor, dialogs, vm.editor(), vm::openItem));
        }
        List<org.annalist.ui.checks.ChecksViewModel.Scope> scopes = new java.util.ArrayList<>();
        org.annalist.ui.checks.ChecksViewModel.Scope current = null;
        var open = vm.editor().itemProperty().get();
        if (open != null) {
            scopes.add(new org.annalist.ui.checks.ChecksViewModel.Scope(I18n.tr("checkspane.scopeItem", open.title()), null, null, open.id()));
            current = scopes.get(0);
        }
        for (ExportViewModel.Scope e : vm.exportScopes()) {
            var s = new org.annalist.ui.checks.ChecksViewModel.Scope(e.label(), e.publicationId(), e.sectionId(), null);
            scopes.add(s);
            if (publicationId != null && e.publicationId() == publicationId && java.util.Objects.equals(e.sectionId(), sectionId)) current = s;
        }
        if (publicationId != null && (current == null || current.itemId() != null)) {
            current = new org.annalist.ui.checks.ChecksViewModel.Scope(label, publicationId, sectionId, null);
            scopes.add(current);
        }
        checksWindow.show(scopes, current);
    }

    /** 编辑→差错率…: the 差错率 of a proof round of the publication being worked on. */
    void showProofErrors() {
        if (vm.sessionProperty().get() == null) return;
        if (proofErrorsForm == null) {
            proofErrorsForm = new org.annalist.ui.checks.ProofErrorsForm(getScene().getWindow(), vm.sessionProperty()::get, executor, dialogs);
        }
        TreeNode root = vm.tree().rootProperty().get();
        List<org.annalist.ui.checks.ProofErrorsForm.Publication> pubs = root == null ? List.of() : root.children().stream()
                .filter(n -> n.kind() == TreeNode.Kind.PUBLICATION)
                .map(n -> new org.annalist.ui.checks.ProofErrorsForm.Publication(n.label(), n.id())).toList();
        Long current = currentPublication(root);
        proofErrorsForm.show(pubs, pubs.stream().filter(p -> current != null && p.id() == current).findFirst().orElse(null));
    }

    org.annalist.ui.checks.ProofErrorsForm proofErrorsForm() {
        return proofErrorsForm;
    }

    org.annalist.ui.checks.ChecksWindow checksWindow() {
        return checksWindow;
    }

    /** The publication holding the selected node (or else the open item), if any. */
    private Long currentPublication(TreeNode root) {
        if (root == null) return null;
        TreeNode sel = vm.selectedProperty().get();
        var open = vm.editor().itemProperty().get();
        for (TreeNode pub : root.children()) {
            if (pub.kind() != TreeNode.Kind.PUBLICATION) continue;
            if (sel != null && holds(pub, sel.kind(), sel.id())) return pub.id();
            if (sel == null && open != null && holds(pub, TreeNode.Kind.ITEM, open.id())) return pub.id();
        }
        return null;
    }

    private static boolean holds(TreeNode n, TreeNode.Kind kind, long id) {
        if (n.kind() == kind && n.id() == id) return true;
        for (TreeNode c : n.children()) if (holds(c, kind, id)) return true;
        return false;
    }

    private void showSettings() {
        SettingsViewModel s = new SettingsViewModel(vm.settingsProperty().get(), configDir);
        SettingsDialog.show(getScene().getWindow(), s, dialogs).ifPresent(settingsChanged);
    }

    /** The About text with the program's version (from the jar's manifest; a build from the source tree says so). */
    static String aboutText() {
        String v = MainView.class.getPackage().getImplementationVersion();
        return I18n.tr("help.about", v == null ? I18n.tr("help.devVersion") : v, System.getProperty("java.version"));
    }

    /** Where the dividers between tree, editor and preview stand (0–1), for {@link WindowPlacement}. */
    double[] dividerPositions() {
        return split.getDividerPositions();
    }

    void setDividerPositions(double[] positions) {
        if (positions.length == split.getDividers().size()) split.setDividerPositions(positions);
    }

    /** The editor's view (reading or source) as the user last chose it, kept in {@code editor.properties}. */
    private void rememberEditorView(java.nio.file.Path dir) {
        if (dir == null) return;
        java.nio.file.Path file = dir.resolve("editor.properties");
        java.util.Properties p = new java.util.Properties();
        if (java.nio.file.Files.isRegularFile(file)) {
            try (java.io.Reader r = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (java.io.IOException | IllegalArgumentException e) {
                // an unreadable file: the reading view, as on a first start
            }
        }
        editor.sourceViewProperty().set("source".equals(p.getProperty("view")));
        editor.sourceViewProperty().addListener((o, a, source) -> {
            p.setProperty("view", source ? "source" : "reading");
            try {
                org.annalist.service.UserSettings.store(p, dir, "editor.properties", "Annalist editor view");
            } catch (java.io.IOException e) {
                // not remembered: the choice still holds for this session
            }
        });
    }
}
