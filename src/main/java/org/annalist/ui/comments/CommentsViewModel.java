package org.annalist.ui.comments;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.annalist.model.ReviewComment;
import org.annalist.service.AnnalistSession;
import org.annalist.service.BackgroundTask;
import org.annalist.service.CommentService;
import org.annalist.service.Messages;
import org.annalist.service.TaskExecutor;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The comments pane's state: the open item's threads placed on the editor's text (read and written in the
 * background through {@link CommentService}), kept on their words while typing goes on ({@link #edited}) and read
 * again from the archive when typing pauses ({@link #reload}).
 */
public final class CommentsViewModel {
    private final Supplier<AnnalistSession> session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<CommentService.Thread> threads = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper itemId = new ReadOnlyLongWrapper(-1);
    private Supplier<String> text = () -> "";
    /** Each load is numbered; an older one's result is not shown. */
    private long generation;

    public CommentsViewModel(Supplier<AnnalistSession> session, TaskExecutor executor, DialogService dialogs) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Where the editor's text is read from (the area's text now). */
    public void textFrom(Supplier<String> source) {
        text = source;
    }

    /** The open item's threads: orphaned ones first, then in text order; offsets in the editor's text. */
    public ObservableList<CommentService.Thread> threads() {
        return threads;
    }

    public ReadOnlyLongProperty itemIdProperty() {
        return itemId.getReadOnlyProperty();
    }

    /** The user who writes comments here (null without an archive). */
    public String actor() {
        AnnalistSession s = session.get();
        return s == null ? null : s.actor();
    }

    /** Whether the comment is the user's own (it may be deleted). */
    public boolean own(ReviewComment c) {
        return c.author().equals(actor());
    }

    /** Shows the threads of item {@code id} (-1: none), placed on the editor's text. */
    public void load(long id) {
        itemId.set(id);
        threads.clear();
        reload();
    }

    /** Reads the threads again and places them on the editor's text as it reads now. */
    public void reload() {
        long id = itemId.get();
        AnnalistSession s = session.get();
        long gen = ++generation;
        if (id < 0 || s == null) {
            threads.clear();
            return;
        }
        String now = text.get();
        run(I18n.tr("cpane.task.load"), () -> s.comments().threads(id, now), list -> {
            // a result for a text typed on since is left for the next reload
            if (gen == generation && id == itemId.get() && now.equals(text.get()) && !list.equals(threads)) threads.setAll(list);
        });
    }

    /** Writes a comment on {@code [from, to)} of the editor's text. */
    public void add(int from, int to, String body) {
        long id = itemId.get();
        AnnalistSession s = session.get();
        if (id < 0 || s == null) return;
        String now = text.get();
        run(I18n.tr("cpane.task.write"), () -> s.comments().add(id, now, from, to, body), c -> reload());
    }

    public void reply(long commentId, String body) {
        AnnalistSession s = session.get();
        if (s == null) return;
        run(I18n.tr("cpane.task.write"), () -> s.comments().reply(commentId, body), c -> reload());
    }

    public void resolve(long commentId, boolean resolved) {
        AnnalistSession s = session.get();
        if (s == null) return;
        run(I18n.tr("cpane.task.write"), () -> {
            s.comments().resolve(commentId, resolved);
            return Boolean.TRUE;
        }, c -> reload());
    }

    public void delete(long commentId) {
        AnnalistSession s = session.get();
        if (s == null) return;
        run(I18n.tr("cpane.task.write"), () -> s.comments().delete(commentId), c -> reload());
    }

    /**
     * The editor's text changed at {@code pos}: {@code removed} characters replaced by {@code inserted}. The threads
     * move with their words: text typed before them moves them, inside them widens them, after them leaves them;
     * a thread whose words are all gone is orphaned.
     */
    public void edited(int pos, int removed, int inserted) {
        List<CommentService.Thread> moved = new ArrayList<>(threads.size());
        boolean changed = false;
        for (CommentService.Thread t : threads) {
            CommentService.Thread n = shifted(t, pos, removed, inserted);
            changed |= n != t;
            moved.add(n);
        }
        if (!changed) return;
        moved.sort(java.util.Comparator.comparing((CommentService.Thread t) -> !t.orphaned())
                .thenComparingInt(CommentService.Thread::from).thenComparingLong(t -> t.root().id()));
        threads.setAll(moved);
    }

    static CommentService.Thread shifted(CommentService.Thread t, int pos, int removed, int inserted) {
        if (t.orphaned()) return t;
        int from = t.from();
        int to = t.to();
        int end = pos + removed;
        if (removed == 0) {
            if (inserted == 0 || to < pos || (to == pos && from < to)) return t;
            return new CommentService.Thread(t.root(), t.replies(), from >= pos ? from + inserted : from, to + inserted, false, t.quote());
        }
        if (to <= pos && !(from == to && from == pos)) return t;
        if (from < to && from >= pos && to <= end) {
            return new CommentService.Thread(t.root(), t.replies(), -1, -1, true, t.quote());
        }
        int f = from < pos ? from : from >= end ? from - removed + inserted : pos;
        int e = to <= pos ? to : to >= end ? to - removed + inserted : pos + inserted;
        return new CommentService.Thread(t.root(), t.replies(), f, Math.max(f, e), false, t.quote());
    }

    private <T> void run(String title, java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        executor.execute(BackgroundTask.<T>of(title, p -> work.call()).onSuccess(done)
                .onFailure(e -> dialogs.showError(I18n.tr("cpane.failed"), "", Messages.describe(e))));
    }
}
