package org.annalist.ui.authority;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.annalist.model.Item;
import org.annalist.model.Mention;
import org.annalist.model.Person;
import org.annalist.model.Place;
import org.annalist.service.AnnalistSession;
import org.annalist.service.AuthorityService;
import org.annalist.service.BackgroundTask;
import org.annalist.service.Messages;
import org.annalist.service.TaskExecutor;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;
import org.annalist.ui.editor.EditorViewModel;

import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The 人物与地名 window's state: which list (persons or places), the filter, the entries in pinyin order, the chosen
 * entry's page, and the open item's offered mentions. Every read and write goes to the task executor; the results are
 * put in place on the JavaFX thread. Opening a page's item puts the editor's caret on the first confirmed mention, as
 * 档案检索 does with a hit.
 */
public final class AuthorityViewModel {
    /** One line of the list: a person or a place. */
    public record Entry(Mention.Kind kind, long id, String label, Person person, Place place) {
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
    private final ObjectProperty<Mention.Kind> kind = new SimpleObjectProperty<>(Mention.Kind.PERSON);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<Entry> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<AuthorityService.Page> page = new SimpleObjectProperty<>();
    private final ObservableList<AuthorityService.PageRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AuthorityService.Placed> offered = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private AuthorityService.PageRow pending;
    private long loads;

    public AuthorityViewModel(Supplier<AnnalistSession> session, TaskExecutor executor, DialogService dialogs,
                              EditorViewModel editor, LongConsumer openItem) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.editor = editor;
        this.openItem = openItem;
        editor.shownProperty().addListener((o, a, b) -> revealPending());
        kind.addListener((o, a, b) -> refresh());
        selected.addListener((o, a, b) -> loadPage(b));
    }

