package org.annalist.service;

import org.annalist.model.Publication;
import org.annalist.model.SearchResults;
import org.annalist.search.SearchIndex;
import org.annalist.store.Archive;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * 档案检索 of one open archive. The index is brought in step when opened and after every transaction the session
 * commits (a save, move, deletion, restore or import), on a thread of its own so that neither the JavaFX thread nor
 * the save waits for it; {@link #awaitInStep} waits for it where an answer must include the last change.
 */
public final class SearchService implements AutoCloseable {
    private final Archive archive;
    private final SearchIndex index;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "annalist-search-index");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Runnable listener = this::changed;
    private volatile RuntimeException lastFailure;

    SearchService(Archive archive, Path dataDir) {
        this.archive = archive;
        this.index = SearchIndex.open(dataDir);
        archive.addCommitListener(listener);
        changed();
    }

    /** Whether another process (another Annalist) writes the index: this one then searches what it last committed. */
    public boolean readOnly() {
        return index.readOnly();
    }

    public Path folder() {
        return index.directory();
    }

    private void changed() {
        if (!pending.compareAndSet(false, true)) return;
        worker.submit(() -> {
            pending.set(false);
            try {
                index.sync(archive);
                lastFailure = null;
            } catch (RuntimeException e) {
                lastFailure = e;
            }
        });
    }

    /** Waits until every change committed so far is in the index; the sync report of that last step. */
    public SearchIndex.SyncReport awaitInStep() {
        Future<SearchIndex.SyncReport> f = worker.submit(() -> index.sync(archive));
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
        Future<SearchIndex.SyncReport> f = worker.submit(() -> index.rebuild(archive));
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

    /**
     * Searches the archive: {@code query} in the search language (words, "phrases", 作者: 时期: 地点: 类目: 状态:,
     * years 1937-1945), within {@code publication} (id, code or title; null: all), by date or relevance.
     */
    public SearchResults search(String query, String publication, boolean byDate, int limit, boolean facets) {
        Long pub = null;
        if (publication != null && !publication.isBlank()) pub = publicationId(publication);
        return index.search(new SearchIndex.Request(query, pub, byDate, limit, facets));
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
        archive.removeCommitListener(listener);
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
