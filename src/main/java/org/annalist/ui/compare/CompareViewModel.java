package org.annalist.ui.compare;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.annalist.doc.diff.TextDiff;
import org.annalist.model.Revision;
import org.annalist.service.AnnalistSession;
import org.annalist.service.BackgroundTask;
import org.annalist.service.Messages;
import org.annalist.service.RevisionHistory;
import org.annalist.service.TaskExecutor;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The 修订记录 window's state: the item's revisions as rows, the two chosen (A, the older, and B), their comparison,
 * and 恢复此版. Reading, comparing and restoring run on the task executor, never on the JavaFX thread; only the
 * latest comparison asked for is shown. Before a restore the editor's unsaved text is saved ({@code saveFirst}),
 * so nothing typed is lost and the restore does not collide with it; {@code restored} opens the item afterwards.
 */
public final class CompareViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One revision as the list shows it. */
    public record Row(Revision revision, String number, String author, String when, String note) {
        /** "第 3 版 · 王校对 · 2026-12-06 10:20 · 改题" for the head of its side. */
        public String head() {
            String s = revision.number() == RevisionHistory.DRAFT ? I18n.tr("compare.draftHead", author, when)
                    : I18n.tr("compare.head", revision.number(), author, when);
            return note.isBlank() ? s : s + " · " + note;
        }

        @Override
        public String toString() {
            if (revision.number() == RevisionHistory.DRAFT) return I18n.tr("compare.draftChoice", author, when);
            return I18n.tr("compare.choice", revision.number(), author, when);
        }
    }

    private final Supplier<AnnalistSession> session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<Runnable> saveFirst;
    private final LongConsumer restored;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> a = new SimpleObjectProperty<>();
    private final ObjectProperty<Row> b = new SimpleObjectProperty<>();
    private final ObjectProperty<RevisionHistory.Comparison> comparison = new SimpleObjectProperty<>();
    private final StringProperty itemTitle = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private long itemId = -1;
    /** Counts the comparisons asked for: only the latest one's outcome is shown. */
    private long asked;
    /** What the last restore did, said before the next comparison's summary (null: nothing). */
    private String done;
    /** Both revisions are being set: compare once, afterwards. */
    private boolean choosing;

    public CompareViewModel(Supplier<AnnalistSession> session, TaskExecutor executor, DialogService dialogs,
                            Consumer<Runnable> saveFirst, LongConsumer restored) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.saveFirst = saveFirst;
        this.restored = restored;
        a.addListener((o, x, y) -> {
            if (!choosing) compare();
        });
        b.addListener((o, x, y) -> {
            if (!choosing) compare();
        });
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The revision chosen first (shown on the left, its deletions struck). */
    public ObjectProperty<Row> aProperty() {
        return a;
    }

    /** The revision chosen second (shown on the right, its insertions underlined). */
    public ObjectProperty<Row> bProperty() {
        return b;
    }

    public ObjectProperty<RevisionHistory.Comparison> comparisonProperty() {
        return comparison;
    }

    public StringProperty itemTitleProperty() {
        return itemTitle;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public long itemId() {
        return itemId;
    }

    /** Reads the item's revisions and compares the last two (the only one with itself, when there is one). */
    public void load(long id, String title) {
        itemId = id;
        withDraft = false;
        itemTitle.set(title == null ? "" : title);
        read(null);
    }

    /**
     * After a refused save (someone else's revision landed meanwhile): the revisions and, last, the user's draft (the
     * refused text), the latest revision compared with the draft, so the user merges the two by hand in the editor.
     */
    public void loadWithDraft(long id, String title) {
        itemId = id;
        withDraft = true;
        itemTitle.set(title == null ? "" : title);
        read(null);
    }

    /** The list ends with the user's draft ({@link #loadWithDraft}). */
    private boolean withDraft;

    /** Reads the revisions again, then compares {@code aNumber} with the latest (null: the last two). */
    private void read(Integer aNumber) {
        AnnalistSession s = session.get();
        if (s == null || itemId < 0) return;
        long id = itemId;
        boolean draft = withDraft;
        run(s, I18n.tr("compare.reading"), () -> {
            List<Revision> all = new java.util.ArrayList<>(s.revisionHistory().revisions(id));
            if (draft) s.revisionHistory().draft(id).ifPresent(all::add);
            return all;
        }, revisions -> {
            if (id != itemId) return;
            List<Row> list = revisions.stream().map(CompareViewModel::row).toList();
            if (draft && list.size() > 1 && list.get(list.size() - 1).revision().number() == RevisionHistory.DRAFT) {
                rows.setAll(list);
                set(list.get(list.size() - 2), list.get(list.size() - 1));
                return;
            }
            Row oldA = a.get();
            rows.setAll(list);
            if (list.isEmpty()) {
                a.set(null);
                b.set(null);
                return;
            }
            Row last = list.get(list.size() - 1);
            Row first = aNumber != null ? find(aNumber) : list.size() > 1 ? list.get(list.size() - 2) : last;
            set(first == null ? oldA : first, last);
        });
    }

    private Row find(int number) {
        return rows.stream().filter(r -> r.revision().number() == number).findFirst().orElse(null);
    }

    /** Chooses two revisions, the older as A. */
    public void choose(int x, int y) {
        // the draft (0) is newer than every revision
        boolean xFirst = y == RevisionHistory.DRAFT || (x != RevisionHistory.DRAFT && x <= y);
        Row rx = find(xFirst ? x : y);
        Row ry = find(xFirst ? y : x);
        if (rx == null || ry == null) return;
        set(rx, ry);
    }

    private void set(Row ra, Row rb) {
        choosing = true;
        try {
            a.set(ra);
            b.set(rb);
        } finally {
            choosing = false;
        }
        compare();
    }

    /** Compares the chosen two off the JavaFX thread. */
    private void compare() {
        AnnalistSession s = session.get();
        Row ra = a.get();
        Row rb = b.get();
        if (s == null || ra == null || rb == null) {
            comparison.set(null);
            return;
        }
        long ask = ++asked;
        long id = itemId;
        int na = ra.revision().number();
        int nb = rb.revision().number();
        status.set(I18n.tr("compare.comparing"));
        executor.execute(BackgroundTask.<RevisionHistory.Comparison>of(I18n.tr("compare.comparing"),
                p -> s.revisionHistory().compare(id, na, nb)).onSuccess(c -> {
            if (ask != asked) return;
            comparison.set(c);
            status.set(done == null ? summary(c) : done + I18n.tr("compare.then") + summary(c));
            done = null;
        }).onFailure(e -> {
            if (ask != asked) return;
            status.set(I18n.tr("compare.failed"));
            dialogs.showError(I18n.tr("compare.failed"), s.databaseFile().toString(), Messages.describe(e));
        }));
    }

    /** "插入 5 字，删除 2 字，移动 1 段" or that the two read the same. */
    static String summary(RevisionHistory.Comparison c) {
        if (c.b().number() == RevisionHistory.DRAFT || c.a().number() == RevisionHistory.DRAFT) {
            Revision other = c.b().number() == RevisionHistory.DRAFT ? c.a() : c.b();
            if (c.same()) return I18n.tr("compare.sameDraft", other.number());
            int ins = 0;
            int del = 0;
            for (TextDiff d : List.of(c.title(), c.subtitle(), c.body())) {
                ins += d.inserted();
                del += d.deleted();
            }
            return I18n.tr("compare.summaryDraft", other.number(), ins, del);
        }
        if (c.same()) return I18n.tr("compare.same", c.a().number(), c.b().number());
        int ins = 0;
        int del = 0;
        int moves = 0;
        for (TextDiff d : List.of(c.title(), c.subtitle(), c.body())) {
            ins += d.inserted();
            del += d.deleted();
            moves += d.moves();
        }
        return I18n.tr("compare.summary", c.a().number(), c.b().number(), ins, del, moves);
    }

    /** Whether {@code row} can be restored: it is not the latest revision. */
    public boolean restorable(Row row) {
        if (row == null || row.revision().number() == RevisionHistory.DRAFT) return false;
        int latest = rows.stream().mapToInt(r -> r.revision().number()).max().orElse(0);
        return row.revision().number() != latest;
    }

    /**
     * 恢复此版: asks first, saves what the editor holds, then makes revision {@code row} the item's text again as a
     * new revision; the list is read again and the editor opens the item.
     */
    public void restore(Row row) {
        AnnalistSession s = session.get();
        if (s == null || !restorable(row)) return;
        int number = row.revision().number();
        if (!dialogs.confirm(I18n.tr("compare.restore"), I18n.tr("compare.restoreQuestion", number, itemTitle.get()))) return;
        long id = itemId;
        saveFirst.accept(() -> run(s, I18n.tr("compare.restoring"), () -> s.revisionHistory().restore(id, number), item -> {
            done = I18n.tr("compare.restored", number, item.revision());
            status.set(done);
            itemTitle.set(item.title());
            restored.accept(id);
            read(number);
        }));
    }

    private <T> void run(AnnalistSession s, String title, Supplier<T> work, Consumer<T> then) {
        busy.set(true);
        executor.execute(BackgroundTask.<T>of(title, p -> work.get()).onSuccess(r -> {
            busy.set(false);
            then.accept(r);
        }).onFailure(e -> {
            busy.set(false);
            status.set(I18n.tr("compare.failed"));
            dialogs.showError(I18n.tr("compare.failed"), s.databaseFile().toString(), Messages.describe(e));
        }).onCancelled(() -> busy.set(false)));
    }

    static Row row(Revision r) {
        return new Row(r, r.number() == RevisionHistory.DRAFT ? I18n.tr("compare.draftNumber") : I18n.tr("compare.number", r.number()), r.author(),
                r.createdAt() == null ? "" : WHEN.format(r.createdAt().atZone(ZoneId.systemDefault())),
                r.note() == null ? "" : r.note());
    }
}
