package org.annalist.search;

import org.annalist.i18n.Localized;
import org.annalist.i18n.LocalizedException;
import org.annalist.model.Item;
import org.annalist.model.ItemStatus;
import org.annalist.model.Publication;
import org.annalist.model.SearchResults;
import org.annalist.model.Section;
import org.annalist.store.Archive;
import org.annalist.store.Tx;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NRTCachingDirectory;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The archive's full-text index in {@code <data>/索引/}. It holds, with every item, the fingerprint the item was
 * indexed at ({@link Tx#itemStamps}); {@link #sync} compares those of every item with the archive and re-indexes
 * exactly what differs, so the index comes back in step after any change — another process's work, or a kill in the
 * middle of an import (at the next start). After a commit of this process {@link #syncItems} does the same for just
 * the items the transaction reported it wrote ({@link org.annalist.store.ItemChanges}). The Lucene commit may lag
 * behind: what it lost is found out of step and done again.
 * When another process holds the index (the desktop program while the command line searches) this one only reads it.
 */
public final class SearchIndex implements AutoCloseable {
    /** Bump when the fields or their analysis change: an index of another format is rebuilt. */
    static final String FORMAT = "annalist-search-1";
    public static final String FOLDER = "索引";

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facets = IndexedItem.facetsConfig();
    private final UserWords userWords;
    private final QuerySyntax syntax;
    private final Map<Long, String> indexed = new HashMap<>();
    private volatile boolean dirty;
    private volatile boolean stopping;
    private static final long COMMIT_EVERY_NANOS = 5_000_000_000L;
    private long lastCommit = System.nanoTime();
    private SortedSetDocValuesReaderState facetState;
    private IndexReader facetStateReader;
    private final Object facetLock = new Object();

    private SearchIndex(Path dir, Directory directory, IndexWriter writer, SearcherManager searchers, UserWords userWords) {
        this.userWords = userWords;
        this.syntax = new QuerySyntax(userWords);
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    public static Path folder(Path dataDir) {
        return dataDir.resolve(FOLDER);
    }

    /** Opens (creating if needed) the index of the archive in {@code dataDir}; read-only when another process writes it. */
    public static SearchIndex open(Path dataDir) {
        Path dir = folder(dataDir);
        Directory directory = null;
        try {
            Files.createDirectories(dir);
            // small segments (an NRT reopen after a save flushes one of a single item) stay in memory until merged
            // or committed: the reopen writes no files
            directory = new NRTCachingDirectory(FSDirectory.open(dir), 8.0, 48.0);
            IndexWriter w;
            UserWords userWords = new UserWords();
            try {
                w = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND, userWords));
            } catch (LockObtainFailedException held) {
                if (!DirectoryReader.indexExists(directory)) throw held;
                return new SearchIndex(dir, directory, null, new SearcherManager(directory, null), userWords);
            } catch (IOException | IllegalArgumentException unreadable) {
                // a damaged index, or one of a Lucene it cannot read: it is only a copy, made again from the archive
                w = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE, userWords));
            }
            Map<String, String> data = new HashMap<>();
            w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            if (!FORMAT.equals(data.get("format")) && w.getDocStats().numDocs > 0) w.deleteAll();
            w.setLiveCommitData(Map.of("format", FORMAT).entrySet());
            // a new index is committed at once, empty: another program opening it meanwhile reads it instead of failing
            if (!DirectoryReader.indexExists(directory)) w.commit();
            SearchIndex index = new SearchIndex(dir, directory, w, new SearcherManager(w, null), userWords);
            index.loadStamps();
            return index;
        } catch (IOException e) {
            closeQuietly(directory);
            throw new LocalizedException(Localized.of("search.indexUnavailable", dir, e.getMessage()), e);
        }
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode, UserWords userWords) {
        Analyzer words = Analyzers.words(userWords);
        Map<String, Analyzer> perField = Map.of(IndexedItem.TITLE_WORDS, words, IndexedItem.BODY_WORDS, words);
        IndexWriterConfig c = new IndexWriterConfig(new PerFieldAnalyzerWrapper(Analyzers.bigrams(), perField));
        c.setOpenMode(mode);
        c.setRAMBufferSizeMB(64);
        return c;
    }

    public Path directory() {
        return dir;
    }

    public boolean readOnly() {
        return writer == null;
    }

    private void loadStamps() throws IOException {
        indexed.putAll(committedStamps());
    }

    /** The fingerprints in the index as this instance's searcher sees it (for a read-only one: the last commit). */
    private Map<Long, String> committedStamps() throws IOException {
        Map<Long, String> indexed = new HashMap<>();
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live != null && !live.get(i)) continue;
                    Document d = fields.document(i, Set.of(IndexedItem.ID, IndexedItem.STAMP));
                    indexed.put(Long.parseLong(d.get(IndexedItem.ID)), d.get(IndexedItem.STAMP));
                }
            }
        } finally {
            searchers.release(s);
        }
        return indexed;
    }

    /**
     * How many live items of the archive the index, as this instance can search it, holds at another fingerprint or
     * not at all, plus the items it holds that are gone: 0 when the answers are up to date. For a read-only index
     * (another program writes it) this is what that program has not yet made durable, or has not caught up with.
     */
    public int behind(Archive archive) {
        try {
            Map<Long, String> seen = writer == null ? committedStamps() : indexedStamps();
            Map<Long, String> now = archive.read(Tx::itemStamps);
            int n = 0;
            for (Map.Entry<Long, String> e : now.entrySet()) if (!e.getValue().equals(seen.get(e.getKey()))) n++;
            for (Long id : seen.keySet()) if (!now.containsKey(id)) n++;
            return n;
        } catch (IOException e) {
            throw new LocalizedException(Localized.of("search.indexUnavailable", dir, e.getMessage()), e);
        }
    }

    /** Whether something indexed is not yet made durable by a Lucene commit (another program reading would miss it). */
    public boolean uncommitted() {
        return dirty;
    }

    /** What {@link #sync} did: items (re)indexed and removed. */
    public record SyncReport(int indexed, int removed, long millis) {
    }

    /**
     * Brings the index in step with the archive (see the class comment) by comparing the fingerprints of every item:
     * at start, and as the periodic or explicit check. Nothing to do when it is read-only.
     */
    public synchronized SyncReport sync(Archive archive) {
        long t0 = System.nanoTime();
        userWords.set(archive.read(SearchIndex::authorityNames));
        if (writer == null) return new SyncReport(0, 0, 0);
        Map<Long, String> now = archive.read(Tx::itemStamps);
        List<Long> gone = new ArrayList<>();
        for (Long id : indexed.keySet()) if (!now.containsKey(id)) gone.add(id);
        return update(archive, now, gone, t0, true);
    }

    /**
     * Brings just these items in step (those a committed transaction reported it wrote, {@link Tx#changes}): only
     * their fingerprints are read and compared, so one save costs the re-indexing of one item, not a scan of the
     * archive. An item gone or in the 回收站 leaves the index.
     */
    public synchronized SyncReport syncItems(Archive archive, java.util.Collection<Long> ids) {
        if (writer == null || ids.isEmpty()) return new SyncReport(0, 0, 0);
        long t0 = System.nanoTime();
        Map<Long, String> now = archive.read(tx -> tx.itemStamps(ids));
        phases.add("update: fingerprints", System.nanoTime() - t0);
        List<Long> gone = new ArrayList<>();
        for (Long id : ids) if (!now.containsKey(id) && indexed.containsKey(id)) gone.add(id);
        return update(archive, now, gone, t0, false);
    }

    /**
     * Indexes what differs. {@code commitOnTheWay}: a full comparison (start, rebuild, the periodic check) makes its
     * work durable every few seconds as it goes; the per-commit update of a few items does not — the Lucene commit
     * (segment flush + fsync, up to several hundred ms) is the caller's to schedule apart from it
     * ({@link #commit}; the desktop's search service does it within seconds on the index's thread).
     */
    private SyncReport update(Archive archive, Map<Long, String> now, List<Long> gone, long t0, boolean commitOnTheWay) {
        List<Long> changed = new ArrayList<>();
        for (Map.Entry<Long, String> e : now.entrySet()) {
            if (!e.getValue().equals(indexed.get(e.getKey()))) changed.add(e.getKey());
        }
        try {
            for (Long id : gone) {
                writer.deleteDocuments(new Term(IndexedItem.ID, Long.toString(id)));
                indexed.remove(id);
            }
            for (int from = 0; from < changed.size() && !stopping; from += 200) {
                List<Long> batch = changed.subList(from, Math.min(changed.size(), from + 200));
                long l0 = System.nanoTime();
                List<IndexedItem> docs = archive.read(tx -> load(tx, batch, now));
                long l1 = System.nanoTime();
                for (IndexedItem it : docs) {
                    writer.updateDocument(new Term(IndexedItem.ID, Long.toString(it.item().id())), it.toDocument(facets));
                    indexed.put(it.item().id(), it.stamp());
                }
                if (batch.size() == 1) {
                    phases.add("update: load item", l1 - l0);
                    phases.add("update: analyse + index", System.nanoTime() - l1);
                }
            }
            // the searcher is reopened by refresh() (the search service calls it on its thread after this) or by the
            // next search, not here
            if (!changed.isEmpty() || !gone.isEmpty()) dirty = true;
            // a Lucene commit (fsync) now and then, not on every save: what a kill loses is found out of step and redone
            if (commitOnTheWay && dirty && System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS) commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SyncReport(changed.size(), gone.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    private static List<IndexedItem> load(Tx tx, List<Long> ids, Map<Long, String> stamps) {
        Map<Long, Section> sections = new HashMap<>();
        Map<Long, Publication> publications = new HashMap<>();
        List<IndexedItem> out = new ArrayList<>();
        for (long id : ids) {
            Item item = tx.item(id).orElse(null);
            if (item == null) continue;
            Section category = null;
            Publication pub = null;
            Long sid = item.sectionId();
            int guard = 0;
            while (sid != null && guard++ < 64) {
                Long key = sid;
                Section s = sections.computeIfAbsent(key, k -> tx.section(k).orElse(null));
                if (s == null) break;
                category = s;
                sid = s.parentId();
            }
            if (category != null) {
                long pid = category.publicationId();
                pub = publications.computeIfAbsent(pid, k -> tx.publication(k).orElse(null));
            }
            out.add(new IndexedItem(item, pub, category, tx.comments(id), stamps.get(id),
                    mentioned(tx, id, org.annalist.model.Mention.Kind.PERSON), mentioned(tx, id, org.annalist.model.Mention.Kind.PLACE)));
        }
        return out;
    }

    /** Every name of the 人物与地名 lists, for the ranking field's user dictionary. */
    private static List<String> authorityNames(Tx tx) {
        List<String> out = new ArrayList<>();
        for (org.annalist.model.Person p : tx.persons()) out.addAll(p.allNames());
        for (org.annalist.model.Place p : tx.authority().places()) out.addAll(p.allNames());
        return out;
    }

    /** The names of the persons or places the item's confirmed mentions (人物与地名) point at. */
    private static List<String> mentioned(Tx tx, long itemId, org.annalist.model.Mention.Kind kind) {
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        for (org.annalist.model.Mention m : tx.authority().mentions(itemId)) {
            if (m.kind() == kind && m.status() == org.annalist.model.Mention.Status.CONFIRMED) ids.add(m.entryId());
        }
        List<String> out = new ArrayList<>();
        for (long id : ids) {
            (kind == org.annalist.model.Mention.Kind.PERSON ? tx.person(id).map(org.annalist.model.Person::name)
                    : tx.authority().place(id).map(org.annalist.model.Place::name)).ifPresent(out::add);
        }
        return out;
    }

    /** Throws the index away and makes it again from the archive. */
    public synchronized SyncReport rebuild(Archive archive) {
        if (writer == null) throw new LocalizedException("search.readOnly", dir);
        try {
            writer.deleteAll();
            indexed.clear();
            SyncReport r = sync(archive);
            commit();
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what has been indexed durable (Lucene commit); cheap when nothing changed. */
    public synchronized void commit() {
        if (writer == null || !dirty) return;
        try {
            long c0 = System.nanoTime();
            writer.setLiveCommitData(Map.of("format", FORMAT).entrySet());
            writer.commit();
            phases.add("commit", System.nanoTime() - c0);
            dirty = false;
            lastCommit = System.nanoTime();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the items indexed (for the consistency checks). */
    public synchronized Set<Long> indexedItems() {
        return new HashSet<>(indexed.keySet());
    }

    /** Every live item's fingerprint as indexed. */
    public synchronized Map<Long, String> indexedStamps() {
        return new HashMap<>(indexed);
    }

    /**
     * How a search is asked: the query text, a publication (null: all), by date instead of relevance, how many hits,
     * how many of the first of them get a highlighted snippet (the page shown; the others show the text's beginning
     * and no offset), and whether to count the facets.
     */
    public record Request(String query, Long publicationId, boolean byDate, int limit, int snippets, boolean facets) {
        /** Every hit with its snippet. */
        public Request(String query, Long publicationId, boolean byDate, int limit, boolean facets) {
            this(query, publicationId, byDate, limit, limit, facets);
        }
    }

    private final PhaseTimes phases = new PhaseTimes();

    /** p50 / p95 of the phases of the searches so far (parse, search, facets, hits): for the benchmark. */
    public String phaseTimes() {
        return phases.toString();
    }

    /** Forgets the phase times so far (after the benchmark's warm-up). */
    public void resetPhaseTimes() {
        phases.clear();
    }

    public SearchResults search(Request r) {
        long t0 = System.nanoTime();
        QuerySyntax.Parsed parsed = syntax.parse(r.query());
        phases.add("parse", System.nanoTime() - t0);
        Query q = parsed.query();
        if (r.publicationId() != null) {
            q = new BooleanQuery.Builder().add(q, Occur.MUST)
                    .add(new TermQuery(new Term(IndexedItem.PUBLICATION_ID, Long.toString(r.publicationId()))), Occur.FILTER).build();
        }
        try {
            searchers.maybeRefresh();
            IndexSearcher s = searchers.acquire();
            try {
                long t1 = System.nanoTime();
                int limit = Math.max(1, r.limit());
                TopDocs top;
                FacetsCollector fc = null;
                if (r.facets()) {
                    FacetsCollectorManager.FacetsResult fr = r.byDate()
                            ? FacetsCollectorManager.search(s, q, limit, dateSort(), new FacetsCollectorManager())
                            : FacetsCollectorManager.search(s, q, limit, new FacetsCollectorManager());
                    top = fr.topDocs();
                    fc = fr.facetsCollector();
                } else {
                    top = r.byDate() ? s.search(q, limit, dateSort()) : s.search(q, limit);
                }
                long t2 = System.nanoTime();
                phases.add("search", t2 - t1);
                Map<String, List<SearchResults.FacetCount>> counts = fc == null ? Map.of() : facetCounts(s, fc);
                long t3 = System.nanoTime();
                phases.add("facets", t3 - t2);
                List<SearchResults.Hit> hits = hits(s, q, top, parsed.hasText(), Math.max(0, r.snippets()));
                phases.add("hits", System.nanoTime() - t3);
                return new SearchResults(r.query(), top.totalHits.value, hits, counts, (System.nanoTime() - t0) / 1_000_000);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new LocalizedException(Localized.of("search.indexUnavailable", dir, e.getMessage()), e);
        }
    }

    private static Sort dateSort() {
        SortField year = new SortField(IndexedItem.SORT_YEAR, SortField.Type.INT);
        year.setMissingValue(Integer.MAX_VALUE);
        return new Sort(year, SortField.FIELD_SCORE);
    }

    private static final Set<String> HIT_FIELDS = Set.of(IndexedItem.ID, IndexedItem.TITLE, IndexedItem.PUB_LABEL,
            IndexedItem.CAT_LABEL, IndexedItem.STATE, IndexedItem.SORT_YEAR, IndexedItem.STAMP);
    private static final List<String> SNIPPET_ORDER = List.of(IndexedItem.BODY, IndexedItem.TITLE, IndexedItem.NOTES,
            IndexedItem.META, IndexedItem.COMMENTS);

    /**
     * The hits: the first {@code snippets} with a highlighted snippet and the offset of the first match (from the
     * offsets stored in the postings: nothing is analysed again), the others with the beginning of their text. The
     * body, the biggest stored field, is read only for those.
     */
    private List<SearchResults.Hit> hits(IndexSearcher s, Query q, TopDocs top, boolean hasText, int snippets) throws IOException {
        int n = top.scoreDocs.length;
        int withSnippet = hasText ? Math.min(n, snippets) : 0;
        // the body first, for all of them; the other fields only for the hits whose body has no match (most have one)
        Snippets.Snippet[] snips = new Snippets.Snippet[withSnippet];
        String[] snipFields = new String[withSnippet];
        if (withSnippet > 0) {
            ObjectHighlighter h = new ObjectHighlighter(UnifiedHighlighter.builder(s, Analyzers.bigrams())
                    .withFormatter(new Snippets()).withMaxLength(Integer.MAX_VALUE - 1).withWeightMatches(false));
            int[] docIds = new int[withSnippet];
            for (int i = 0; i < withSnippet; i++) docIds[i] = top.scoreDocs[i].doc;
            take(h.snippets(new String[]{IndexedItem.BODY}, q, docIds, new int[]{1}), List.of(IndexedItem.BODY), null, snips, snipFields);
            int missing = 0;
            for (Snippets.Snippet sn : snips) if (sn == null) missing++;
            if (missing > 0) {
                int[] rest = new int[missing];
                int[] at = new int[missing];
                for (int i = 0, k = 0; i < withSnippet; i++) {
                    if (snips[i] == null) {
                        rest[k] = docIds[i];
                        at[k++] = i;
                    }
                }
                List<String> others = SNIPPET_ORDER.subList(1, SNIPPET_ORDER.size());
                int[] max = new int[others.size()];
                java.util.Arrays.fill(max, 1);
                take(h.snippets(others.toArray(String[]::new), q, rest, max), others, at, snips, snipFields);
            }
        }
        StoredFields stored = s.storedFields();
        List<SearchResults.Hit> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = stored.document(sd.doc, HIT_FIELDS);
            Snippets.Snippet snip = null;
            String field = null;
            if (i < withSnippet) {
                snip = snips[i];
                field = snipFields[i];
            }
            String text = snip != null ? snip.text() : lead(stored.document(sd.doc, Set.of(IndexedItem.BODY)).get(IndexedItem.BODY));
            Number year = d.getField(IndexedItem.SORT_YEAR) == null ? null : d.getField(IndexedItem.SORT_YEAR).numericValue();
            out.add(new SearchResults.Hit(Long.parseLong(d.get(IndexedItem.ID)), d.get(IndexedItem.TITLE),
                    d.get(IndexedItem.PUB_LABEL), d.get(IndexedItem.CAT_LABEL), ItemStatus.valueOf(d.get(IndexedItem.STATE)),
                    year == null ? null : year.intValue(), Float.isNaN(sd.score) ? 0f : sd.score, text,
                    field, snip == null ? -1 : snip.offset(), snip == null ? 0 : snip.length(), d.get(IndexedItem.STAMP)));
        }
        return out;
    }

    /** Keeps, for each hit still without one, the first of {@code fields} (in that order) that has a snippet. */
    private static void take(Map<String, Object[]> found, List<String> fields, int[] positions, Snippets.Snippet[] snips,
                             String[] snipFields) {
        for (String f : fields) {
            Object[] per = found.get(f);
            if (per == null) continue;
            for (int k = 0; k < per.length; k++) {
                int i = positions == null ? k : positions[k];
                if (snips[i] == null && per[k] instanceof Snippets.Snippet sn && sn.offset() >= 0) {
                    snips[i] = sn;
                    snipFields[i] = f;
                }
            }
        }
    }

    /**
     * One item's hit for {@code query} with its snippet and offset (a hit listed beyond the snippets, being opened);
     * empty when the item does not match (any more).
     */
    public java.util.Optional<SearchResults.Hit> hit(String query, long itemId) {
        Query q = new BooleanQuery.Builder().add(syntax.parse(query).query(), Occur.MUST)
                .add(new TermQuery(new Term(IndexedItem.ID, Long.toString(itemId))), Occur.FILTER).build();
        try {
            searchers.maybeRefresh();
            IndexSearcher s = searchers.acquire();
            try {
                TopDocs top = s.search(q, 1);
                return hits(s, q, top, true, 1).stream().findFirst();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new LocalizedException(Localized.of("search.indexUnavailable", dir, e.getMessage()), e);
        }
    }

    /**
     * The body an item was indexed with, if it is still indexed at the fingerprint {@code basis} (a hit's {@link
     * SearchResults.Hit#basis()}): the text a hit's offset is in. Empty when the item was indexed again since (or is
     * gone from the index).
     */
    public java.util.Optional<String> indexedBody(long itemId, String basis) {
        if (basis == null) return java.util.Optional.empty();
        try {
            searchers.maybeRefresh();
            IndexSearcher s = searchers.acquire();
            try {
                TopDocs top = s.search(new TermQuery(new Term(IndexedItem.ID, Long.toString(itemId))), 1);
                if (top.scoreDocs.length == 0) return java.util.Optional.empty();
                Document d = s.storedFields().document(top.scoreDocs[0].doc, Set.of(IndexedItem.STAMP, IndexedItem.BODY));
                return basis.equals(d.get(IndexedItem.STAMP)) ? java.util.Optional.ofNullable(d.get(IndexedItem.BODY))
                        : java.util.Optional.empty();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new LocalizedException(Localized.of("search.indexUnavailable", dir, e.getMessage()), e);
        }
    }

    /** The unified highlighter giving our {@link Snippets.Snippet}s (its object-valued method is protected). */
    private static final class ObjectHighlighter extends UnifiedHighlighter {
        ObjectHighlighter(Builder b) {
            super(b);
        }

        Map<String, Object[]> snippets(String[] fields, Query q, int[] docIds, int[] max) throws IOException {
            return super.highlightFieldsAsObjects(fields, q, docIds, max);
        }
    }

    private static String lead(String body) {
        if (body == null) return "";
        String t = body.replace('\n', ' ').strip();
        return t.length() <= Snippets.MAX ? t : t.substring(0, Snippets.MAX) + "…";
    }

    private Map<String, List<SearchResults.FacetCount>> facetCounts(IndexSearcher s, FacetsCollector fc) throws IOException {
        SortedSetDocValuesReaderState state = facetState(s.getIndexReader());
        Map<String, List<SearchResults.FacetCount>> out = new LinkedHashMap<>();
        if (state == null) return out;
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : SearchResults.DIMENSIONS) {
            List<SearchResults.FacetCount> values = new ArrayList<>();
            try {
                FacetResult fr = counts.getTopChildren(12, dim);
                if (fr != null) for (LabelAndValue lv : fr.labelValues) values.add(new SearchResults.FacetCount(lv.label, lv.value.longValue()));
            } catch (IllegalArgumentException noSuchDimension) {
                // no item has a value for it yet
            }
            out.put(dim, values);
        }
        return out;
    }

    /**
     * The facets' global ordinals for this reader, made once per reader (tens to hundreds of ms on 10,000 items). Its
     * own lock, not the index's: a search does not wait for a sync under way.
     */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        synchronized (facetLock) {
            if (facetStateReader != reader) {
                try {
                    facetState = new DefaultSortedSetDocValuesReaderState(reader, facets);
                } catch (IllegalArgumentException noFacetsYet) {
                    facetState = null;
                }
                facetStateReader = reader;
            }
            return facetState;
        }
    }

    /**
     * Opens the searcher on what was indexed last and makes its facet state, so that the next search does not pay
     * for it: called on the index's own thread after an update (the first query after a save took 200–600 ms
     * on 10,000 items at load 8 when it paid the reopen and the facets itself).
     */
    public void refresh() {
        try {
            long t0 = System.nanoTime();
            searchers.maybeRefreshBlocking();
            long t1 = System.nanoTime();
            IndexSearcher s = searchers.acquire();
            try {
                facetState(s.getIndexReader());
            } finally {
                searchers.release(s);
            }
            phases.add("refresh: reopen", t1 - t0);
            phases.add("refresh: facet state", System.nanoTime() - t1);
        } catch (IOException e) {
            throw new LocalizedException(Localized.of("search.indexUnavailable", dir, e.getMessage()), e);
        }
    }

    /**
     * Asks a sync under way to stop after its current batch (the program is closing): what it did not reach stays
     * out of step and is done at the next start.
     */
    public void stop() {
        stopping = true;
    }

    @Override
    public synchronized void close() {
        try {
            commit();
        } finally {
            closeQuietly(searchers);
            if (writer != null) closeQuietly(writer);
            closeQuietly(directory);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) return;
        try {
            c.close();
        } catch (Exception ignored) {
            // closing a copy that is made again from the archive when needed
        }
    }

    /** The last durations of each phase of a search, for {@link #phaseTimes}. */
    private static final class PhaseTimes {
        private final Map<String, List<Long>> times = new LinkedHashMap<>();

        synchronized void clear() {
            times.clear();
        }

        synchronized void add(String phase, long nanos) {
            List<Long> l = times.computeIfAbsent(phase, k -> new ArrayList<>());
            if (l.size() >= 1000) l.remove(0);
            l.add(nanos);
        }

        @Override
        public synchronized String toString() {
            StringBuilder sb = new StringBuilder();
            times.forEach((phase, l) -> {
                long[] t = l.stream().mapToLong(Long::longValue).sorted().toArray();
                if (!sb.isEmpty()) sb.append(", ");
                sb.append(String.format("%s %.1f / %.1f ms", phase, t[t.length / 2] / 1e6, t[(int) Math.ceil(t.length * 0.95) - 1] / 1e6));
            });
            return sb.toString();
        }
    }
}
