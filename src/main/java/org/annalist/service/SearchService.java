package org.annalist.service;

import org.annalist.model.Publication;
import org.annalist.model.SearchResults;
import org.annalist.search.SearchIndex;
import org.annalist.store.Archive;
import org.annalist.store.ItemChanges;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * 档案检索 of one open archive. The index is brought in step when opened (every item's fingerprint compared), after
 * every transaction this process commits (only the items it reports it wrote: a save, move, deletion, restore, 批注
 * or import), and by a full comparison every {@link #FULL_CHECK_MINUTES} minutes (changes of other programs sharing
 * the archive) — on a thread of its own so that neither the JavaFX thread nor the save waits for it;
 * {@link #awaitInStep} waits for it where an answer must include the last change, {@link #checkInStep} compares all.
 */
public final class SearchService implements AutoCloseable {
    private final Archive archive;
    private final SearchIndex index;
    /** How often the whole archive is compared with the index besides the per-commit updates. */
    public static final int FULL_CHECK_MINUTES = 3;
    private final ScheduledThreadPoolExecutor worker = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "annalist-search-index");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean commitScheduled = new AtomicBoolean();
    /** How long after a change the index is committed (fsync'd) at the latest. */
    static final int COMMIT_DELAY_SECONDS = 3;
    private final Set<Long> pendingItems = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean pendingEverything = new AtomicBoolean();
    private final Consumer<ItemChanges> listener = this::changed;
    private volatile RuntimeException lastFailure;

    SearchService(Archive archive, Path dataDir) {
        this.archive = archive;
        // closing commits the index itself: a commit still waiting is not waited for
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.index = SearchIndex.open(dataDir);
        archive.addChangeListener(listener);
        changed(new ItemChanges(Set.of(), true));
        worker.scheduleWithFixedDelay(() -> changed(new ItemChanges(Set.of(), true)), FULL_CHECK_MINUTES,
                FULL_CHECK_MINUTES, TimeUnit.MINUTES);
    }

    /**
     * How many items the answers may be behind the archive by (0: up to date); for a read-only index, what the program
     * writing it has not yet made durable or caught up with.
     */
    public int behind() {
        return index.behind(archive);
    }

    /** Whether another process (another Annalist) writes the index: this one then searches what it last committed. */
    public boolean readOnly() {
        return index.readOnly();
    }

    public Path folder() {
        return index.directory();
    }

    private void changed(ItemChanges changes) {
        if (changes.isEmpty()) return;
        pendingItems.addAll(changes.items());
        if (changes.everything()) pendingEverything.set(true);
        if (!pending.compareAndSet(false, true)) return;
        worker.submit(() -> {
            try {
                drain();
            } catch (RuntimeException e) {
                // kept in lastFailure; tried again with the next change
            }
        });
    }

    /** On the worker: indexes what the commits reported since the last time (everything if one asked for that). */
    private SearchIndex.SyncReport drain() {
        pending.set(false);
        boolean everything = pendingEverything.getAndSet(false);
        Set<Long> ids = new HashSet<>(pendingItems);
        pendingItems.removeAll(ids);
        try {
            SearchIndex.SyncReport r = everything ? index.sync(archive) : index.syncItems(archive, ids);
            // the searcher reopened here, on the index's thread, not by the next search (the user waiting)
            if (r.indexed() > 0 || r.removed() > 0) index.refresh();
            lastFailure = null;
            // made durable a little later (not on the save's path) so that another program reading the index
            // (annalist search while the desktop runs) sees the change within seconds, not at the next save
            if (index.uncommitted() && commitScheduled.compareAndSet(false, true)) {
                worker.schedule(() -> {
                    commitScheduled.set(false);
                    try {
                        index.commit();
                    } catch (RuntimeException e) {
                        lastFailure = e;
                    }
                }, COMMIT_DELAY_SECONDS, TimeUnit.SECONDS);
            }
            return r;
        } catch (RuntimeException e) {
            lastFailure = e;
            pendingItems.addAll(ids);
            if (everything) pendingEverything.set(true);
            throw e;
        }
    }

    /** Waits until every change this process committed so far is in the index; the report of that last step. */
    public SearchIndex.SyncReport awaitInStep() {
        return await(worker.submit(this::drain));
    }

    /**
     * Compares the fingerprints of every item with the index and brings what differs in step (as at start and every
     * {@link #FULL_CHECK_MINUTES} minutes), and waits for it: catches changes other programs made to a shared archive.
     */
    public SearchIndex.SyncReport checkInStep() {
        return await(worker.submit(() -> {
            drain();
            return index.sync(archive);
        }));
    }

    private static SearchIndex.SyncReport await(Future<SearchIndex.SyncReport> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Throws the index away and makes it again from the archive (on the calling thread, which waits). */
    public SearchIndex.SyncReport rebuild() {
        return await(worker.submit(() -> index.rebuild(archive)));
    }

    /**
     * Searches the archive: {@code query} in the search language (words, "phrases", 作者: 时期: 地点: 类目: 状态:,
     * years 1937-1945), within {@code publication} (id, code or title; null: all), by date or relevance.
     */
    public SearchResults search(String query, String publication, boolean byDate, int limit, boolean facets) {
        return search(query, publication, byDate, limit, limit, facets);
    }

    /** As {@link #search(String, String, boolean, int, boolean)}, with snippets for the first {@code snippets} hits only. */
    public SearchResults search(String query, String publication, boolean byDate, int limit, int snippets, boolean facets) {
        Long pub = null;
        if (publication != null && !publication.isBlank()) pub = publicationId(publication);
        return index.search(new SearchIndex.Request(query, pub, byDate, limit, snippets, facets));
    }

    /** One item's hit for {@code query} with its snippet and offset; empty when it does not match. */
    public Optional<SearchResults.Hit> hit(String query, long itemId) {
        return index.hit(query, itemId);
    }

    /** The body the item was indexed with at the fingerprint {@code basis} (a hit's), empty when indexed again since. */
    public Optional<String> indexedBody(long itemId, String basis) {
        return index.indexedBody(itemId, basis);
    }

    private Long publicationId(String ref) {
        String r = ref.strip();
        Optional<Publication> p = archive.read(tx -> {
            if (r.matches("\\d+")) {
                Optional<Publication> byId = tx.publication(Long.parseLong(r));
                if (byId.isPresent()) return byId;
            }
            Optional<Publication> byCode = tx.publicationByCode(r);
            if (byCode.isPresent()) return byCode;
            return tx.publications().stream()
                    .filter(x -> x.title().equals(r) || x.displayName().equals(r)).findFirst();
        });
        return p.map(Publication::id).orElseThrow(() -> new org.annalist.i18n.LocalizedException("search.noPublication", r));
    }

    /** The failure of the last background step, if it failed (shown by the desktop); null when all went well. */
    public RuntimeException lastFailure() {
        return lastFailure;
    }

    @Override
    public void close() {
        archive.removeChangeListener(listener);
        index.stop();
        worker.shutdown();
        try {
            worker.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        index.close();
    }
}
