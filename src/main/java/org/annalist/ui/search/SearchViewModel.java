package org.annalist.ui.search;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.annalist.model.Item;
import org.annalist.service.AnnalistSession;
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
 * 在出版物中查找: the string, ignore case or not, which publication; the search runs on the task executor over the
 * stored text of the publication's items and the unsaved text of the item being edited; a hit opens its item (the
 * edited one becomes a revision first, as whenever another item is opened) and has the editor select it.
 */
public final class SearchViewModel {
    /** A publication to search in, as the list shows it. */
    public record Scope(long publicationId, String label) {
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
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty ignoreCase = new SimpleBooleanProperty(true);
    private final ObservableList<Scope> publications = FXCollections.observableArrayList();
    private final ObjectProperty<Scope> publication = new SimpleObjectProperty<>();
    private final ObservableList<PublicationSearch.Hit> hits = FXCollections.observableArrayList();
    private final BooleanProperty searching = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private TaskExecutor.Handle running;
    /** Counts searches: the outcome of one a newer search replaced is dropped. */
    private long searches;
    /** The hit waiting for its item to be shown in the editor. */
    private PublicationSearch.Hit pending;
    private String pendingQuery;
    private boolean pendingIgnoreCase;

    /** {@code openItem}: opens an item by its number in the editor (the main window's way, with the tree following). */
    public SearchViewModel(Supplier<AnnalistSession> session, TaskExecutor executor, DialogService dialogs, EditorViewModel editor,
                           LongConsumer openItem) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.editor = editor;
        this.openItem = openItem;
        editor.shownProperty().addListener((o, a, b) -> revealPending());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty ignoreCaseProperty() {
        return ignoreCase;
    }

    public ObservableList<Scope> publications() {
        return publications;
    }

    public ObjectProperty<Scope> publicationProperty() {
        return publication;
    }

    public ObservableList<PublicationSearch.Hit> hits() {
        return hits;
    }

    public BooleanProperty searchingProperty() {
        return searching;
    }

    /** How many hits in how many items, or why there are none. */
    public StringProperty statusProperty() {
        return status;
    }

    /** The publications to choose from, and the one to search unless the user picks another (null: keep the choice). */
    public void offer(List<Scope> scopes, Long current) {
        Scope before = publication.get();
        publications.setAll(scopes);
        Scope pick = scopes.stream().filter(s -> current != null && s.publicationId() == current).findFirst()
                .or(() -> scopes.stream().filter(s -> before != null && s.publicationId() == before.publicationId()).findFirst())
                .orElse(scopes.isEmpty() ? null : scopes.get(0));
        publication.set(pick);
    }

    /** Searches the chosen publication (a search still running is cancelled). */
    public void search() {
        AnnalistSession s = session.get();
        Scope scope = publication.get();
        String q = query.get();
        if (s == null || scope == null) return;
        if (q == null || q.isEmpty()) {
            hits.clear();
            status.set(I18n.tr("search.enterText"));
            return;
        }
        if (running != null) running.cancel();
        boolean ic = ignoreCase.get();
        // read on this thread: the editor's text belongs to the JavaFX thread
        Item open = editor.current();
        PublicationSearch.OpenItem typed = open == null ? null : new PublicationSearch.OpenItem(open.id(), open.body());
        String untitled = I18n.tr("tree.untitled");
        searching.set(true);
        status.set(I18n.tr("search.running", scope.label()));
        long gen = ++searches;
        running = executor.execute(BackgroundTask.of(I18n.tr("search.task"), p -> {
            var pub = s.queries().publication(String.valueOf(scope.publicationId()))
                    .orElseThrow(() -> new IllegalStateException(I18n.tr("search.publicationGone", scope.label())));
            return PublicationSearch.search(pub, q, ic, typed, untitled, p::isCancelled);
        }).onSuccess(r -> {
            if (gen != searches) return;
            searching.set(false);
            hits.setAll(r.hits());
            long items = r.hits().stream().mapToLong(PublicationSearch.Hit::itemId).distinct().count();
            status.set(r.hits().isEmpty() ? I18n.tr("search.none", q, r.itemsSearched())
                    : I18n.tr(r.truncated() ? "search.countTruncated" : "search.count", r.hits().size(), items, r.itemsSearched()));
        }).onFailure(e -> {
            if (gen != searches) return;
            searching.set(false);
            status.set(I18n.tr("search.failed"));
            dialogs.showError(I18n.tr("search.failed"), s.databaseFile().toString(), Messages.describe(e));
        }).onCancelled(() -> {
            if (gen == searches) searching.set(false);
        }));
    }

    /**
     * Opens a hit: the item comes into the editor (after the edited one became a revision, if it changed) and the
     * editor selects the found words. When the text differs from the one searched (a draft, typing since), the
     * nearest occurrence is selected; when the words are gone, the item is only opened, and the status says so.
     */
    public void open(PublicationSearch.Hit hit) {
        if (hit == null) return;
        pending = hit;
        pendingQuery = query.get();
        pendingIgnoreCase = ignoreCase.get();
        Item current = editor.itemProperty().get();
        if (current != null && current.id() == hit.itemId()) revealPending();
        else openItem.accept(hit.itemId());
    }

    private void revealPending() {
        PublicationSearch.Hit hit = pending;
        Item current = editor.itemProperty().get();
        if (hit == null || current == null) return;
        pending = null;
        if (current.id() != hit.itemId()) return; // another item came instead (opening the hit's item failed)
        String text = editor.textProperty().get();
        String q = pendingQuery == null || pendingQuery.isEmpty() ? text.substring(Math.min(hit.start(), text.length()),
                Math.min(hit.end(), text.length())) : pendingQuery;
        int at = PublicationSearch.relocate(text, q, hit.start(), pendingIgnoreCase, hit.before());
        if (at < 0) {
            status.set(I18n.tr("search.gone", hit.where()));
            return;
        }
        editor.reveal(at, at + q.length());
    }
}
