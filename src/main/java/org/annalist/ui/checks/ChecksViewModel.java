package org.annalist.ui.checks;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.annalist.check.Finding;
import org.annalist.check.Rule;
import org.annalist.model.Item;
import org.annalist.service.AnnalistSession;
import org.annalist.service.BackgroundTask;
import org.annalist.service.CheckService;
import org.annalist.service.Messages;
import org.annalist.service.TaskExecutor;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;
import org.annalist.ui.editor.EditorViewModel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The checks pane: the findings of the open item, a publication or a 类目, checked in the background with progress
 * (the editor's text is saved first, so the findings are of the text as it stands); opening a finding in the
 * editor with its place selected; accepting a finding's fix (a suggestion of the user, saved as a revision) or
 * ignoring it; accepting the fixes of one rule in an item after a preview.
 */
public final class ChecksViewModel {
    /** What to check: an item ({@code itemId}), or a publication's items, or those of one of its sections. */
    public record Scope(String label, Long publicationId, Long sectionId, Long itemId) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Supplier<AnnalistSession> session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final EditorViewModel editor;
    private final LongConsumer openItem;

    private final ObservableList<Scope> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    private final ObservableList<CheckService.ItemFindings> results = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private TaskExecutor.Handle handle;
    private long generation;
    /** A finding to select once its item is shown in the editor. */
    private Finding pending;

    public ChecksViewModel(Supplier<AnnalistSession> session, TaskExecutor executor, DialogService dialogs, EditorViewModel editor,
                           LongConsumer openItem) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.editor = editor;
        this.openItem = openItem;
        editor.shownProperty().addListener((o, a, b) -> revealPending());
    }

    public ObservableList<Scope> scopes() {
        return scopes;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    /** The findings per item of the last check, items with none left out. */
    public ObservableList<CheckService.ItemFindings> results() {
        return results;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** 0–1 while checking. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The scopes to choose from, and the one to check unless the user picks another ({@code current} null: the first). */
    public void offer(List<Scope> offered, Scope current) {
        scopes.setAll(offered);
        Scope pick = current != null && offered.contains(current) ? current : offered.isEmpty() ? null : offered.get(0);
        scope.set(pick);
    }

    /** Checks the chosen scope: the editor's text is saved first, then the items are checked off the JavaFX thread. */
    public void check() {
        Scope s = scope.get();
        AnnalistSession a = session.get();
        if (s == null || a == null) return;
        if (handle != null) handle.cancel();
        long gen = ++generation;
        running.set(true);
        progress.set(-1);
        status.set(I18n.tr("checkspane.checking"));
        editor.commit(EditorViewModel.Commit.SAVE, ok -> {
            if (gen != generation) return;
            handle = executor.execute(BackgroundTask.<List<CheckService.ItemFindings>>of(I18n.tr("checkspane.task"), p -> {
                CheckService checks = a.checks();
                if (s.itemId() != null) return List.of(checks.check(s.itemId(), true));
                return checks.checkScope(s.publicationId(), s.sectionId(), true, (done, total) -> {
                    p.checkCancelled();
                    p.update(I18n.tr("checkspane.progress", done, total), done, total);
                });
            }).onProgress(u -> {
                if (gen == generation) progress.set(u.fraction());
            }).onSuccess(found -> {
                if (gen != generation) return;
                running.set(false);
                progress.set(1);
                show(found);
            }).onFailure(e -> {
                if (gen != generation) return;
                running.set(false);
                status.set(I18n.tr("checkspane.failed"));
                dialogs.showError(I18n.tr("checkspane.failed"), a.databaseFile().toString(), Messages.describe(e));
            }).onCancelled(() -> {
                if (gen == generation) running.set(false);
            }));
        });
    }

    private void show(List<CheckService.ItemFindings> found) {
        results.setAll(found.stream().filter(r -> !r.findings().isEmpty()).toList());
        CheckService.Summary sum = CheckService.Summary.of(found);
        status.set(sum.total() == 0 ? I18n.tr("checkspane.clean", sum.items())
                : I18n.tr("checkspane.found", sum.items(), sum.total(), sum.itemsWithFindings(), sum.fixable()));
    }

    /** Opens the finding's item in the editor (unless it is open) and selects the finding's place there. */
    public void open(Finding f) {
        if (f == null) return;
        pending = f;
        Item current = editor.itemProperty().get();
        if (current != null && current.id() == f.itemId()) revealPending();
        else openItem.accept(f.itemId());
    }

    private void revealPending() {
        Finding f = pending;
        Item current = editor.itemProperty().get();
        if (f == null || current == null) return;
        pending = null;
        if (current.id() != f.itemId()) return;
        String text = editor.textProperty().get();
        if (f.end() > text.length() || !text.startsWith(f.text(), f.start())) {
            status.set(I18n.tr("checkspane.moved"));
            return;
        }
        editor.reveal(f.start(), Math.max(f.end(), f.start() + 1));
    }

    /** Accepts the finding's fix as the user's suggestion (the editor's text saved first, reopened after). */
    public void accept(Finding f) {
        if (f == null || !f.hasFix()) return;
        acceptAll(f.itemId(), List.of(f.place()));
    }

    /**
     * Accepts the findings of the item at {@code places} in one revision (the editor's text saved first); the item is
     * checked again and, when it is open, shown again with the suggestions.
     */
    public void acceptAll(long itemId, Collection<String> places) {
        AnnalistSession a = session.get();
        if (a == null || places.isEmpty()) return;
        List<String> chosen = new ArrayList<>(places);
        running.set(true);
        editor.commit(EditorViewModel.Commit.SAVE, ok -> {
            if (!ok) {
                running.set(false);
                return;
            }
            executor.execute(BackgroundTask.<CheckService.ItemFindings>of(I18n.tr("checkspane.acceptTask"), p -> {
                CheckService checks = a.checks();
                CheckService.Outcome o = checks.accept(itemId, chosen);
                if (o.fixed() == 0) throw new org.annalist.i18n.LocalizedException("check.accept.changed", o.item().title());
                return checks.check(itemId, true);
            }).onSuccess(again -> {
                running.set(false);
                replace(again);
                status.set(I18n.tr("checkspane.accepted", chosen.size(), again.item().title()));
                Item current = editor.itemProperty().get();
                if (current != null && current.id() == itemId) openItem.accept(itemId);
            }).onFailure(e -> {
                running.set(false);
                dialogs.showError(I18n.tr("checkspane.acceptFailed"), a.databaseFile().toString(), Messages.describe(e));
            }));
        });
    }

    /** Remembers the finding's place as ignored; it leaves the list. */
    public void ignore(Finding f) {
        AnnalistSession a = session.get();
        if (a == null || f == null) return;
        executor.execute(BackgroundTask.of(I18n.tr("checkspane.ignoreTask"), p -> a.checks().ignore(f)).onSuccess(done -> {
            for (int i = 0; i < results.size(); i++) {
                CheckService.ItemFindings r = results.get(i);
                if (r.item().id() != f.itemId()) continue;
                List<Finding> left = r.findings().stream().filter(x -> !x.place().equals(f.place())).toList();
                if (left.isEmpty()) results.remove(i);
                else results.set(i, new CheckService.ItemFindings(r.item(), left));
                break;
            }
            status.set(I18n.tr("checkspane.ignored"));
        }).onFailure(e -> dialogs.showError(I18n.tr("editor.check.ignoreFailed"), a.databaseFile().toString(), Messages.describe(e))));
    }

    /**
     * What accepting every fix of {@code rule} in the item would change, computed in the background and handed to
     * {@code then} on the JavaFX thread (the editor's text saved first).
     */
    public void preview(long itemId, Rule rule, java.util.function.Consumer<List<CheckService.Change>> then) {
        AnnalistSession a = session.get();
        if (a == null) return;
        editor.commit(EditorViewModel.Commit.SAVE, ok -> {
            if (!ok) return;
            executor.execute(BackgroundTask.of(I18n.tr("checkspane.previewTask"), p -> a.checks().preview(itemId, rule, 12))
                    .onSuccess(then::accept)
                    .onFailure(e -> dialogs.showError(I18n.tr("checkspane.failed"), a.databaseFile().toString(), Messages.describe(e))));
        });
    }

    private void replace(CheckService.ItemFindings again) {
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).item().id() != again.item().id()) continue;
            if (again.findings().isEmpty()) results.remove(i);
            else results.set(i, again);
            return;
        }
        if (!again.findings().isEmpty()) results.add(again);
    }
}
