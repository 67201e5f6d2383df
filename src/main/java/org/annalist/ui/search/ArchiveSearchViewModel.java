package org.annalist.ui.search;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.annalist.doc.diff.OffsetMap;
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
 * The one search window's model, two ways of searching over the whole archive or one publication:
 * <ul><li>档案检索 (Ctrl+Shift+F): the query in the search language through the index, by relevance or by year; the
 * hits with their snippets and the facet counts;</li>
 * <li>逐字查找 (Ctrl+Shift+H, {@link #exactProperty}): the string as typed, ignoring case or not, in the stored text of
 * the items and the unsaved text of the item being edited ({@link PublicationSearch}), in reading order.</li></ul>
 * Both run on the task executor and give {@link SearchResults.Hit}s. Opening a hit opens its item (the edited one
 * becomes a revision first) and puts the editor's selection on the hit at its offset — or, when the text changed since
 * (a draft, typing), on the nearest place the words still stand; when they are gone only the item opens and the status
 * says so.
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
    private final BooleanProperty exact = new SimpleBooleanProperty(false);
    private final BooleanProperty ignoreCase = new SimpleBooleanProperty(true);
    private final ObservableList<Scope> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    private final ObservableList<SearchResults.Hit> hits = FXCollections.observableArrayList();
    private final ObservableList<Facet> facets = FXCollections.observableArrayList();
    private final BooleanProperty searching = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private TaskExecutor.Handle running;
    private long searches;
    private SearchResults.Hit pending;
    /** The text the pending hit's offset is in (null: none known, the item is only opened). */
    private String pendingBasis;
    /** The query of the last search through the index (null after a 逐字查找). */
    private String indexQuery;
    /** The texts the last 逐字查找 searched, by item (those with hits): the texts its offsets are in. */
    private Map<Long, String> scanned = Map.of();
    /** The hits that get a snippet when searching through the index (the list shows them first). */
    static final int SNIPPETS = 20;
    static final int LIMIT = 200;

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

    /** 逐字查找: the string as typed instead of the index's search language. */
    public BooleanProperty exactProperty() {
        return exact;
    }

    /** With {@link #exactProperty}: Latin letters and the like in either case. */
    public BooleanProperty ignoreCaseProperty() {
        return ignoreCase;
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

    /**
     * The publications to choose from, after "the whole archive"; {@code current} preselected if given, else the
     * choice made before, else the whole archive.
     */
    public void offer(List<Scope> publications, Long current) {
        Scope all = new Scope(null, I18n.tr("archsearch.everywhere"));
        Scope before = scope.get();
        scopes.setAll(all);
        scopes.addAll(publications);
        Scope pick = scopes.stream().filter(s -> current != null && current.equals(s.publicationId())).findFirst()
                .or(() -> scopes.stream().filter(s -> before != null && java.util.Objects.equals(s.publicationId(), before.publicationId()))
                        .findFirst()).orElse(all);
        scope.set(pick);
    }

    /** Narrows the query to a facet value and searches again. */
    public void narrow(Facet f) {
        if (f == null) return;
        String q = query.get() == null ? "" : query.get().strip();
        query.set((q.isEmpty() ? "" : q + " ") + f.filter());
        search();
    }

    /** The items whose snippet was asked of the index since the last search (each once). */
    private final java.util.Set<Long> snippetsAsked = new java.util.HashSet<>();

    /**
     * A hit listed beyond the first {@link #SNIPPETS} (without a snippet) is being shown: its snippet and offset are
     * asked of the index once, off the JavaFX thread, and the hit in the list is replaced by the one with them.
     */
    public void wantSnippet(SearchResults.Hit h) {
        AnnalistSession s = session.get();
        String q = indexQuery;
        if (h == null || s == null || q == null || h.field() != null || h.offset() >= 0 || h.basis() == null) return;
        if (!snippetsAsked.add(h.itemId())) return;
        long gen = searches;
        executor.execute(BackgroundTask.of(I18n.tr("archsearch.task"), p -> s.search().hit(q, h.itemId())).onSuccess(found -> {
            if (gen != searches || found.isEmpty()) return;
            int at = hits.indexOf(h);
            if (at < 0) return;
            SearchResults.Hit f = found.get();
            hits.set(at, new SearchResults.Hit(h.itemId(), h.title(), h.publication(), h.category(), h.status(), h.year(),
                    h.score(), f.snippet(), f.field(), f.offset(), f.length(), f.basis()));
        }));
    }

    /** Searches (a search still running is dropped). */
    public void search() {
        snippetsAsked.clear();
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
        if (exact.get()) {
            searchText(s, q);
            return;
        }
        Scope where = scope.get();
        String pub = where == null || where.publicationId() == null ? null : String.valueOf(where.publicationId());
        boolean date = byDate.get();
        indexQuery = q;
        searching.set(true);
        status.set(I18n.tr("archsearch.running"));
        long gen = ++searches;
        running = executor.execute(BackgroundTask.of(I18n.tr("archsearch.task"), p -> {
            var search = s.search();
            search.awaitInStep();
            return search.search(q, pub, date, LIMIT, SNIPPETS, true);
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

    /**
     * 逐字查找 over the chosen publication or, for the whole archive, every publication offered (in their order); the
     * edited item in its unsaved text, read here since it belongs to the JavaFX thread.
     */
    private void searchText(AnnalistSession s, String q) {
        Scope where = scope.get();
        List<Scope> pubs = where == null || where.publicationId() == null
                ? scopes.stream().filter(x -> x.publicationId() != null).toList() : List.of(where);
        boolean ic = ignoreCase.get();
        indexQuery = null;
        Item open = editor.current();
        PublicationSearch.OpenItem typed = open == null ? null : new PublicationSearch.OpenItem(open.id(), open.body());
        String untitled = I18n.tr("tree.untitled");
        searching.set(true);
        status.set(I18n.tr("search.running", where == null ? "" : where.label()));
        facets.clear();
        long gen = ++searches;
        running = executor.execute(BackgroundTask.of(I18n.tr("search.task"), p -> {
            List<SearchResults.Hit> found = new java.util.ArrayList<>();
            Map<Long, String> texts = new java.util.HashMap<>();
            int searched = 0;
            boolean truncated = false;
            for (Scope pubScope : pubs) {
                if (p.isCancelled()) break;
                var pub = s.queries().publication(String.valueOf(pubScope.publicationId()))
                        .orElseThrow(() -> new IllegalStateException(I18n.tr("search.publicationGone", pubScope.label())));
                PublicationSearch.Result r = PublicationSearch.search(pub, q, ic, typed, untitled, p::isCancelled);
                searched += r.itemsSearched();
                texts.putAll(r.texts());
                for (PublicationSearch.Hit h : r.hits()) {
                    if (found.size() >= PublicationSearch.LIMIT) {
                        truncated = true;
                        break;
                    }
                    found.add(new SearchResults.Hit(h.itemId(), h.itemTitle(), pubScope.label(), h.category().isEmpty() ? null : h.category(),
                            null, null, 0f, h.before() + "【" + h.match() + "】" + h.after(), "body", h.start(), h.end() - h.start()));
                }
                truncated |= r.truncated();
                if (truncated) break;
            }
            return new TextResult(found, truncated, searched, texts);
        }).onSuccess(r -> {
            if (gen != searches) return;
            searching.set(false);
            scanned = r.texts();
            hits.setAll(r.hits());
            long items = r.hits().stream().mapToLong(SearchResults.Hit::itemId).distinct().count();
            status.set(r.hits().isEmpty() ? I18n.tr("search.none", q, r.searched())
                    : I18n.tr(r.truncated() ? "search.countTruncated" : "search.count", r.hits().size(), items, r.searched()));
        }).onFailure(e -> {
            if (gen != searches) return;
            searching.set(false);
            status.set(I18n.tr("search.failed"));
            dialogs.showError(I18n.tr("search.failed"), s.databaseFile().toString(), Messages.describe(e));
        }).onCancelled(() -> {
            if (gen == searches) searching.set(false);
        }));
    }

    private record TextResult(List<SearchResults.Hit> hits, boolean truncated, int searched, Map<Long, String> texts) {
    }

    /** A hit to open and the text its offset is in (null when not known). */
    private record Basis(SearchResults.Hit hit, String text) {
    }

    /**
     * Opens a hit's item; once it is shown, the selection goes on the hit. Its offset is in the text it was found in
     * (the body as indexed, or the text 逐字查找 searched); when the editor's text differs (saved or typed since), the
     * offset is carried over by comparing the two texts ({@link OffsetMap}, as 批注 anchors are) — nothing looks for
     * the words again. A hit listed beyond the snippets, or one whose item was indexed again since the search, is
     * asked of the index afresh.
     */
    public void open(SearchResults.Hit hit) {
        if (hit == null) return;
        AnnalistSession s = session.get();
        String q = indexQuery;
        if (hit.basis() == null || s == null) {
            show(new Basis(hit, "body".equals(hit.field()) ? scanned.get(hit.itemId()) : null));
            return;
        }
        executor.execute(BackgroundTask.of(I18n.tr("archsearch.task"), p -> {
            var search = s.search();
            if (hit.offset() >= 0) {
                var body = search.indexedBody(hit.itemId(), hit.basis());
                if (body.isPresent()) return new Basis(hit, body.get());
            }
            if (q == null) return new Basis(hit, null);
            // listed beyond the snippets, or indexed again since: the index says where the words are now
            var fresh = search.hit(q, hit.itemId());
            if (fresh.isEmpty()) return new Basis(hit, null);
            return new Basis(fresh.get(), search.indexedBody(hit.itemId(), fresh.get().basis()).orElse(null));
        }).onSuccess(this::show).onFailure(e -> show(new Basis(hit, null))));
    }

    private void show(Basis b) {
        pending = b.hit();
        pendingBasis = b.text();
        Item current = editor.itemProperty().get();
        if (current != null && current.id() == b.hit().itemId()) revealPending();
        else openItem.accept(b.hit().itemId());
    }

    private void revealPending() {
        SearchResults.Hit hit = pending;
        String basis = pendingBasis;
        Item current = editor.itemProperty().get();
        if (hit == null || current == null) return;
        pending = null;
        pendingBasis = null;
        if (current.id() != hit.itemId()) return; // another item came instead (opening the hit's item failed)
        if (!"body".equals(hit.field()) || hit.offset() < 0) {
            editor.reveal(0, 0);
            return;
        }
        int from = hit.offset();
        int to = hit.offset() + hit.length();
        String text = editor.textProperty().get();
        if (basis == null || to > basis.length()) {
            status.set(I18n.tr("search.gone", hit.title()));
            editor.reveal(0, 0);
            return;
        }
        if (basis.equals(text)) {
            editor.reveal(from, to);
            return;
        }
        // the text changed since the hit was found: carry the hit's range over, off the JavaFX thread
        executor.execute(BackgroundTask.of(I18n.tr("archsearch.task"), p -> {
            int[] r = OffsetMap.of(basis, text).range(from, to);
            return r == null || r[1] <= r[0] ? new int[0] : r;
        }).onSuccess(r -> {
            Item now = editor.itemProperty().get();
            if (now == null || now.id() != hit.itemId() || !text.equals(editor.textProperty().get())) return; // moved on
            if (r.length == 0) status.set(I18n.tr("search.gone", hit.title()));
            else editor.reveal(r[0], r[1]);
        }));
    }

    /** A one-line label for a facet dimension. */
    public static String dimensionLabel(String dim) {
        return I18n.tr("archsearch.facet." + dim);
    }
}
