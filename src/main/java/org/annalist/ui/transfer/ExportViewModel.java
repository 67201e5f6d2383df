package org.annalist.ui.transfer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.annalist.service.AnnalistSession;
import org.annalist.service.BackgroundTask;
import org.annalist.service.Messages;
import org.annalist.service.TaskExecutor;
import org.annalist.service.TypesetService;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Exporting a whole publication or one 类目 to a print-ready PDF with a chosen template, in the background
 * with progress and cancel, then the summary: pages, 缺字, overfull lines, warnings.
 */
public final class ExportViewModel {

    /** What to export: a publication, or one section of it. */
    public record Scope(String label, long publicationId, Long sectionId) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Supplier<AnnalistSession> session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<Path> fontsDir;
    public final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    public final StringProperty template = new SimpleStringProperty("");
    public final ObjectProperty<Path> target = new SimpleObjectProperty<>();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty phase = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObjectProperty<TypesetService.Summary> result = new SimpleObjectProperty<>();
    private TaskExecutor.Handle handle;

    public ExportViewModel(Supplier<AnnalistSession> session, TaskExecutor executor, DialogService dialogs, Supplier<Path> fontsDir) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.fontsDir = fontsDir;
    }

    public List<String> templates() {
        return TypesetService.templateNames();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty phaseProperty() {
        return phase;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** The finished export, or null. */
    public ObjectProperty<TypesetService.Summary> resultProperty() {
        return result;
    }

    /** Starts the export; nothing happens while one runs or when scope, template or target are missing. */
    public void start() {
        AnnalistSession s = session.get();
        Scope sc = scope.get();
        Path out = target.get();
        String t = template.get();
        if (s == null || sc == null || out == null || t == null || t.isBlank() || running.get()) return;
        running.set(true);
        result.set(null);
        progress.set(-1);
        phase.set(I18n.tr("export.starting"));
        summary.set("");
        TypesetService.Options options = new TypesetService.Options(t, false, true, false, fontsDir.get(), null);
        handle = executor.execute(BackgroundTask.<TypesetService.Summary>of(I18n.tr("export.task"), p -> {
            if (out.toAbsolutePath().getParent() != null) java.nio.file.Files.createDirectories(out.toAbsolutePath().getParent());
            // the typesetter reports every few hundred blocks and every page: each report is a chance to stop;
            // the window hears of a phase's start and then at most ten times a second
            String[] lastPhase = {null};
            long[] lastShown = {0};
            TypesetService.Progress listener = (ph, done, total) -> {
                p.checkCancelled();
                long now = System.nanoTime();
                if (!ph.equals(lastPhase[0]) || now - lastShown[0] > 100_000_000L || (total > 0 && done >= total)) {
                    lastPhase[0] = ph;
                    lastShown[0] = now;
                    p.update(ph, done, total);
                }
            };
            return sc.sectionId() == null
                    ? TypesetService.publication(s, Long.toString(sc.publicationId()), out, options, listener)
                    : TypesetService.section(s, sc.sectionId(), out, options, listener);
        }).onProgress(u -> {
            phase.set(u.phase());
            progress.set(u.fraction());
        }).onSuccess(r -> {
            running.set(false);
            progress.set(1);
            phase.set(I18n.tr("export.done"));
            // the summary first: whoever watches the result (the window, a test) finds the summary ready with it
            summary.set(describe(r));
            result.set(r);
        }).onFailure(e -> {
            running.set(false);
            progress.set(0);
            phase.set(I18n.tr("export.failed"));
            dialogs.showError(I18n.tr("export.failed"), out.toString(), Messages.describe(e));
        }).onCancelled(() -> {
            running.set(false);
            progress.set(0);
            phase.set(I18n.tr("export.cancelled"));
        }));
    }

    public void cancel() {
        if (handle != null) handle.cancel();
    }

    /** Opens the exported PDF with the system's viewer. */
    public void openResult() {
        TypesetService.Summary r = result.get();
        if (r != null) dialogs.open(r.pdf());
    }

    static String describe(TypesetService.Summary r) {
        StringBuilder sb = new StringBuilder();
        sb.append(I18n.tr("export.summary", r.pdf(), r.template(), r.pages(), r.bodyPages(), String.format("%.1f", r.seconds())))
                .append('\n');
        sb.append(I18n.tr("export.missing", r.missingCharacters())).append('\n');
        if (r.missingCharacters() > 0) sb.append(r.missingReport()).append('\n');
        sb.append(I18n.tr("export.overfull", r.overfullLines())).append('\n');
        if (!r.warnings().isEmpty()) {
            sb.append(I18n.tr("export.warnings", r.warnings().size())).append('\n');
            for (String w : r.warnings()) sb.append("  · ").append(w).append('\n');
        }
        return sb.toString();
    }
}
