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

    /** {@code quit}: 文件→退出 and Ctrl+Q, the same as the window's close box (save, then close). */
    public MainView(MainViewModel vm, DialogService dialogs, UiTaskExecutor executor, Path configDir, Runnable quit,
                    Consumer<SettingsViewModel.Saved> settingsChanged) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.executor = executor;
        this.configDir = configDir;
        vm.keepSettingsIn(configDir);
        this.settingsChanged = settingsChanged;
        this.quit = quit;
        setId("main");
        tree = new ArchiveTreeView(vm.tree(), vm::select, this::importInto);
        tree.setContextMenu(treeMenu());
        editor = new EditorView(vm.editor());
        editor.area().caretPositionProperty().addListener((o, a, b) ->
                vm.preview().caretMoved(editor.area().getText(), b.intValue()));
        vm.preview().onCaretRequest(offset -> {
            editor.area().moveTo(Math.min(offset, editor.area().getLength()));
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
        right.getTabs().addAll(preview, meta);
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
        MenuItem trash = item("manage.trashMenu", null, () -> vm.manage().openTrash());
        Menu archive = new Menu(I18n.tr("manage.archiveMenu"), null, newPub, new SeparatorMenuItem(), trash);
        return new MenuBar(file, archive, help);
    }

    /** The tree's context menu: acts on the node under the mouse (a right click selects it first). */
    private javafx.scene.control.ContextMenu treeMenu() {
        var m = vm.manage();
        java.util.function.Supplier<org.annalist.ui.tree.TreeNode> at = () -> tree.getSelectionModel().getSelectedItem() == null
                ? null : tree.getSelectionModel().getSelectedItem().getValue();
        MenuItem newPub = item("manage.newPublicationMenu", null, m::newPublication);
        MenuItem newSection = item("manage.newSection", null, () -> m.newSection(at.get()));
        MenuItem newItem = item("manage.newItem", null, () -> m.newItem(at.get())
                .ifPresent(id -> tree.reveal(org.annalist.ui.tree.TreeNode.Kind.ITEM, id)));
        MenuItem rename = item("manage.rename", null, () -> m.rename(at.get()));
        MenuItem delete = item("manage.delete", null, () -> vm.moveToTrash(at.get()));
        MenuItem trash = item("manage.trashMenu", null, m::openTrash);
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
        return new ToolBar(imp, exp, set);
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
        bar.getRightItems().add(state);
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
        new ExportWindow(getScene().getWindow(), export, dialogs, scopes).show();
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
}
