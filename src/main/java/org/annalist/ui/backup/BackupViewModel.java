package org.annalist.ui.backup;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.annalist.service.AnnalistSession;
import org.annalist.service.BackgroundTask;
import org.annalist.service.BackupManifest;
import org.annalist.service.BackupService;
import org.annalist.service.Messages;
import org.annalist.service.TaskExecutor;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The 备份与恢复 window's state: the backups of the data folder (and one opened from elsewhere, a double-clicked
 * {@code .annalist-backup}), the preview of the chosen one — its manifest and what differs from the archive — and
 * 立即备份 and 恢复. Reading backups and comparing run on the task executor; 恢复 asks first and hands the file to
 * {@code restorer} (the main window closes the archive, restores and opens it again).
 */
public final class BackupViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final int SHOWN = 30;

    /** One backup as the list shows it. */
    public record Row(Path file, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Supplier<Path> dataDir;
    private final Supplier<AnnalistSession> session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<Path> restorer;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty preview = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private Path extra;

    public BackupViewModel(Supplier<Path> dataDir, Supplier<AnnalistSession> session, TaskExecutor executor,
                           DialogService dialogs, Consumer<Path> restorer) {
        this.dataDir = dataDir;
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.restorer = restorer;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty previewProperty() {
        return preview;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** A backup file from outside the folder (opened by double-click) listed first. */
    public void include(Path file) {
        extra = file.toAbsolutePath().normalize();
    }

    public void refresh() {
        Path dir = dataDir.get();
        Path outside = extra;
        run(I18n.tr("backup.ui.reading"), () -> {
            List<BackupService.Listed> all = new java.util.ArrayList<>(BackupService.list(dir));
            if (outside != null && all.stream().noneMatch(l -> l.file().equals(outside))) {
                try {
                    all.add(0, new BackupService.Listed(outside, BackupService.read(outside), null));
                } catch (RuntimeException e) {
                    all.add(0, new BackupService.Listed(outside, null, null));
                }
            }
            return all.stream().map(l -> new Row(l.file(), l.manifest() == null
                    ? I18n.tr("backup.ui.rowBad", l.file().getFileName())
                    : I18n.tr("backup.ui.row", WHEN.format(l.manifest().created()), reason(l.manifest()),
                    String.valueOf(l.manifest().itemCount()), l.file().getFileName()))).toList();
        }, rows::setAll);
    }

    /** The preview of {@code row}: what it holds, and how it differs from the archive when one is open. */
    public void select(Row row) {
        if (row == null) {
            preview.set("");
            return;
        }
        AnnalistSession s = session.get();
        run(I18n.tr("backup.ui.reading"), () -> describe(row.file(), s), preview::set);
    }

    static String describe(Path file, AnnalistSession s) {
        BackupManifest m = BackupService.read(file);
        StringBuilder sb = new StringBuilder();
        sb.append(I18n.tr("backup.ui.head", file, WHEN.format(m.created()), reason(m), m.program(),
                String.valueOf(m.contents().schemaVersion()), String.valueOf(m.itemCount()))).append('\n');
        m.contents().publications().forEach(p -> sb.append(I18n.tr("backup.ui.publication", p.title(),
                String.valueOf(p.items()))).append('\n'));
        sb.append('\n');
        if (s == null) {
            sb.append(I18n.tr("backup.ui.noArchive"));
            return sb.toString();
        }
        BackupService.Preview p = s.backups().preview(file);
        if (p.identical()) return sb.append(I18n.tr("backup.ui.same")).toString();
        section(sb, I18n.tr("backup.ui.onlyBackup", String.valueOf(p.onlyInBackup().size())), p.onlyInBackup());
        sb.append(I18n.tr("backup.ui.changed", String.valueOf(p.changed().size()))).append('\n');
        p.changed().stream().limit(SHOWN).forEach(c -> sb.append(I18n.tr("backup.ui.changedLine",
                String.valueOf(c.inBackup().id()), c.inBackup().title(), String.valueOf(c.inBackup().revision()),
                String.valueOf(c.inArchive().revision()))).append('\n'));
        section(sb, I18n.tr("backup.ui.onlyArchive", String.valueOf(p.onlyInArchive().size())), p.onlyInArchive());
        return sb.toString();
    }

    private static void section(StringBuilder sb, String head, List<BackupManifest.Entry> items) {
        sb.append(head).append('\n');
        items.stream().limit(SHOWN).forEach(i -> sb.append(I18n.tr("backup.ui.itemLine", String.valueOf(i.id()), i.title(),
                String.valueOf(i.revision()))).append('\n'));
    }

    private static String reason(BackupManifest m) {
        return I18n.tr("backup.ui.reason." + switch (m.reason()) {
            case "start", "exit", "timer", "manual", "before-restore" -> m.reason();
            default -> "other";
        });
    }

    /** 立即备份: a backup into the folder the user chooses (the 备份 folder offered). */
    public void backupNow() {
        AnnalistSession s = session.get();
        if (s == null) return;
        dialogs.chooseFolder(I18n.tr("backup.ui.chooseFolder"), BackupService.folder(dataDir.get())).ifPresent(folder ->
                run(I18n.tr("backup.ui.writing"), () -> {
                    BackupService b = s.backups();
                    if (folder.toAbsolutePath().normalize().equals(b.folder())) return b.automatic("manual");
                    Path file = folder.resolve("annalist-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                            .withZone(ZoneId.systemDefault()).format(java.time.Instant.now()) + BackupService.EXTENSION);
                    b.write(file, "manual");
                    return file;
                }, file -> {
                    dialogs.showInfo(I18n.tr("backup.ui.title"), I18n.tr("backup.ui.written", file));
                    refresh();
                }));
    }

    /** 恢复: asks, then hands the file over. */
    public void restore(Row row) {
        if (row == null) return;
        AnnalistSession open = session.get();
        // a PostgreSQL archive's backup (a transfer copy) goes into an empty database only: nothing is replaced
        String question = open != null && open.postgres()
                ? I18n.tr("backup.ui.restoreQuestionPg", row.file(), open.storeName())
                : I18n.tr("backup.ui.restoreQuestion", row.file(), dataDir.get().resolve("annalist.mv.db"));
        if (dialogs.confirm(I18n.tr("backup.ui.restore"), question)) {
            restorer.accept(row.file());
        }
    }

    private <T> void run(String title, java.util.concurrent.Callable<T> work, Consumer<T> then) {
        busy.set(true);
        executor.execute(BackgroundTask.<T>of(title, p -> work.call()).onSuccess(v -> {
            busy.set(false);
            then.accept(v);
        }).onFailure(e -> {
            busy.set(false);
            dialogs.showError(I18n.tr("backup.ui.title"), null, Messages.describe(e));
        }));
    }
}
