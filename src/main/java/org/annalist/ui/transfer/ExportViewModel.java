package org.annalist.ui.transfer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.annalist.model.PublicationKind;
import org.annalist.service.AnnalistSession;
import org.annalist.service.BackgroundTask;
import org.annalist.service.DocxService;
import org.annalist.service.Messages;
import org.annalist.service.TaskExecutor;
import org.annalist.service.TypesetService;
import org.annalist.service.UserSettings;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Exporting a whole publication or one 类目 to a print-ready PDF — or to Word (.docx) laid out by the same template,
 * with or without review data (comments, pending suggestions as tracked changes) — in the background with progress
 * and cancel, then the summary: pages, 缺字, overfull lines, warnings (PDF); sections, notes, comments (Word).
 *
 * <p>File name and template follow the scope: choosing a scope offers the file and template of its last
 * export (kept in the {@link UserSettings}), else a file named after the scope in {@code 排版/} and the
 * template of its publication's kind. An existing file is replaced only when the editor says so; otherwise
 * the new file gets a version suffix ({@code 名称-2.pdf}). PDF and Word are remembered apart, each with its extension.
 */
public final class ExportViewModel {

    /** What to export: a publication, or one section of it. */
    public record Scope(String label, long publicationId, Long sectionId) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** What to write: the PDF for the printer, or a Word file for review and editing. */
    public enum Format {
        PDF(".pdf"), DOCX(".docx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private final Supplier<AnnalistSession> session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObjectProperty<UserSettings> settings;
    private final Supplier<Path> settingsDir;
    /** A file the editor already agreed to replace (picked in the save dialog, which asks itself). */
    private Path agreedToReplace;
    public final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    public final StringProperty template = new SimpleStringProperty("");
    public final ObjectProperty<Path> target = new SimpleObjectProperty<>();
    public final ObjectProperty<Format> format = new SimpleObjectProperty<>(Format.PDF);
    /** Word only: comments and pending suggestions go into the file (else the text before the suggestions). */
    public final BooleanProperty reviewData = new SimpleBooleanProperty(true);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty phase = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObjectProperty<TypesetService.Summary> result = new SimpleObjectProperty<>();
    private final ObjectProperty<DocxService.Summary> wordResult = new SimpleObjectProperty<>();
    /** The file the last export wrote (PDF or Word), for "open". */
    private final ObjectProperty<Path> written = new SimpleObjectProperty<>();
    private TaskExecutor.Handle handle;

    /**
     * {@code settings}: the user's settings (fonts folder, default template, the remembered exports; updated
     * after each export); {@code settingsDir}: where the last exports are kept on disk (null: not kept).
     */
    public ExportViewModel(Supplier<AnnalistSession> session, TaskExecutor executor, DialogService dialogs,
                           ObjectProperty<UserSettings> settings, Supplier<Path> settingsDir) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.settings = settings;
        this.settingsDir = settingsDir;
        scope.addListener((o, was, now) -> follow(now));
        format.addListener((o, was, now) -> follow(scope.get()));
    }

    /** Chooses the scope and offers its file and template, even when it is the scope chosen before. */
    public void choose(Scope s) {
        if (Objects.equals(scope.get(), s)) follow(s);
        else scope.set(s);
    }

    /** The remembered last export of the scope, or its file named after the scope and its kind's template. */
    private void follow(Scope s) {
        agreedToReplace = null;
        if (s == null) return;
        UserSettings.LastExport last = settings.get().lastExports().get(key(s));
        if (last != null && !last.file().toLowerCase(java.util.Locale.ROOT).endsWith(extension())) last = null;
        template.set(last != null && templates().contains(last.template()) ? last.template() : templateFor(s));
        target.set(last != null && !last.file().isBlank() ? Path.of(last.file()) : defaultTarget(s));
    }

    /** The template for a scope: the editor's default unless it is made for the other kind, else the kind's own. */
    public String templateFor(Scope s) {
        AnnalistSession sn = session.get();
        PublicationKind kind = sn == null ? PublicationKind.NIANJIAN
                : sn.queries().publication(Long.toString(s.publicationId())).map(p -> p.publication().kind())
                .orElse(PublicationKind.NIANJIAN);
        return TypesetService.defaultTemplate(kind, settings.get().defaultTemplate());
    }

    private String extension() {
        return (format.get() == null ? Format.PDF : format.get()).extension();
    }

    /** {@code <data folder>/排版/<scope label>.pdf} (or .docx), without the characters file names cannot hold. */
    public Path defaultTarget(Scope s) {
        AnnalistSession sn = session.get();
        Path dir = (sn == null ? Path.of(".") : sn.dataDir()).resolve("排版");
        return dir.resolve(fileName(s.label()) + extension());
    }

    static String fileName(String label) {
        String n = label.replaceAll("[\\\\/:*?\"<>|《》]", "").replace(' ', '_').strip();
        return n.isEmpty() ? "annalist" : n;
    }

    /** The key a scope's last export is remembered under: the archive folder, the publication, the 类目. */
    String key(Scope s) {
        AnnalistSession sn = session.get();
        String archive = sn == null ? "" : sn.dataDir().toAbsolutePath().normalize().toString();
        return archive + "|" + s.publicationId() + "|" + (s.sectionId() == null ? "all" : s.sectionId())
                + (format.get() == Format.DOCX ? "|docx" : "");
    }

    /** Lets the editor pick the file in a save dialog (which asks itself before replacing a file). */
    public void chooseTarget() {
        Path current = target.get();
        String suggested = current != null ? current.getFileName().toString()
                : scope.get() == null ? "annalist" + extension() : fileName(scope.get().label()) + extension();
        var chosen = format.get() == Format.DOCX ? dialogs.chooseDocxTarget(suggested) : dialogs.choosePdfTarget(suggested);
        chosen.ifPresent(p -> {
            target.set(p);
            agreedToReplace = p;
        });
    }

