package org.annalist.bench;

import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;
import org.annalist.model.ItemStatus;
import org.annalist.model.Publication;
import org.annalist.model.PublicationKind;
import org.annalist.model.Section;
import org.annalist.model.SectionLevel;
import org.annalist.service.ProgressReport;
import org.annalist.service.ReviewForms;
import org.annalist.store.Archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * How long the progress report of a 2,500-item 年鉴 volume takes (goal: at most 1 s): 25 类目 of 4 分目 each, 25 items
 * per 分目 with about 2,000 characters of text, 40 供稿单位, states spread over the workflow, due dates on the 类目 and on
 * some items. The archive is built once in a temporary folder (deleted afterwards), then the report is
 * built {@code rounds} times; the document tree of the form is timed apart.
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.annalist.bench.ProgressBenchmark 2500 20}.
 */
public final class ProgressBenchmark {
    private ProgressBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 2500;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = Files.createTempDirectory("annalist-progress");
        try (Archive archive = Archive.open(dir)) {
            long t0 = System.nanoTime();
            long pub = build(archive, items);
            System.out.printf("built %d items in %.1f s%n", items, (System.nanoTime() - t0) / 1e9);
            LocalDate asOf = LocalDate.of(2024, 6, 1);
            long best = Long.MAX_VALUE;
            long total = 0;
            ProgressReport r = null;
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                r = ProgressReport.of(archive, Long.toString(pub), asOf);
                long d = System.nanoTime() - t;
                best = Math.min(best, d);
                total += d;
            }
            long t = System.nanoTime();
            var doc = ReviewForms.progress(r);
            long form = System.nanoTime() - t;
            System.out.printf("progress report of %d items: best %.1f ms, mean %.1f ms over %d rounds; form tree %.1f ms"
                            + " (%d blocks); %d overdue, %d 类目, %d 供稿单位%n", r.total(), best / 1e6, total / 1e6 / rounds, rounds,
                    form / 1e6, doc.blocks().size(), r.overdue().size(), r.byCategory().size(), r.byUnit().size());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static long build(Archive archive, int count) {
        String body = "本年度，全县各项工作稳步推进。".repeat(140) + "\n";
        ItemStatus[] states = ItemStatus.values();
        return archive.inTransaction(tx -> {
            tx.actAs("bench");
            Publication p = tx.insertPublication(new Publication(0, PublicationKind.NIANJIAN, "基准年鉴", 2024, null, null, null));
            int made = 0;
            for (int c = 1; made < count; c++) {
                Section cat = tx.insertSection(new Section(0, p.id(), null, SectionLevel.CATEGORY, "类目" + c, 0));
                tx.setSectionDue(cat.id(), LocalDate.of(2024, 1 + c % 12, 1));
                for (int s = 1; s <= 4 && made < count; s++) {
                    Section sub = tx.insertSection(new Section(0, p.id(), cat.id(), SectionLevel.SUBCATEGORY, "分目" + c + "-" + s, 0));
                    for (int i = 0; i < 25 && made < count; i++, made++) {
                        ItemMetadata m = new ItemMetadata("供稿单位" + (made % 40), List.of(), null, null, List.of(), null, null);
                        Item item = tx.insertItem(new Item(0, sub.id(), ItemKind.ENTRY, "条目" + made, null, body,
                                states[made % states.length], m, 0, 0, null, null), "bench", null);
                        if (made % 7 == 0) tx.setItemDue(item.id(), LocalDate.of(2024, 5, 1 + made % 28));
                    }
                }
            }
            return p.id();
        });
    }
}