    public ObjectProperty<Mention.Kind> kindProperty() {
        return kind;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    public ObjectProperty<Entry> selectedProperty() {
        return selected;
    }

    public ObjectProperty<AuthorityService.Page> pageProperty() {
        return page;
    }

    public ObservableList<AuthorityService.PageRow> rows() {
        return rows;
    }

    public ObservableList<AuthorityService.Placed> offered() {
        return offered;
    }

    public StringProperty statusProperty() {
        return status;
    }

    private <T> void run(String what, BackgroundTask.Work<T> work, java.util.function.Consumer<T> done) {
        executor.execute(BackgroundTask.of(what, work).onSuccess(done::accept)
                .onFailure(e -> dialogs.showError(what, "", Messages.describe(e))));
    }

    /** Reads the list again (the chosen entry stays chosen if it is still there). */
    public void refresh() {
        AnnalistSession s = session.get();
        if (s == null) return;
        Mention.Kind k = kind.get();
        String f = filter.get();
        long gen = ++loads;
        run(I18n.tr("authority.task.list"), p -> k == Mention.Kind.PERSON
                ? s.authority().persons(f).stream().map(AuthorityViewModel::entry).toList()
                : s.authority().places(f).stream().map(AuthorityViewModel::entry).toList(), list -> {
            if (gen != loads) return;
            Entry before = selected.get();
            entries.setAll(list);
            status.set(I18n.tr(k == Mention.Kind.PERSON ? "authority.countPersons" : "authority.countPlaces", list.size()));
            if (before != null) {
                list.stream().filter(e -> e.kind() == before.kind() && e.id() == before.id()).findFirst()
                        .ifPresentOrElse(selected::set, () -> selected.set(null));
            }
        });
    }

    static Entry entry(Person p) {
        StringBuilder sb = new StringBuilder(p.name());
        if (p.zi() != null) sb.append("　").append(I18n.tr("authority.zi", p.zi()));
        if (p.hao() != null) sb.append("　").append(I18n.tr("authority.hao", p.hao()));
        if (!p.lifeDates().isEmpty()) sb.append("（").append(p.lifeDates()).append("）");
        return new Entry(Mention.Kind.PERSON, p.id(), sb.toString(), p, null);
    }

    static Entry entry(Place p) {
        return new Entry(Mention.Kind.PLACE, p.id(), p.name() + (p.kind() == null ? "" : "（" + p.kind() + "）"), null, p);
    }

    private void loadPage(Entry e) {
        AnnalistSession s = session.get();
        if (e == null || s == null) {
            page.set(null);
            rows.clear();
            return;
        }
        run(I18n.tr("authority.task.page"), p -> e.kind() == Mention.Kind.PERSON ? s.authority().personPage(e.id())
                : s.authority().placePage(e.id()), pg -> {
            if (selected.get() == null || selected.get().id() != pg.id() || selected.get().kind() != pg.kind()) return;
            page.set(pg);
            rows.setAll(pg.rows());
        });
    }

    /** Adds a person or place (by the list shown) of this name and chooses it. */
    public void add(String name) {
        AnnalistSession s = session.get();
        if (s == null || name == null || name.isBlank()) return;
        Mention.Kind k = kind.get();
        run(I18n.tr("authority.task.save"), p -> k == Mention.Kind.PERSON ? entry(s.authority().savePerson(new Person(0, name, List.of(), null)))
                : entry(s.authority().savePlace(new Place(0, name))), e -> {
            filter.set("");
            selected.set(e);
            refresh();
        });
    }

    /** Stores an edited person (the window's edit dialog made it). */
    public void save(Person person) {
        AnnalistSession s = session.get();
        if (s == null) return;
        run(I18n.tr("authority.task.save"), p -> entry(s.authority().savePerson(person)), e -> {
            selected.set(e);
            refresh();
        });
    }

    public void save(Place place) {
        AnnalistSession s = session.get();
        if (s == null) return;
        run(I18n.tr("authority.task.save"), p -> entry(s.authority().savePlace(place)), e -> {
            selected.set(e);
            refresh();
        });
    }

    /** Merges {@code gone} into {@code keep} (names, mentions, credits), then shows the kept one. */
    public void merge(Entry keep, Entry gone) {
        AnnalistSession s = session.get();
        if (s == null || keep == null || gone == null || keep.kind() != gone.kind()) return;
        run(I18n.tr("authority.task.merge"), p -> keep.kind() == Mention.Kind.PERSON
                ? entry(s.authority().mergePersons(keep.id(), gone.id())) : entry(s.authority().mergePlaces(keep.id(), gone.id())), e -> {
            selected.set(e);
            refresh();
        });
    }

    /** Opens a page's item; once shown, the caret goes to the first confirmed mention (from its anchor). */
    public void open(AuthorityService.PageRow row) {
        if (row == null) return;
        pending = row;
        Item current = editor.itemProperty().get();
        if (current != null && current.id() == row.itemId()) revealPending();
        else openItem.accept(row.itemId());
    }

    private void revealPending() {
        AuthorityService.PageRow row = pending;
        Item current = editor.itemProperty().get();
        if (row == null || current == null) return;
        pending = null;
        if (current.id() != row.itemId()) return;
        editor.reveal(row.caret(), row.caretEnd());
    }

    // ---- the open item's mentions

    /**
     * Finds the names of the lists in the open item's text as the editor has it (unsaved typing too), stores the new
     * ones as offered, and lists what is offered.
     */
    public void offerInOpenItem() {
        AnnalistSession s = session.get();
        Item item = editor.itemProperty().get();
        if (s == null || item == null) return;
        String text = editor.textProperty().get();
        run(I18n.tr("authority.task.offer"), p -> {
            int n = s.authority().offer(item.id(), text);   // the editor's text, typed words too
            return new Object[] {n, s.authority().mentions(item.id(), text, Mention.Status.OFFERED)};
        }, r -> {
            @SuppressWarnings("unchecked")
            List<AuthorityService.Placed> list = (List<AuthorityService.Placed>) r[1];
            offered.setAll(list.stream().filter(m -> !m.orphaned()).toList());
            status.set(I18n.tr("authority.offered", r[0], offered.size()));
        });
    }

    /** Confirms ({@code confirm}) or rejects one offered mention, or every offered one of its entry in the item ({@code all}). */
    public void decide(AuthorityService.Placed m, boolean confirm, boolean all) {
        AnnalistSession s = session.get();
        Item item = editor.itemProperty().get();
        if (s == null || m == null || item == null) return;
        String text = editor.textProperty().get();
        run(I18n.tr("authority.task.decide"), p -> {
            if (all) s.authority().decideAll(m.mention().itemId(), m.mention().kind(), m.mention().entryId(), confirm);
            else if (confirm) s.authority().confirm(m.mention().id());
            else s.authority().reject(m.mention().id());
            return s.authority().mentions(item.id(), text, Mention.Status.OFFERED);
        }, list -> {
            offered.setAll(list.stream().filter(x -> !x.orphaned()).toList());
            status.set(I18n.tr("authority.pending", offered.size()));
            loadPage(selected.get());
        });
    }

    /** Puts the editor's selection on an offered mention. */
    public void show(AuthorityService.Placed m) {
        if (m != null && !m.orphaned()) editor.reveal(m.from(), m.to());
    }
}
