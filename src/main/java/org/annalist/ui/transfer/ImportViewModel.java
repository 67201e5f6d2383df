package org.annalist.ui.transfer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.annalist.model.ImportReport;
import org.annalist.model.Item;
import org.annalist.service.AnnalistSession;
import org.annalist.service.BackgroundTask;
import org.annalist.service.ImportService;
import org.annalist.service.Messages;
import org.annalist.service.TaskExecutor;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * A batch of files being imported: one row per file with its state, then the warnings of the import
 * reports (each leads to the item it concerns) and the full report text.
 */
public final class ImportViewModel {

    public enum State { WAITING, RUNNING, DONE, WARNINGS, FAILED }

    /** One file of the batch. */
    public static final class FileRow {
        public final String file;
        public final javafx.beans.property.ObjectProperty<State> state = new javafx.beans.property.SimpleObjectProperty<>(State.WAITING);
        public final StringProperty message = new SimpleStringProperty("");

        FileRow(String file) {
            this.file = file;
        }
    }

    /** A warning of a report; {@code itemId} is the first item made from the file (0 when none). */
    public record Warning(String file, long itemId, int line, String message) {
        @Override
        public String toString() {
            return fileName(file) + (line > 0 ? " " + I18n.tr("import.line", line) : "") + "：" + message;
        }
    }

    private final Supplier<AnnalistSession> session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Runnable changed;
    private final ObservableList<FileRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Warning> warnings = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty report = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private TaskExecutor.Handle handle;

    /** {@code changed}: told when items were imported (the tree reloads). */
    public ImportViewModel(Supplier<AnnalistSession> session, TaskExecutor executor, DialogService dialogs, Runnable changed) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.changed = changed;
    }

    public ObservableList<FileRow> rows() {
        return rows;
    }

    public ObservableList<Warning> warnings() {
        return warnings;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** All reports as text. */
    public StringProperty reportProperty() {
        return report;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** Imports {@code files} into {@code sectionId} (null: the 收稿箱) in the background. */
    public void importFiles(List<Path> files, Long sectionId) {
        AnnalistSession s = session.get();
        if (s == null || files.isEmpty() || running.get()) return;
        rows.clear();
        warnings.clear();
        report.set("");
        summary.set(I18n.tr("import.running"));
        running.set(true);
        handle = executor.execute(BackgroundTask.<ImportService.BatchResult>of(I18n.tr("import.task"), progress ->
                s.imports().importFiles(files, sectionId, new ImportService.Progress() {
                    @Override
                    public void started(int index, int total, String fileName) {
                        progress.checkCancelled();
                        progress.update(fileName, index - 1, total);
                        progress.publish(new FileEvent(index - 1, fileName, false));
                    }

                    @Override
                    public void finished(int index, int total, ImportService.FileOutcome outcome) {
                        progress.update(outcome.fileName(), index, total);
                        progress.publish(new FileEvent(index - 1, outcome.fileName(), true));
                    }
                })
        ).onPublished(o -> {
            FileEvent e = (FileEvent) o;
            while (rows.size() <= e.index()) rows.add(new FileRow(e.file()));
            rows.get(e.index()).state.set(e.finished() ? State.DONE : State.RUNNING);
        }).onSuccess(this::finished).onFailure(e -> {
            running.set(false);
            summary.set(I18n.tr("import.failed"));
            dialogs.showError(I18n.tr("import.failed"), files.size() == 1 ? files.get(0).toString() : "", Messages.describe(e));
        }).onCancelled(() -> {
            running.set(false);
            summary.set(I18n.tr("import.cancelled"));
            changed.run();
        }));
    }

    /** A file of the batch started or finished (0-based index). */
    private record FileEvent(int index, String file, boolean finished) {
    }

    public void cancel() {
        if (handle != null) handle.cancel();
    }

    private void finished(ImportService.BatchResult result) {
        running.set(false);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < result.files().size(); i++) {
            ImportService.FileOutcome o = result.files().get(i);
            if (rows.size() <= i) rows.add(new FileRow(o.fileName()));
            FileRow row = rows.get(i);
            long firstItem = o.items().isEmpty() ? 0 : o.items().get(0).id();
            if (!o.ok()) {
                row.state.set(State.FAILED);
                row.message.set(o.error());
                text.append(o.error()).append("\n\n");
                continue;
            }
            List<ImportReport.Entry> ws = o.report() == null ? List.of() : o.report().entries(ImportReport.Kind.WARNING);
            row.state.set(ws.isEmpty() ? State.DONE : State.WARNINGS);
            row.message.set(I18n.tr("import.items", o.items().size(), org.annalist.i18n.Texts.join(o.items().stream().map(Item::title).toList()))
                    + (ws.isEmpty() ? "" : "；" + I18n.tr("import.warnings", ws.size())));
            for (ImportReport.Entry w : ws) warnings.add(new Warning(o.fileName(), firstItem, w.line(), w.message()));
            if (o.report() != null) text.append(o.report().toText()).append('\n');
        }
        report.set(text.toString());
        summary.set(I18n.tr("import.summary", result.files().size() - result.failed(), result.failed(), result.itemCount()));
        changed.run();
    }

    static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash >= 0 ? path.substring(slash + 1) : path;
    }
}
