package org.annalist.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.annalist.model.Item;
import org.annalist.model.ItemDraft;
import org.annalist.model.PublicationKind;
import org.annalist.service.AnnalistSession;
import org.annalist.service.BackgroundTask;
import org.annalist.service.DemoService;
import org.annalist.service.Messages;
import org.annalist.service.PreviewService;
import org.annalist.service.ProgramHome;
import org.annalist.service.TaskExecutor;
import org.annalist.service.TypesetService;
import org.annalist.service.UserSettings;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;
import org.annalist.ui.editor.EditorViewModel;
import org.annalist.ui.metadata.MetadataViewModel;
import org.annalist.ui.preview.PreviewViewModel;
import org.annalist.ui.transfer.ExportViewModel;
import org.annalist.ui.transfer.ImportViewModel;
import org.annalist.ui.tree.TreeNode;
import org.annalist.ui.tree.TreeViewModel;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The main window's state: the open archive and the features on it (tree, editor, metadata, preview,
 * import, export). Opening the archive runs in the background; an empty archive gets the demo
 * publications on first start.
 */
public final class MainViewModel {
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final boolean shared;
    private final ObjectProperty<UserSettings> settings = new SimpleObjectProperty<>();
    private final ObjectProperty<AnnalistSession> session = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<TreeNode> selected = new SimpleObjectProperty<>();
    private PreviewService previewService;
    private volatile Path settingsDir;
    /** The session and settings for work in the background (the preview's template), which may not read properties. */
    private volatile AnnalistSession sessionNow;
    private volatile UserSettings settingsNow;
    /** Counts {@link #openItem} requests: an item read in the background is shown only if no later one was asked for. */
    private long openRequests;

    private final TreeViewModel tree;

    private final org.annalist.ui.tree.ManageViewModel manage;
    private final EditorViewModel editor;
    private final MetadataViewModel metadata;
    private final PreviewViewModel preview;
    private final ImportViewModel imports;
    private final ExportViewModel export;
    private final org.annalist.ui.review.ReviewViewModel review;
    /** Asks who is working when the archive has a 编辑部 (the window's dialog; tests answer themselves); null: never asked. */
    private java.util.function.BiConsumer<org.annalist.ui.review.SignInViewModel, java.util.function.Consumer<String>> signIn;
    private final DraftBaseCheck draftBase;

