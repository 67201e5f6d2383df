package org.annalist.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;
import org.annalist.model.Publication;
import org.annalist.model.PublicationKind;
import org.annalist.model.SearchResults;
import org.annalist.model.Section;
import org.annalist.search.SearchIndex;
import org.annalist.service.ArchiveManagement;
import org.annalist.store.Archive;

/**
 * The search benchmark of issue 17 (a main, not a timed test): an archive of N items (default 10,000 of about 5,000
 * characters, 50 million in all) made from the seed texts, then the index built from it, its size, the p50/p95 of a
 * fixed query list, and the cost one save adds (the sync after it). Args: [items] [chars per item] [folder].
 */
public final class SearchBenchmark {
    private static final String[] QUERIES = {"乌当区", "张自忠", "政协委员", "\"工作会议\"", "经济 发展", "作者:王仕美",
            "时期:2022", "地点:新堡乡", "1950-1960", "类目:政治 委员", "提案 -会议", "脱贫攻坚", "人民", "協商", "乡村振兴 2022",
            "状态:收稿 民生", "\"全面从严治党\"", "水库", "十四五", "履职"};
    private static final String[] PLACES = {"乌当区", "新堡乡", "羊昌镇", "水田镇", "东风镇", "偏坡乡", "百宜镇", "新场镇"};
    private static final String[] PEOPLE = {"王仕美", "张自忠", "曾德明", "查良镛", "仇英", "单雄信", "解缙", "区寄", "万俟卨", "李四光"};

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int chars = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("search-bench");
        List<String> sentences = sentences(Path.of("archive/seeds"));
        System.out.printf("load average before: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
        long t0 = System.nanoTime();
        long total = 0;
        boolean reuse = Files.exists(dir.resolve(Archive.DATABASE_FILE));
        boolean indexed = false;
        if (Files.isDirectory(SearchIndex.folder(dir))) {
            try (Stream<Path> files = Files.list(SearchIndex.folder(dir))) {
                indexed = files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
            }
        }
        try (Archive archive = Archive.open(dir)) {
          if (reuse) {
            System.out.printf("archive and index reused from %s (%d items)%n", dir, archive.read(org.annalist.store.Tx::itemStamps).size());
          } else {
            ArchiveManagement m = new ArchiveManagement(archive, "bench");
            Random rnd = new Random(17);
            List<Long> sections = new ArrayList<>();
            for (int y = 0; y < 10; y++) {
                Publication p = m.createPublication(new ArchiveManagement.NewPublication(PublicationKind.NIANJIAN, "乌当年鉴", 2014 + y,
                        null, "b" + y, ArchiveManagement.Skeleton.NONE));
                for (String c : List.of("政治", "经济", "文化", "社会", "人物")) sections.add(m.createSection(p.id(), null, c).id());
            }
            for (int start = 0; start < items; start += 250) {
                int from = start;
                int to = Math.min(items, from + 250);
                long[] sum = {0};
                archive.inTransaction(tx -> {
                    for (int i = from; i < to; i++) {
                        StringBuilder body = new StringBuilder();
                        while (body.length() < chars) {
                            body.append(sentences.get(rnd.nextInt(sentences.size())));
                            if (rnd.nextInt(12) == 0) body.append(PEOPLE[rnd.nextInt(PEOPLE.length)]).append("同志在").append(PLACES[rnd.nextInt(PLACES.length)]).append("调研。");
                            if (rnd.nextInt(8) == 0) body.append("\n\n");
                        }
                        int year = 1950 + rnd.nextInt(75);
                        ItemMetadata meta = ItemMetadata.EMPTY.withPeriodAndPlace(year + "年", PLACES[rnd.nextInt(PLACES.length)])
                                .withContributor(PEOPLE[rnd.nextInt(PEOPLE.length)]);
                        Item it = Item.draft(ItemKind.ENTRY, "条目" + i + " " + sentences.get(rnd.nextInt(sentences.size())).substring(0, 6),
                                null, body.toString(), meta).inSection(sections.get(rnd.nextInt(sections.size())), 0);
                        tx.insertItem(it, "bench", "bench");
                        sum[0] += body.length();
                    }
                    return null;
                });
                total += sum[0];
            }
            System.out.printf("archive: %d items, %.1f million characters, made in %.1f s%n", items, total / 1e6, (System.nanoTime() - t0) / 1e9);
          }
          if (!indexed) {
            long b0 = System.nanoTime();
            SearchIndex.SyncReport built;
            try (SearchIndex index = SearchIndex.open(dir)) {
                built = index.sync(archive);
                index.commit();
            }
            double buildS = (System.nanoTime() - b0) / 1e9;
            System.out.printf("index build: %d items in %.1f s (%.0f items/s%s)%n", built.indexed(), buildS,
                    built.indexed() / buildS, total == 0 ? "" : String.format(", %.2f M chars/s", total / 1e6 / buildS));
            System.out.printf("index size: %.1f MB (archive file %.1f MB)%n", size(SearchIndex.folder(dir)) / 1e6,
                    Files.size(dir.resolve(Archive.DATABASE_FILE)) / 1e6);
          }

            try (SearchIndex index = SearchIndex.open(dir)) {
                long o0 = System.nanoTime();
                index.sync(archive);
                System.out.printf("open + in-step check with nothing to do: %.0f ms%n", (System.nanoTime() - o0) / 1e6);
                for (int w = 0; w < 3; w++) for (String q : QUERIES) index.search(new SearchIndex.Request(q, null, false, 20, true));
                index.resetPhaseTimes();
                List<Double> times = new ArrayList<>();
                for (int rep = 0; rep < 5; rep++) {
                    for (String q : QUERIES) {
                        long q0 = System.nanoTime();
                        SearchResults r = index.search(new SearchIndex.Request(q, null, rep % 2 == 1, 20, true));
                        times.add((System.nanoTime() - q0) / 1e6);
                        if (rep == 0) System.out.printf("  %-16s %6d hits%n", q, r.total());
                    }
                }
                double[] t = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                System.out.println("  per phase, p50 / p95 over the runs: " + index.phaseTimes());
                System.out.printf("queries (20 hits with snippets + facets), %d runs: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                        t.length, t[t.length / 2], t[(int) Math.ceil(t.length * 0.95) - 1], t[t.length - 1]);

                List<Double> saves = new ArrayList<>();
                List<Double> syncs = new ArrayList<>();
                List<Double> fulls = new ArrayList<>();
                List<Double> syncCpu = new ArrayList<>();
                java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
                Random r2 = new Random(3);
                // what the desktop does: the commit reports the items it wrote, the index re-reads only those
                java.util.Set<Long> reported = java.util.concurrent.ConcurrentHashMap.newKeySet();
                java.util.function.Consumer<org.annalist.store.ItemChanges> listener = c -> reported.addAll(c.items());
                archive.addChangeListener(listener);
                for (int i = 0; i < 60; i++) {
                    if (i == 10) index.resetPhaseTimes();
                    long id = 1 + r2.nextInt(items);
                    reported.clear();
                    long s0 = System.nanoTime();
                    archive.inTransaction(tx -> {
                        Item it = tx.item(id).orElseThrow();
                        return tx.saveItem(it.withBody(it.body() + "\n\n补记第" + id + "条。"), "bench", "bench");
                    });
                    long s1 = System.nanoTime();
                    long c1 = mx.getCurrentThreadCpuTime();
                    SearchIndex.SyncReport one = index.syncItems(archive, java.util.Set.copyOf(reported));
                    long s2 = System.nanoTime();
                    long c2 = mx.getCurrentThreadCpuTime();
                    index.refresh();   // as the search service does after an update (timed in the phases)
                    if (one.indexed() != 1) throw new IllegalStateException("expected one item re-indexed: " + one);
                    if (i >= 10) {
                        saves.add((s1 - s0) / 1e6);
                        syncs.add((s2 - s1) / 1e6);
                        syncCpu.add((c2 - c1) / 1e6);
                    }
                    if (i % 6 == 0) {
                        long k0 = System.nanoTime();
                        index.sync(archive);
                        fulls.add((System.nanoTime() - k0) / 1e6);
                    }
                }
                archive.removeChangeListener(listener);
                System.out.println("  per phase of an update, p50 / p95: " + index.phaseTimes());
                double[] sv = saves.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                double[] sy = syncs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                double[] cp = syncCpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                double[] fu = fulls.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                System.out.printf("one save (%d saves after 10 warm-up): H2 commit p50 %.1f ms; index update after it p50 %.1f ms, "
                        + "p95 %.1f ms, max %.1f ms%n", sv.length, sv[sv.length / 2], sy[sy.length / 2],
                        sy[(int) Math.ceil(sy.length * 0.95) - 1], sy[sy.length - 1]);
                System.out.printf("  of which CPU time of the updating thread (what the machine's load does not inflate): p50 %.1f ms, "
                        + "p95 %.1f ms, max %.1f ms%n", cp[cp.length / 2], cp[(int) Math.ceil(cp.length * 0.95) - 1], cp[cp.length - 1]);
                System.out.printf("full comparison of all %d fingerprints (start, every %d min): p50 %.1f ms, max %.1f ms%n", items,
                        org.annalist.service.SearchService.FULL_CHECK_MINUTES, fu[fu.length / 2], fu[fu.length - 1]);
            }
            serviceSaves(dir, archive, items);
        }
        System.out.printf("load average after: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
    }

    /**
     * As the desktop saves: the search service listens to the commits and re-indexes on its own thread. Measured: what
     * the save call takes with the service listening (the H2 commit plus handing the item ids over) and how long after
     * it the item is searchable (awaitInStep: the index's thread re-reading and re-indexing it), the first 10 saves
     * (cold code) apart from the 50 after them; the Lucene commit the service schedules within seconds is counted
     * in the phases.
     */
    private static void serviceSaves(Path dir, Archive archive, int items) {
        org.annalist.service.AnnalistSession session = org.annalist.service.AnnalistSession.on(dir, archive, "bench");
        org.annalist.service.SearchService search = session.search();
        search.awaitInStep();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long worker = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("annalist-search-index"))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
        long cpu0 = 0;
        List<Double> calls = new ArrayList<>();
        List<Double> updates = new ArrayList<>();
        List<Double> cold = new ArrayList<>();
        List<Double> firstQuery = new ArrayList<>();
        Random r3 = new Random(5);
        for (int i = 0; i < 60; i++) {
            long id = 1 + r3.nextInt(items);
            long s0 = System.nanoTime();
            archive.inTransaction(tx -> {
                Item it = tx.item(id).orElseThrow();
                return tx.saveItem(it.withBody(it.body() + "\n\n再记第" + id + "条。"), "bench", "bench");
            });
            long s1 = System.nanoTime();
            SearchIndex.SyncReport one = search.awaitInStep();
            long s2 = System.nanoTime();
            if (i == 10) cpu0 = mx.getThreadCpuTime(worker);
            if (i >= 10 && i % 5 == 0) {
                // the first query after a change pays the reader's reopen (and the facets' state made again)
                long q0 = System.nanoTime();
                search.search(QUERIES[i % QUERIES.length], null, false, 20, true);
                firstQuery.add((System.nanoTime() - q0) / 1e6);
            }
            if (i < 10) cold.add((s2 - s1) / 1e6);
            else {
                calls.add((s1 - s0) / 1e6);
                updates.add((s2 - s1) / 1e6);
            }
        }
        double[] c = calls.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] u = updates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] k = cold.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("with the search service listening (%d saves after 10 warm-up): the save call p50 %.1f ms, p95 %.1f ms; "
                        + "searchable after it (index thread) p50 %.1f ms, p95 %.1f ms, max %.1f ms; first 10 saves: p50 %.1f ms, max %.1f ms%n",
                c.length, c[c.length / 2], c[(int) Math.ceil(c.length * 0.95) - 1], u[u.length / 2],
                u[(int) Math.ceil(u.length * 0.95) - 1], u[u.length - 1], k[k.length / 2], k[k.length - 1]);
        double[] fq = firstQuery.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("  the first query after a save (reader reopened, %d of them): p50 %.1f ms, max %.1f ms%n", fq.length,
                fq[fq.length / 2], fq[fq.length - 1]);
        System.out.printf("  CPU time of the index's thread per save (after warm-up, its scheduled commits included): %.1f ms%n",
                (mx.getThreadCpuTime(worker) - cpu0) / 1e6 / c.length);
        search.close();
    }

    private static List<String> sentences(Path seeds) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (String s : text.split("(?<=[。！？])")) {
                    String t = s.strip().replaceAll("\\s+", "");
                    if (t.length() >= 8) out.add(t);
                }
            }
        }
        return out;
    }

    private static long size(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
