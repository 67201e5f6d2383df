package org.annalist.ui.trash;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.annalist.model.TrashEntry;
import org.annalist.service.AnnalistSession;
import org.annalist.service.BackgroundTask;
import org.annalist.service.Messages;
import org.annalist.service.TaskExecutor;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

/**
 * The 回收站 window's state: the entries of the trash as rows, 恢复 (restore) and 永久删除 (delete for good, asked
 * first; the archive's audit log keeps who and when). Every archive call runs on the task executor, never on the
 * JavaFX thread; {@code changed} runs after something came back or went for good (the tree is read again).
 */
public final class TrashViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One entry as the table shows it. */
    public record Row(TrashEntry entry, String kind, String title, String place, String deletedAt, String deletedBy,
                      String contents) {
    }

    private final Supplier<AnnalistSession> session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Runnable changed;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    /** Counts readings of the trash: only the latest one's outcome is shown. */
    private long reads;

    public TrashViewModel(Supplier<AnnalistSession> session, TaskExecutor executor, DialogService dialogs, Runnable changed) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.changed = changed;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** An archive call is running: the buttons wait. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** What the last action did, or how many entries there are. */
    public StringProperty statusProperty() {
        return status;
    }

    /** Reads the trash again. */
    public void refresh() {
        refresh(null);
    }

    /** Reads the trash again; {@code done}: what the status says afterwards (null: how many entries there are). */
    private void refresh(String done) {
        AnnalistSession s = session.get();
        if (s == null) {
            rows.clear();
            status.set(I18n.tr("trash.noArchive"));
            return;
        }
        long read = ++reads;
        run(s, I18n.tr("trash.reading"), () -> s.management().trash(), entries -> {
            if (read != reads) return; // a later reading is on its way: this one may be older than the last change
            rows.setAll(entries.stream().map(TrashViewModel::row).toList());
            status.set(done != null ? done : entries.isEmpty() ? I18n.tr("trash.empty") : I18n.tr("trash.count", entries.size()));
        });
    }

    /** 恢复: puts back exactly what the deletion took (an item whose section is gone goes to the 收稿箱). */
    public void restore(Row row) {
        AnnalistSession s = session.get();
        if (row == null || s == null) return;
        run(s, I18n.tr("trash.restoring"), () -> s.management().restore(row.entry().id()), e -> {
            changed.run();
            refresh(I18n.tr("trash.restored", row.title()));
        });
    }

    /** 永久删除: asks first, naming what goes with it; nothing can bring it back afterwards. */
    public void deletePermanently(Row row) {
        AnnalistSession s = session.get();
        if (row == null || s == null) return;
        TrashEntry e = row.entry();
        if (!dialogs.confirm(I18n.tr("trash.purge"), I18n.tr("trash.purgeQuestion", row.title(), e.sections(), e.items()))) return;
        run(s, I18n.tr("trash.purging"), () -> s.management().deletePermanently(e.id()), done -> {
            changed.run();
            refresh(I18n.tr("trash.purged", row.title()));
        });
    }

    private <T> void run(AnnalistSession s, String title, Supplier<T> work, java.util.function.Consumer<T> then) {
        busy.set(true);
        executor.execute(BackgroundTask.<T>of(title, p -> work.get()).onSuccess(r -> {
            busy.set(false);
            then.accept(r);
        }).onFailure(e -> {
            busy.set(false);
            status.set(I18n.tr("trash.failed"));
            dialogs.showError(I18n.tr("trash.failed"), s.databaseFile().toString(), Messages.describe(e));
            refresh(I18n.tr("trash.failed"));
        }).onCancelled(() -> busy.set(false)));
    }

    static Row row(TrashEntry e) {
        String kind = I18n.tr("trash.kind." + e.kind().name());
        return new Row(e, kind, e.label(), place(e), WHEN.format(e.deletedAt().atZone(ZoneId.systemDefault())), e.deletedBy(),
                e.kind() == TrashEntry.Kind.ITEM ? "" : I18n.tr("trash.contents", e.sections(), e.items()));
    }

    /** Where it was: the publication › 类目 › 分目; the 收稿箱 for an item that stood in none; the archive for a publication. */
    static String place(TrashEntry e) {
        List<String> p = e.place();
        if (!p.isEmpty()) return String.join(" › ", p);
        return I18n.tr(e.kind() == TrashEntry.Kind.PUBLICATION ? "trash.place.archive" : "tree.inbox");
    }
}
