package org.annalist.ui.editor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.annalist.model.Item;
import org.annalist.model.ItemDraft;
import org.annalist.service.AnnalistSession;
import org.annalist.service.BackgroundTask;
import org.annalist.service.EditConflictException;
import org.annalist.service.Messages;
import org.annalist.service.TaskExecutor;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The item being edited and its text. Every change marks the text unsaved and asks for an autosave once typing
 * settles; the autosave replaces the item's draft (草稿), no revision. A signed revision is made from the text
 * on Ctrl+S, on leaving the item and on closing, when something changed. An empty title is a warning, never a
 * reason to keep text from the disk. Writes run in the background one after another, in the order asked.
 */
public final class EditorViewModel {
    /** Why a revision is made: its note, and whether the user is leaving the item (a failure then asks). */
    public enum Commit {
        SAVE("editor.saveNote", false), LEAVE("editor.leaveNote", true), CLOSE("editor.closeNote", true);

        final String noteKey;
        final boolean leaving;

        Commit(String noteKey, boolean leaving) {
            this.noteKey = noteKey;
            this.leaving = leaving;
        }
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Supplier<AnnalistSession> session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Coalescer autosave;
    private final ObjectProperty<Item> item = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty untitled = new SimpleBooleanProperty(false);
    private final StringProperty state = new SimpleStringProperty("");
    private final StringProperty othersEditing = new SimpleStringProperty("");
    private final javafx.beans.property.IntegerProperty shows = new javafx.beans.property.SimpleIntegerProperty();
    /** Counts edits; {@link #drafted} is the count the disk holds (as draft or revision). */
    private long generation;
    private long drafted;
    private boolean busy;
    private final Deque<Supplier<BackgroundTask<?>>> queued = new ArrayDeque<>();

    public EditorViewModel(Supplier<AnnalistSession> session, TaskExecutor executor, DialogService dialogs, Coalescer autosave) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.autosave = autosave;
    }

    /** The item as last loaded or saved as a revision (its revision is the base of the next one). */
    public ObjectProperty<Item> itemProperty() {
        return item;
    }