    /** The first of {@code 名称-2.pdf}, {@code 名称-3.pdf} … that does not exist. */
    static Path versioned(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int v = 2; ; v++) {
            Path p = file.resolveSibling(stem + "-" + v + ext);
            if (!Files.exists(p)) return p;
        }
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

    /** The finished PDF export, or null. */
    public ObjectProperty<TypesetService.Summary> resultProperty() {
        return result;
    }

    /** The finished Word export, or null. */
    public ObjectProperty<DocxService.Summary> wordResultProperty() {
        return wordResult;
    }

    /** The file the finished export wrote, or null. */
    public ObjectProperty<Path> writtenProperty() {
        return written;
    }

    /** Starts the export; nothing happens while one runs or when scope, template or target are missing. */
    public void start() {
        AnnalistSession s = session.get();
        Scope sc = scope.get();
        Path out = target.get();
        String t = template.get();
        if (s == null || sc == null || out == null || t == null || t.isBlank() || running.get()) return;
        if (Files.exists(out) && !out.equals(agreedToReplace)) {
            Path next = versioned(out);
            if (!dialogs.confirm(I18n.tr("export.replace.title"), I18n.tr("export.replace.question", out, next.getFileName()))) {
                out = next;
                target.set(out);
            }
        }
        agreedToReplace = null;
        Path pdf = out;
        String key = key(sc);
        UserSettings.LastExport remembered = new UserSettings.LastExport(t, pdf.toAbsolutePath().toString());
        Path keepIn = settingsDir.get();
        if (format.get() == Format.DOCX) {
            boolean review = reviewData.get();
            TypesetService.Options fonts = new TypesetService.Options(t, false, true, false, settings.get().fontsPath(), null);
            run(s, pdf, key, remembered, keepIn, I18n.tr("export.word.task"), listener -> {
                DocxService.Options options = new DocxService.Options(t, review, listener, fonts);
                return sc.sectionId() == null
                        ? DocxService.publication(s, Long.toString(sc.publicationId()), pdf, options)
                        : DocxService.section(s, sc.sectionId(), pdf, options);
            }, r -> {
                summary.set(describeWord(r));
                written.set(r.file());
                wordResult.set(r);
            });
            return;
        }
        TypesetService.Options options = new TypesetService.Options(t, false, true, false, settings.get().fontsPath(), null);
        run(s, pdf, key, remembered, keepIn, I18n.tr("export.task"), listener -> sc.sectionId() == null
                ? TypesetService.publication(s, Long.toString(sc.publicationId()), pdf, options, listener)
                : TypesetService.section(s, sc.sectionId(), pdf, options, listener), r -> {
            // the summary first: whoever watches the result (the window, a test) finds the summary ready with it
            summary.set(describe(r));
            written.set(r.pdf());
            result.set(r);
        });
    }

    /** What an export does with the progress of its typesetting; may throw (the failure is shown). */
    @FunctionalInterface
    private interface ExportWork<T> {
        T run(TypesetService.Progress listener) throws Exception;
    }

    /**
     * Runs one export (PDF or Word) off the JavaFX thread: the folder made, progress reported at a phase's start and
     * then at most ten times a second (each report a chance to stop), the file remembered for the scope, and the
     * window told of success, failure or cancelling.
     */
    private <T> void run(AnnalistSession s, Path out, String key, UserSettings.LastExport remembered, Path keepIn, String title,
                         ExportWork<T> work, java.util.function.Consumer<T> shown) {
        running.set(true);
        result.set(null);
        wordResult.set(null);
        written.set(null);
        progress.set(-1);
        phase.set(I18n.tr("export.starting"));
        summary.set("");
        handle = executor.execute(BackgroundTask.<T>of(title, p -> {
            if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
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
            T done = work.run(listener);
            if (keepIn != null) {
                try {
                    UserSettings.rememberExport(keepIn, key, remembered);
                } catch (IOException e) {
                    // the file is written; forgetting where only costs the editor choosing the file again
                    new org.annalist.service.ProblemLog(s.dataDir()).record("remembering the export " + out + " in " + keepIn, e);
                }
            }
            return done;
        }).onProgress(u -> {
            phase.set(u.phase());
            progress.set(u.fraction());
        }).onSuccess(r -> {
            settings.set(settings.get().withLastExport(key, remembered));
            running.set(false);
            progress.set(1);
            phase.set(I18n.tr("export.done"));
            shown.accept(r);
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

    static String describeWord(DocxService.Summary r) {
        StringBuilder sb = new StringBuilder();
        sb.append(I18n.tr("export.word.summary", r.file(), r.template(), r.categories(), r.sections(), String.format("%.1f", r.seconds())))
                .append('\n');
        sb.append(I18n.tr("export.word.content", r.tocEntries(), r.footnotes(), r.endnotes(), r.tables(), r.figures(), r.indexEntries()))
                .append('\n');
        sb.append(I18n.tr("export.word.review", r.comments(), r.suggestions())).append('\n');
        if (!r.warnings().isEmpty()) {
            sb.append(I18n.tr("export.warnings", r.warnings().size())).append('\n');
            for (String w : r.warnings()) sb.append("  · ").append(w).append('\n');
        }
        return sb.toString();
    }

    public void cancel() {
        if (handle != null) handle.cancel();
    }

    /** Opens the exported file with the system's program for it (a PDF viewer, Word or WPS). */
    public void openResult() {
        Path f = written.get();
        if (f != null) dialogs.open(f);
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