    /** {@code coalescers}: a coalescer for a quiet period in milliseconds (the window: JavaFX timers; tests: immediate). */
    public MainViewModel(UserSettings initial, boolean shared, TaskExecutor executor, DialogService dialogs,
                         IntFunction<Coalescer> coalescers) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.shared = shared;
        settings.set(initial);
        settingsNow = initial;
        settings.addListener((o, a, b) -> settingsNow = b);
        session.addListener((o, a, b) -> sessionNow = b);
        tree = new TreeViewModel(session::get, dialogs);
        manage = new org.annalist.ui.tree.ManageViewModel(session::get, executor, dialogs, tree);
        editor = new EditorViewModel(session::get, executor, dialogs, coalescers.apply(1500));
        metadata = new MetadataViewModel(session::get, dialogs, saved -> {
            editor.savedElsewhere(saved);
            tree.refresh();
        });
        preview = new PreviewViewModel(() -> previewService, executor, coalescers.apply(300), this::templateFor);
        imports = new ImportViewModel(session::get, executor, dialogs, tree::refresh);
        export = new ExportViewModel(session::get, executor, dialogs, settings, () -> settingsDir);
        review = new org.annalist.ui.review.ReviewViewModel(session::get, executor, dialogs,
                saved -> editor.commit(EditorViewModel.Commit.SAVE, saved::accept), after -> {
                    editor.savedElsewhere(after);
                    tree.refresh();
                });
        editor.itemProperty().addListener((o, a, b) -> {
            if (b == null || a == null || a.id() != b.id() || a.status() != b.status()) review.load(b);
        });
        session.addListener((o, a, b) -> review.refreshQueue());
        draftBase = new DraftBaseCheck(session::get, executor, dialogs, editor); // a draft over an older revision: the user chooses
        editor.textProperty().addListener((o, a, b) -> {
            Item i = editor.itemProperty().get();
            if (i != null) preview.request(i.withBody(b));
        });
        editor.itemProperty().addListener((o, a, b) -> {
            if (a == null || b == null || a.id() != b.id()) beatPresence();
        });
        editor.itemProperty().addListener((o, a, b) -> {
            metadata.savedElsewhere(b);
            if (b != null && a != null && a.id() == b.id() && a.revision() != b.revision()) tree.refresh();
        });
    }

    /**
     * How 对照两稿 shows a draft typed over an older revision (also the text of a save refused because another editor
     * saved meanwhile) beside the latest revision: the window's compare view (item id, title).
     */
    public void compareDraftsWith(java.util.function.BiConsumer<Long, String> opener) {
        draftBase.compareWith(opener);
    }

    /**
     * 正在编辑: tells the archive which item this window shows (a heartbeat, see EditingPresence) and reads which items
     * the other editors have open, for the tree and the editor's status. Runs when the item changes and every
     * {@link org.annalist.service.EditingPresence#BEAT} (the window's timer); off the JavaFX thread.
     */
    public void beatPresence() {
        AnnalistSession s = session.get();
        if (s == null) return;
        Item open = editor.itemProperty().get();
        Long id = open == null ? null : open.id();
        executor.execute(org.annalist.service.BackgroundTask.<java.util.Map<Long, java.util.List<String>>>of(
                I18n.tr("presence.task"), p -> {
                    s.presence().beat(id);
                    return s.presence().others();
                }).onSuccess(others -> {
            if (session.get() != s) return;
            tree.othersEditingProperty().set(others);
            Item now = editor.itemProperty().get();
            java.util.List<String> names = now == null ? null : others.get(now.id());
            editor.othersEditingProperty().set(names == null || names.isEmpty() ? ""
                    : I18n.tr("presence.editing", String.join("、", names)));
        }).onFailure(e -> {
            // a missed heartbeat only makes this window look idle to the others for a while; the next one retries
            editor.othersEditingProperty().set("");
        }));
    }

    /** New publication/section/item, rename, 回收站. */
    public org.annalist.ui.tree.ManageViewModel manage() {
        return manage;
    }

    public TreeViewModel tree() {
        return tree;
    }

    public EditorViewModel editor() {
        return editor;
    }

    public MetadataViewModel metadata() {
        return metadata;
    }

    public PreviewViewModel preview() {
        return preview;
    }

    public ImportViewModel imports() {
        return imports;
    }

    public ExportViewModel export() {
        return export;
    }

    /** 审稿: the open item's steps for the current user, its 审稿单, 修订 and the 待办. */
    public org.annalist.ui.review.ReviewViewModel review() {
        return review;
    }

    /**
     * Who asks, once the archive is open and has a 编辑部, which of its people is working: given the sign-in's state, it
     * calls back with the name signed in, or null to go on under the settings' user name (as without a 编辑部).
     */
    public void askWhoIsWorking(java.util.function.BiConsumer<org.annalist.ui.review.SignInViewModel, java.util.function.Consumer<String>> prompt) {
        this.signIn = prompt;
    }

    public ObjectProperty<AnnalistSession> sessionProperty() {
        return session;
    }

    /** Where the settings file is, so that what is learnt while working (the last exports) is kept; null: not kept. */
    public void keepSettingsIn(Path dir) {
        settingsDir = dir;
    }

    public ObjectProperty<UserSettings> settingsProperty() {
        return settings;
    }

    public ObjectProperty<TreeNode> selectedProperty() {
        return selected;
    }

    /** One line for the status bar. */
    public StringProperty statusProperty() {
        return status;
    }

    /** What opening the archive found. */
    public record Opened(AnnalistSession session, List<DemoService.Outcome> demo, List<org.annalist.model.StaffMember> staff) {
    }

    /**
     * Opens the archive of the settings' data folder in the background (closing one that is open), building
     * the demo publications into an empty archive. {@code then} runs on success.
     */
    public void openArchive(Runnable then) {
        editor.commit(EditorViewModel.Commit.CLOSE, ok -> {
            if (ok) openNow(then);
        });
    }

    private void openNow(Runnable then) {
        closeSession();
        UserSettings s = settings.get();
        Path dir = s.dataPath();
        status.set(I18n.tr("status.opening", displayPath(dir)));
        executor.execute(BackgroundTask.<Opened>of(I18n.tr("status.openTask"), p -> {
            p.update(I18n.tr("status.opening", displayPath(dir)), 0, 2);
            AnnalistSession opened = AnnalistSession.open(dir, shared, s.userName());
            List<DemoService.Outcome> demo = List.of();
            try {
                var t = opened.queries().tree();
                if (t.publications().isEmpty() && t.inbox().isEmpty()) {
                    p.update(I18n.tr("status.buildingDemo"), 1, 2);
                    demo = opened.demo().buildAll(ProgramHome.demoArchive());
                }
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
            List<org.annalist.model.StaffMember> staff;
            try {
                staff = opened.staff().staff();
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
            return new Opened(opened, demo, staff);
        }).onSuccess(o -> {
            if (signIn == null || o.staff().isEmpty()) {
                opened(o, o.session(), then);
                return;
            }
            var who = new org.annalist.ui.review.SignInViewModel(o.session().staff(), o.staff(), s.userName(), executor);
            signIn.accept(who, name -> {
                if (name == null) {
                    opened(o, o.session(), then);
                    return;
                }
                rememberUser(name);
                opened(o, name.equals(o.session().actor()) ? o.session() : o.session().as(name), then);
            });
        }).onFailure(e -> {
            status.set(I18n.tr("status.openFailed"));
            if (e instanceof org.annalist.service.ArchiveUnavailableException a && a.goodBackup() != null) {
                // damaged: the way back is offered at once, the damaged file is moved aside, never deleted
                if (dialogs.confirm(I18n.tr("integrity.damagedTitle"), Messages.describe(e) + "\n\n"
                        + I18n.tr("integrity.restoreQuestion", a.goodBackup().getFileName()))) {
                    restoreBackup(a.goodBackup(), then);
                }
                return;
            }
            dialogs.showError(I18n.tr("status.openFailed"), dir.resolve("annalist.mv.db").toString(), Messages.describe(e));
        }));
    }

    /** The person signed in is the user from now on, and the one chosen first at the next start. */
    private void rememberUser(String name) {
        UserSettings s = settings.get();
        UserSettings next = new UserSettings(s.dataDir(), s.fontsDir(), s.defaultTemplate(), name, s.language()).withLastExportsOf(s);
        settings.set(next);
        Path dir = settingsDir;
        if (dir == null) return;
        executor.execute(BackgroundTask.<Void>of(I18n.tr("review2.signIn.rememberTask"), p -> {
            UserSettings onDisk;
            try {
                onDisk = UserSettings.load(dir);
            } catch (java.io.IOException e) {
                onDisk = next;
            }
            new UserSettings(onDisk.dataDir(), onDisk.fontsDir(), onDisk.defaultTemplate(), name, onDisk.language())
                    .withLastExportsOf(onDisk).save(dir);
            return null;
        }).onFailure(e -> status.set(I18n.tr("review2.signIn.notRemembered", Messages.describe(e)))));
    }

    private void opened(Opened o, AnnalistSession signed, Runnable then) {
        UserSettings s = settings.get();
        Path dir = s.dataPath();
        {
            session.set(signed);
            // the search index opens (and catches up with the archive) off the JavaFX thread; from then on it follows every save
            executor.execute(BackgroundTask.<Void>of(I18n.tr("archsearch.task"), p -> {
                signed.search();
                return null;
            }).onFailure(e -> status.set(I18n.tr("archsearch.unavailable", Messages.describe(e)))));
            previewService = o.session().previews(settings.get().fontsPath());
            tree.refresh();
            List<String> problems = o.demo().stream().filter(d -> !d.ok()).map(DemoService.Outcome::error).toList();
            long built = o.demo().stream().filter(DemoService.Outcome::created).count();
            status.set(built > 0 ? I18n.tr("status.openedDemo", displayPath(dir), built, signed.actor())
                    : I18n.tr("status.opened", displayPath(dir), signed.actor()));
            if (!problems.isEmpty()) dialogs.showError(I18n.tr("status.demoFailed"), ProgramHome.demoArchive().toString(), String.join("\n", problems));
            then.run();
            offerDrafts();
            startBackups(signed);
        }
    }

    /**
     * A folder as the status bar shows it: absolute, the home folder as {@code ~} (not on Windows, where
     * editors know {@code C:\Users\…} rather than a tilde).
     */
    public static String displayPath(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        String home = System.getProperty("user.home");
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        if (!windows && home != null && !home.isBlank()) {
            Path h = Path.of(home).toAbsolutePath().normalize();
            if (abs.equals(h)) return "~";
            if (abs.startsWith(h)) return "~/" + h.relativize(abs).toString().replace('\\', '/');
        }
        return abs.toString();
    }

    /** A node of the tree was chosen: an item opens in the editor, metadata panel and preview. */
    public void select(TreeNode node) {
        selected.set(node);
        if (node == null || !node.isItem() || session.get() == null) return;
        Item current = editor.itemProperty().get();
        if (current != null && current.id() == node.id()) return;
        openItem(node.id());
    }

    /**
     * Opens an item by its number (tree selection, a warning of an import report, a draft taken back). The item
     * being edited first becomes a revision if it changed; when that fails and the user stays, the tree goes back
     * to it.
     */
    public void openItem(long itemId) {
        AnnalistSession s = session.get();
        if (s == null) return;
        long request = ++openRequests;
        metadata.save();
        editor.commit(EditorViewModel.Commit.LEAVE, ok -> {
            if (!ok || session.get() != s) {
                reselectEditedItem();
                return;
            }
            // the item (60,000 characters, say) is read in the background; the editor shows it back here
            executor.execute(BackgroundTask.<Optional<Item>>of(I18n.tr("perf.openItemTask"), p -> s.editing().item(itemId)).onSuccess(item -> {
                if (request != openRequests || session.get() != s) return;
                if (item.isEmpty()) {
                    dialogs.showError(I18n.tr("item.missing"), s.databaseFile().toString(), I18n.tr("item.missing.detail", itemId));
                    reselectEditedItem();
                    return;
                }
                // words typed while the item was read become a revision first, as on any leaving
                editor.commit(EditorViewModel.Commit.LEAVE, stillOk -> {
                    if (!stillOk || request != openRequests || session.get() != s) {
                        reselectEditedItem();
                        return;
                    }
                    editor.show(item.get());
                    metadata.show(editor.itemProperty().get());
                    preview.request(editor.current());
                    tree.findItem(itemId).ifPresent(selected::set);
                });
            }).onFailure(e -> {
                if (request != openRequests) return;
                dialogs.showError(I18n.tr("item.missing"), s.databaseFile().toString(), Messages.describe(e));
                reselectEditedItem();
            }));
        });
    }

    /**
     * 删除到回收站 from the tree: the item being edited first becomes a revision if it changed (so the 回收站 keeps the
     * text as typed), then the node goes to the 回收站; when that took the edited item with it, the editor, metadata
     * panel and preview are emptied rather than left on an item that can no longer be saved.
     */
    public void moveToTrash(TreeNode node) {
        if (node == null || session.get() == null) return;
        metadata.save();
        editor.commit(EditorViewModel.Commit.LEAVE, ok -> {
            if (!ok) return;
            manage.moveToTrash(node, entry -> {
                if (entry.isPresent()) closeEditorIfGone();
            });
        });
    }

    /** Empties the editor when its item is no longer in the archive (moved to the 回收站 with its section, say). */
    void closeEditorIfGone() {
        Item current = editor.itemProperty().get();
        AnnalistSession s = session.get();
        if (current == null || s == null) return;
        executor.execute(BackgroundTask.<Boolean>of(I18n.tr("perf.openItemTask"), p -> s.editing().item(current.id()).isPresent())
                .onSuccess(there -> {
                    Item now = editor.itemProperty().get();
                    if (there || session.get() != s || now == null || now.id() != current.id()) return;
                    editor.show(null);
                    metadata.show(null);
                    preview.request(null);
                }));
    }

    private void reselectEditedItem() {
        Item current = editor.itemProperty().get();
        if (current != null) tree.findItem(current.id()).ifPresent(selected::set);
    }

    /**
     * After a crash, a kill or a save that failed, items keep drafts: the user is told which, and may open the
     * newest at once. Declined or not, each draft comes back when its item is opened.
     */
    void offerDrafts() {
        AnnalistSession s = session.get();
        if (s == null) return;
        executor.execute(BackgroundTask.<List<ItemDraft>>of(I18n.tr("perf.draftsTask"), p -> s.editing().drafts()).onSuccess(drafts -> {
            if (session.get() == s) offerDrafts(drafts);
        }).onFailure(e -> dialogs.showError(I18n.tr("drafts.title"), s.databaseFile().toString(), Messages.describe(e))));
    }

    private void offerDrafts(List<ItemDraft> drafts) {
        if (drafts.isEmpty()) return;
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        StringBuilder list = new StringBuilder();
        for (ItemDraft d : drafts) {
            list.append(I18n.tr("drafts.line", d.title().isBlank() ? I18n.tr("tree.untitled") : d.title(),
                    d.savedAt() == null ? "" : when.format(d.savedAt().atZone(ZoneId.systemDefault())), d.author())).append('\n');
        }
        if (dialogs.confirm(I18n.tr("drafts.title"), I18n.tr("drafts.offer", drafts.size(), list.toString().strip()))) {
            openItem(drafts.get(0).itemId());
        }
    }

    /**
     * The template the preview uses: the user's default, else the one for the item's kind of publication. A query:
     * the preview asks for it in the background.
     */
    String templateFor(Item item) {
        AnnalistSession s = sessionNow;
        PublicationKind kind = PublicationKind.NIANJIAN;
        if (s != null && item.sectionId() != null) {
            kind = s.queries().publicationOf(item.sectionId()).map(p -> p.kind()).orElse(kind);
        }
        return TypesetService.defaultTemplate(kind, settingsNow.defaultTemplate());
    }

    /** What can be exported given the selection: each publication, and the 类目 holding the selected node. */
    public List<ExportViewModel.Scope> exportScopes() {
        List<ExportViewModel.Scope> out = new ArrayList<>();
        TreeNode root = tree.rootProperty().get();
        if (root == null) return out;
        TreeNode sel = selected.get();
        for (TreeNode pub : root.children()) {
            if (pub.kind() != TreeNode.Kind.PUBLICATION) continue;
            out.add(new ExportViewModel.Scope(I18n.tr("export.whole", pub.label()), pub.id(), null));
            for (TreeNode cat : pub.children()) {
                if (sel != null && contains(cat, sel)) {
                    out.add(new ExportViewModel.Scope(I18n.tr("export.category", pub.label(), cat.label()), pub.id(), cat.id()));
                }
            }
        }
        return out;
    }

    /** The scope the export window starts with: the selected 类目 if any, else the selected publication. */
    public Optional<ExportViewModel.Scope> defaultScope(List<ExportViewModel.Scope> scopes) {
        TreeNode sel = selected.get();
        if (sel == null) return scopes.stream().findFirst();
        return scopes.stream().filter(s -> s.sectionId() != null).findFirst()
                .or(() -> scopes.stream().filter(s -> sel.kind() == TreeNode.Kind.PUBLICATION && s.publicationId() == sel.id()).findFirst())
                .or(() -> scopes.stream().findFirst());
    }

    /** The template for exporting a publication: the user's default unless made for the other kind, else by kind. */
    public String exportTemplate(long publicationId) {
        return export.templateFor(new ExportViewModel.Scope("", publicationId, null));
    }

    private static boolean contains(TreeNode n, TreeNode target) {
        if (n.kind() == target.kind() && n.id() == target.id()) return true;
        for (TreeNode c : n.children()) if (contains(c, target)) return true;
        return false;
    }

    /**
     * Closing the window (its close box, 文件→退出, Ctrl+Q): the edited item's changes become a revision, the
     * metadata is saved, the archive is closed, and then {@code closed} runs (the window goes). The revision is
     * written in the background and the window waits for it; when it fails the user is told and the window stays,
     * unless the user chooses to close anyway (the text is then kept as a draft, offered at the next start).
     * {@code done} learns whether the archive was closed.
     */
    public void requestClose(java.util.function.Consumer<Boolean> done) {
        editor.commit(EditorViewModel.Commit.CLOSE, ok -> {
            if (!ok) {
                done.accept(false);
                return;
            }
            metadata.save();
            org.annalist.service.AutoBackups backups = autoBackups;
            autoBackups = null;
            if (backups == null) {
                closeSession();
                done.accept(true);
                return;
            }
            // the backup on exit runs in the background; the window waits for it (a failure is only reported)
            status.set(I18n.tr("backup.ui.exitBackup"));
            executor.execute(BackgroundTask.<Void>of(I18n.tr("backup.ui.exitBackup"), p -> {
                backups.close();
                return null;
            }).onSuccess(v -> {
                closeSession();
                done.accept(true);
            }).onFailure(e -> {
                closeSession();
                done.accept(true);
            }));
        });
    }

    private org.annalist.service.AutoBackups autoBackups;

    /** Automatic backups of the archive just opened: one now, then every N minutes of editing, one on exit. */
    private void startBackups(AnnalistSession s) {
        // H2: the file copied by H2's BACKUP TO; PostgreSQL: the transfer file (a snapshot of every table), same folder.
        // First the whole check (every revision's hash, every 审稿单 chain). A damaged archive is not backed up: its
        // copies would push the good backups out of the rotation. The editor is offered the way back instead.
        executor.execute(BackgroundTask.<org.annalist.service.IntegrityReport>of(I18n.tr("integrity.task"),
                p -> s.checkIntegrity()).onSuccess(r -> {
            if (session.get() != s) return;
            if (r.ok()) {
                autoBackups = newAutoBackups(s).start();
                return;
            }
            java.util.List<String> bad = new java.util.ArrayList<>(r.badRevisions());
            bad.addAll(r.brokenReviewChains());
            status.set(I18n.tr("integrity.status", bad.size()));
            String list = String.join("、", bad.subList(0, Math.min(8, bad.size()))) + (bad.size() > 8 ? "…" : "");
            if (dialogs.confirm(I18n.tr("integrity.title"), I18n.tr("integrity.bad", r.file(), r.badRevisions().size(),
                    r.brokenReviewChains().size(), list)) && showBackups != null) {
                showBackups.run();
            }
        }).onFailure(e -> {
            if (session.get() != s) return;
            status.set(I18n.tr("integrity.failed", Messages.describe(e)));
            autoBackups = newAutoBackups(s).start();
        }));
    }

    private Runnable showBackups;

    /** How the 备份与恢复 window is shown when the check at start finds the archive damaged. */
    public void showBackupsWith(Runnable show) {
        this.showBackups = show;
    }

    private org.annalist.service.AutoBackups newAutoBackups(AnnalistSession s) {
        org.annalist.service.BackupSettings b = settingsDir == null ? org.annalist.service.BackupSettings.DEFAULT
                : org.annalist.service.BackupSettings.load(settingsDir);
        return new org.annalist.service.AutoBackups(s.backups(java.time.Clock.systemDefaultZone(), b.rotation()),
                b.every(), e -> javafx.application.Platform.runLater(() ->
                status.set(I18n.tr("backup.ui.autoFailed", Messages.describe(e)))));
    }

    /**
     * The automatic backups' settings were changed in 设置: from now on the timer and the number kept follow them,
     * without a backup now (the next one comes when something was saved since the last).
     */
    public void backupSettingsChanged() {
        AnnalistSession s = session.get();
        org.annalist.service.AutoBackups old = autoBackups;
        if (s == null || old == null) return;
        org.annalist.service.AutoBackups next = newAutoBackups(s);
        autoBackups = next;
        // stopping waits for a backup under way: not on the JavaFX thread
        executor.execute(BackgroundTask.<Void>of(I18n.tr("backup.ui.rescheduling"), p -> {
            old.stop();
            next.continueFrom(old);
            return null;
        }));
    }

    /**
     * 恢复 from a backup: the edit becomes a revision, the archive is closed, the backup restored (the archive as it
     * was backed up first) in the background, and the archive opened again; {@code then} runs once it is open.
     */
    public void restoreBackup(Path file, Runnable then) {
        editor.commit(EditorViewModel.Commit.CLOSE, ok -> {
            if (!ok) return;
            closeSession();
            UserSettings s = settings.get();
            Path dir = s.dataPath();
            executor.execute(BackgroundTask.<org.annalist.service.BackupRestore.Result>of(I18n.tr("backup.ui.restoring"),
                    p -> org.annalist.service.BackupRestore.restore(dir, shared, s.userName(), file,
                            java.time.Clock.systemDefaultZone())).onSuccess(r -> {
                dialogs.showInfo(I18n.tr("backup.ui.restore"), I18n.tr("backup.ui.restored", file, r.restored().itemCount(),
                        r.safetyBackup() != null ? r.safetyBackup() : r.damagedMovedTo() != null ? r.damagedMovedTo() : "—"));
                openNow(then);
            }).onFailure(e -> {
                dialogs.showError(I18n.tr("backup.ui.restore"), file.toString(), Messages.describe(e));
                openNow(then);
            }));
        });
    }

    /**
     * Closes the archive at once, on the calling thread (the runtime is stopping, tests): unsaved changes are kept
     * as the item's draft, not as a revision. False when something could not be kept.
     */
    public boolean close() {
        editor.keepDraftNow();
        boolean ok = metadata.save();
        closeSession();
        return ok;
    }

    private void closeSession() {
        if (autoBackups != null) {
            autoBackups.stop();
            autoBackups = null;
        }
        AnnalistSession s = session.get();
        if (s != null) {
            editor.keepDraftNow();
            metadata.save();
            try {
                s.presence().leave();
            } catch (RuntimeException e) {
                // the heartbeat goes stale within a minute anyway
            }
            tree.othersEditingProperty().set(java.util.Map.of());
            editor.othersEditingProperty().set("");
            editor.show(null);
            metadata.show(null);
            preview.request(null);
            session.set(null);
            previewService = null;
            s.close();
        }
    }
}