    /** The text in the editor, saved or not. */
    public StringProperty textProperty() {
        return text;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** Changes not yet in a revision (they may be in the draft). */
    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    /** The title is empty: shown as a warning; the text is saved all the same. */
    public BooleanProperty untitledProperty() {
        return untitled;
    }

    /** "第 3 版" / "未保存" / "草稿已保存 10:02:03" for the status bar. */
    public StringProperty stateProperty() {
        return state;
    }

    /** "王编辑 正在编辑": the other editors of a shared archive who have this item open now (empty: nobody). */
    public StringProperty othersEditingProperty() {
        return othersEditing;
    }

    /** Counts {@link #show}s: the view reloads its text on each (another item, a draft taken back or thrown away). */
    public javafx.beans.property.ReadOnlyIntegerProperty shownProperty() {
        return shows;
    }

    /** A stretch of the text, from {@code start} to {@code end} (exclusive), in UTF-16 units of {@link #textProperty()}. */
    public record Span(int start, int end) {
    }

    private final ObjectProperty<Span> reveal = new SimpleObjectProperty<>();

    /**
     * Asks the view to select {@code start}..{@code end} of the text and scroll it into sight (a search hit). Each
     * call sets a new value, also for the same stretch again; the view follows {@link #revealProperty()}.
     */
    public void reveal(int start, int end) {
        int from = Math.max(0, Math.min(start, text.get().length()));
        reveal.set(null);
        reveal.set(new Span(from, Math.max(from, Math.min(end, text.get().length()))));
    }

    /** The stretch last asked to be selected and shown (see {@link #reveal}); null between requests. */
    public javafx.beans.property.ReadOnlyObjectProperty<Span> revealProperty() {
        return reveal;
    }

    /** The item with the editor's text and title: what a save would store. */
    public Item current() {
        Item base = item.get();
        if (base == null) return null;
        String t = title.get().strip();
        return base.withBody(text.get()).withTitle(t, base.subtitle());
    }

    /**
     * Shows {@code next} without saving anything: callers {@link #commit} first. An item with a draft shows the
     * draft (its changes still to become a revision).
     */
    public void show(Item next) {
        autosave.cancel();
        AnnalistSession s = session.get();
        Optional<ItemDraft> draft = next == null || s == null ? Optional.empty() : s.editing().draft(next.id());
        Item shown = draft.map(d -> d.over(next)).orElse(next);
        generation++;
        drafted = generation;
        // text first: whoever listens to the item reads the new item's text
        text.set(shown == null ? "" : shown.body());
        title.set(shown == null ? "" : shown.title());
        untitled.set(shown != null && shown.untitled());
        dirty.set(draft.isPresent());
        item.set(next);
        shows.set(shows.get() + 1);
        if (next == null) state.set("");
        else if (draft.isEmpty()) state.set(I18n.tr(next.untitled() ? "editor.revisionUntitled" : "editor.revision", next.revision()));
        else if (draft.get().baseRevision() == next.revision()) state.set(I18n.tr("editor.draftRestored", next.revision()));
        else state.set(I18n.tr("editor.draftRestoredOld", draft.get().baseRevision(), next.revision()));
    }

    /** Shows {@code next} after making a revision of the current item's changes (nothing when that fails and the user stays). */
    public void open(Item next) {
        commit(Commit.LEAVE, ok -> {
            if (ok) show(next);
        });
    }

    /** The editor's text changed (typing, toolbar, replace). */
    public void edited(String newText) {
        if (item.get() == null || newText.equals(text.get())) return;
        text.set(newText);
        changed();
    }

    public void retitled(String newTitle) {
        if (item.get() == null || newTitle.equals(title.get())) return;
        title.set(newTitle);
        untitled.set(newTitle.isBlank());
        changed();
    }

    private void changed() {
        generation++;
        dirty.set(true);
        state.set(I18n.tr(untitled.get() ? "editor.unsavedUntitled" : "editor.unsaved"));
        autosave.trigger(this::saveDraft);
    }

    /** The autosave: keeps the text as the item's draft (no revision) unless the disk has it already. */
    public void saveDraft() {
        enqueue(() -> {
            Item snapshot = current();
            AnnalistSession s = session.get();
            if (snapshot == null || s == null || drafted == generation) return null;
            long gen = generation;
            return task(I18n.tr("editor.draftTask"), p -> s.editing().saveDraft(snapshot), d -> {
                drafted = Math.max(drafted, gen);
                if (gen == generation) {
                    String at = d.savedAt() == null ? "" : CLOCK.format(d.savedAt().atZone(ZoneId.systemDefault()));
                    state.set(I18n.tr(untitled.get() ? "editor.draftedUntitled" : "editor.drafted", at));
                }
            }, e -> {
                state.set(I18n.tr("editor.draftFailed"));
                dialogs.showError(I18n.tr("editor.draftFailed"), s.databaseFile().toString(), Messages.describe(e));
            });
        });
    }

    /** Ctrl+S: a revision of the changes now. */
    public void save() {
        commit(Commit.SAVE, ok -> {
        });
    }

    /**
     * Makes a signed revision of the changes, if any (the text goes to the draft first, so a refused revision
     * still leaves it on disk), then tells {@code then} whether the caller may go on. On failure the user is told;
     * when leaving, the user may choose to leave anyway (the draft is offered again later).
     */
    public void commit(Commit why, Consumer<Boolean> then) {
        autosave.cancel();
        enqueue(() -> {
            Item snapshot = current();
            AnnalistSession s = session.get();
            if (snapshot == null || s == null || !dirty.get()) {
                then.accept(true);
                return null;
            }
            long gen = generation;
            String note = I18n.tr(why.noteKey);
            AtomicBoolean draftKept = new AtomicBoolean();
            return task(I18n.tr("editor.saveTask"), p -> {
                // always, even when the autosave wrote it: a refused revision must leave the text on disk
                s.editing().saveDraft(snapshot);
                draftKept.set(true);
                return s.editing().commit(snapshot, note);
            }, saved -> {
                drafted = Math.max(drafted, gen);
                item.set(saved);
                if (gen == generation) {
                    dirty.set(false);
                    state.set(I18n.tr(saved.untitled() ? "editor.savedUntitled" : "editor.saved", saved.revision()));
                } else {
                    autosave.trigger(this::saveDraft);
                }
                then.accept(true);
            }, e -> {
                if (draftKept.get()) drafted = Math.max(drafted, gen);
                state.set(I18n.tr("editor.saveFailed"));
                dialogs.showError(I18n.tr("editor.saveFailed"), s.databaseFile().toString(), Messages.describe(e)
                        + "\n" + I18n.tr(draftKept.get() ? "editor.keptAsDraft" : "editor.notKept"));
                boolean go = why.leaving && dialogs.confirm(I18n.tr("editor.leaveTitle"),
                        I18n.tr(draftKept.get() ? "editor.leaveWithDraft" : "editor.leaveLosing"));
                if (!go && draftKept.get() && e instanceof EditConflictException conflict) showOverLatest(s, conflict.itemId());
                then.accept(go);
            });
        });
    }

    /**
     * Another editor's revision landed while the user typed and the save was refused (the text is the user's draft):
     * the editor goes on from the latest revision with the draft shown over it, and the choice of a draft typed over an
     * older revision follows (keep the draft, keep the latest, or 对照两稿 to merge by hand); the next save then
     * builds on the latest revision, so nothing of the other editor's is lost unseen.
     */
    private void showOverLatest(AnnalistSession s, long itemId) {
        enqueue(() -> task(I18n.tr("editor.conflictTask"), p -> s.editing().item(itemId), latest -> {
            Item open = item.get();
            if (latest.isPresent() && open != null && open.id() == itemId && session.get() == s) show(latest.get());
        }, e -> dialogs.showError(I18n.tr("editor.saveFailed"), s.databaseFile().toString(), Messages.describe(e))));
    }

    /**
     * The last resort when the program ends without {@link #commit} (the JavaFX runtime stopping): writes the
     * draft on the calling thread. The next start offers it back.
     */
    public void keepDraftNow() {
        autosave.cancel();
        Item snapshot = current();
        AnnalistSession s = session.get();
        if (snapshot == null || s == null || drafted == generation) return;
        try {
            s.editing().saveDraft(snapshot);
            drafted = generation;
        } catch (RuntimeException e) {
            dialogs.showError(I18n.tr("editor.draftFailed"), s.databaseFile().toString(), Messages.describe(e));
        }
    }

    /** Throws the draft away and shows the item's latest revision again. */
    public void discardDraft() {
        Item base = item.get();
        AnnalistSession s = session.get();
        if (base == null || s == null) return;
        autosave.cancel();
        enqueue(() -> task(I18n.tr("editor.draftTask"), p -> {
            s.editing().discardDraft(base.id());
            return s.editing().item(base.id()).orElse(base);
        }, this::show, e -> dialogs.showError(I18n.tr("editor.draftFailed"), s.databaseFile().toString(), Messages.describe(e))));
    }

    /** A save or draft write is running or waiting. */
    public boolean busy() {
        return busy || !queued.isEmpty();
    }

    /** Another part of the window saved the item (its metadata): continue from that revision. */
    public void savedElsewhere(Item saved) {
        Item current = item.get();
        if (current != null && saved != null && current.id() == saved.id()) item.set(saved);
    }

    /** Applies a toolbar change and returns it, for the view to select the placeholder. */
    public MarkupEdit apply(MarkupEdit edit) {
        edited(edit.applyTo(text.get()));
        return edit;
    }

    /**
     * Keeps an image file with the item as an attachment and returns the figure markup after the caret's
     * paragraph, or null when the file could not be stored (the user was told).
     */
    public MarkupEdit insertImage(Path file, int caret) {
        Item current = item.get();
        if (current == null) return null;
        try {
            long id = session.get().editing().attachImage(current.id(), file);
            return apply(MarkupEdit.figure(text.get(), caret, id));
        } catch (RuntimeException e) {
            dialogs.showError(I18n.tr("editor.imageFailed"), file.toString(), Messages.describe(e));
            return null;
        }
    }

    // ---- one write at a time, in the order asked: a draft written after the revision would outlive it

    private void enqueue(Supplier<BackgroundTask<?>> job) {
        queued.add(job);
        next();
    }

    private void next() {
        while (!busy) {
            Supplier<BackgroundTask<?>> job = queued.poll();
            if (job == null) return;
            busy = true;
            BackgroundTask<?> task;
            try {
                task = job.get();
            } catch (RuntimeException e) {
                busy = false;
                throw e;
            }
            if (task == null) {
                busy = false;
                continue;
            }
            executor.execute(task);
            return;
        }
    }

    private <T> BackgroundTask<T> task(String name, BackgroundTask.Work<T> work, Consumer<T> ok, Consumer<Throwable> failed) {
        return BackgroundTask.of(name, work).onSuccess(r -> {
            try {
                ok.accept(r);
            } finally {
                busy = false;
                next();
            }
        }).onFailure(e -> {
            try {
                failed.accept(e);
            } finally {
                busy = false;
                next();
            }
        }).onCancelled(() -> {
            busy = false;
            next();
        });
    }

    private volatile long checkedItem = -1;
    private volatile org.annalist.check.CheckContext checkContext;
    private final java.util.concurrent.atomic.AtomicLong loadingContext = new java.util.concurrent.atomic.AtomicLong(-1);
    private volatile boolean rereadContext;

    /**
     * The proofreading context of item {@code itemId} — its publication's rule settings, people and the template's
     * fonts, with the places ignored in the item — when it is at hand; null while it is being read (reading the
     * archive and loading the fonts takes a moment, and the item's first styles must not wait for it) or without an
     * archive. A read starts on a thread of its own the first time; {@code loaded} runs (on that thread) when the
     * context is there, so the caller can check the text again.
     */
    public org.annalist.check.CheckContext checkContextOf(long itemId, Runnable loaded) {
        AnnalistSession s = session.get();
        if (s == null) return null;
        boolean have = checkedItem == itemId && checkContext != null;
        if (have && !rereadContext) return checkContext;
        // the context in hand stays in use while it is read again (after an ignore), so the underlines do not blink
        org.annalist.check.CheckContext meanwhile = have ? checkContext : null;
        rereadContext = false;
        long previous = loadingContext.getAndSet(itemId);
        if (previous == itemId) return meanwhile; // already being read
        Thread t = new Thread(() -> {
            try {
                org.annalist.check.CheckContext ctx = s.checks().contextOfItem(itemId, true);
                if (loadingContext.get() != itemId) return; // another item was opened meanwhile
                checkContext = ctx;
                checkedItem = itemId;
                loaded.run();
            } catch (RuntimeException e) {
                // no underlines rather than no editor: the command line says what is wrong with the checks
            } finally {
                loadingContext.compareAndSet(itemId, -1);
            }
        }, "editor-check-context");
        t.setDaemon(true);
        t.start();
        return meanwhile;
    }

    /** Remembers a finding's place as ignored (off the JavaFX thread), then runs {@code then} on it. */
    public void ignoreFinding(org.annalist.check.Finding finding, Runnable then) {
        AnnalistSession s = session.get();
        if (s == null) return;
        executor.execute(BackgroundTask.of(I18n.tr("editor.check.ignoreTask"), p -> s.checks().ignore(finding))
                .onSuccess(ok -> {
                    rereadContext = true;
                    then.run();
                })
                .onFailure(e -> dialogs.showError(I18n.tr("editor.check.ignoreFailed"), s.databaseFile().toString(), Messages.describe(e))));
    }

    /** Records off the JavaFX thread that the finding's fix was taken in the editor (for the 差错率 of a proof round). */
    public void acceptedFinding(org.annalist.check.Finding finding) {
        AnnalistSession s = session.get();
        if (s == null) return;
        executor.execute(BackgroundTask.of(I18n.tr("editor.check.acceptTask"), p -> {
            s.checks().accepted(finding);
            return null;
        }).onFailure(e -> dialogs.showError(I18n.tr("editor.check.acceptFailed"), s.databaseFile().toString(), Messages.describe(e))));
    }

    /** Who signs the suggestions the editor makes (the session's user), or null without an archive. */
    public String actor() {
        AnnalistSession s = session.get();
        return s == null ? null : s.actor();
    }
}
