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
import org.annalist.model.SearchResults;
import org.annalist.service.AnnalistSession;
import org.annalist.service.BackgroundTask;
import org.annalist.service.Messages;
import org.annalist.service.TaskExecutor;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;
import org.annalist.ui.editor.EditorViewModel;

import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * 档案检索 (Ctrl+Shift+F): the query in the search language over the whole archive or one publication, by relevance
 * or by year; the hits with their snippets and the facet counts. The search (and the first opening of the index) runs
 * on the task executor. Opening a hit opens its item and puts the editor's caret on the hit at the offset the index
 * carries (the preview follows the caret to the page): the words are not looked for again.
 */
public final class ArchiveSearchViewModel {
    /** A publication to search in (id null: the whole archive). */
    public record Scope(Long publicationId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One facet value with its count, and the filter that narrows the query to it. */
    public record Facet(String dimension, String value, long count) {
        public String filter() {
            String field = switch (dimension) {
                case SearchResults.CATEGORY -> "类目";
                case SearchResults.PERIOD -> "时期";
                case SearchResults.PLACE -> "地点";
                case SearchResults.PERSON -> "人物";
                case SearchResults.STATE -> "状态";
                default -> "书";
            };
            return field + ":\"" + value + "\"";
        }

        @Override
        public String toString() {
            return value + " (" + count + ")";
        }
    }

    private final Supplier<AnnalistSession> session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final EditorViewModel editor;
    private final LongConsumer openItem;
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty byDate = new SimpleBooleanProperty(false);
    private final ObservableList<Scope> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    private final ObservableList<SearchResults.Hit> hits = FXCollections.observableArrayList();
    private final ObservableList<Facet> facets = FXCollections.observableArrayList();
    private final BooleanProperty searching = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private TaskExecutor.Handle running;
    private long searches;
    private SearchResults.Hit pending;

    public ArchiveSearchViewModel(Supplier<AnnalistSession> session, TaskExecutor executor, DialogService dialogs,
                                  EditorViewModel editor, LongConsumer openItem) {
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

    public BooleanProperty byDateProperty() {
        return byDate;
    }

    public ObservableList<Scope> scopes() {
        return scopes;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObservableList<SearchResults.Hit> hits() {
        return hits;
    }

    public ObservableList<Facet> facets() {
        return facets;
    }

    public BooleanProperty searchingProperty() {
        return searching;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The publications to choose from, after "the whole archive"; {@code current} preselected if given. */
    public void offer(List<Scope> publications, Long current) {
        Scope all = new Scope(null, I18n.tr("archsearch.everywhere"));
        Scope before = scope.get();
        scopes.setAll(all);
        scopes.addAll(publications);
        Scope pick = scopes.stream().filter(s -> before != null && java.util.Objects.equals(s.publicationId(), before.publicationId()))
                .findFirst().orElse(all);
        scope.set(pick);
    }

    /** Narrows the query to a facet value and searches again. */
    public void narrow(Facet f) {
        if (f == null) return;
        String q = query.get() == null ? "" : query.get().strip();
        query.set((q.isEmpty() ? "" : q + " ") + f.filter());
        search();
    }

    /** Searches (a search still running is dropped). */
    public void search() {
        AnnalistSession s = session.get();
        String q = query.get();
        if (s == null) return;
        if (q == null || q.isBlank()) {
            hits.clear();
            facets.clear();
            status.set(I18n.tr("archsearch.enterText"));
            return;
        }
        if (running != null) running.cancel();
        Scope where = scope.get();
        String pub = where == null || where.publicationId() == null ? null : String.valueOf(where.publicationId());
        boolean date = byDate.get();
        searching.set(true);
        status.set(I18n.tr("archsearch.running"));
        long gen = ++searches;
        running = executor.execute(BackgroundTask.of(I18n.tr("archsearch.task"), p -> {
            var search = s.search();
            search.awaitInStep();
            return search.search(q, pub, date, 200, true);
        }).onSuccess(r -> {
            if (gen != searches) return;
            searching.set(false);
            hits.setAll(r.hits());
            facets.clear();
            for (Map.Entry<String, List<SearchResults.FacetCount>> e : r.facets().entrySet()) {
                for (SearchResults.FacetCount c : e.getValue()) facets.add(new Facet(e.getKey(), c.value(), c.count()));
            }
            status.set(r.total() == 0 ? I18n.tr("archsearch.none", q)
                    : I18n.tr("archsearch.count", r.total(), r.hits().size(), r.tookMillis()));
        }).onFailure(e -> {
            if (gen != searches) return;
            searching.set(false);
            status.set(I18n.tr("archsearch.failed"));
            dialogs.showError(I18n.tr("archsearch.failed"), q, Messages.describe(e));
        }).onCancelled(() -> {
            if (gen == searches) searching.set(false);
        }));
    }

    /** Opens a hit's item; once it is shown, the caret goes to the hit's offset in its Markdown. */
    public void open(SearchResults.Hit hit) {
        if (hit == null) return;
        pending = hit;
        Item current = editor.itemProperty().get();
        if (current != null && current.id() == hit.itemId()) revealPending();
        else openItem.accept(hit.itemId());
    }

    private void revealPending() {
        SearchResults.Hit hit = pending;
        Item current = editor.itemProperty().get();
        if (hit == null || current == null) return;
        pending = null;
        if (current.id() != hit.itemId()) return;
        if (!"body".equals(hit.field()) || hit.offset() < 0) {
            editor.reveal(0, 0);
            return;
        }
        editor.reveal(hit.offset(), hit.offset() + hit.length());
    }

    /** A one-line label for a facet dimension. */
    public static String dimensionLabel(String dim) {
        return I18n.tr("archsearch.facet." + dim);
    }
}
