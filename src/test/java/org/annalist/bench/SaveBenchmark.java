package org.annalist.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.annalist.model.Item;
import org.annalist.service.AnnalistSession;
import org.annalist.service.ItemEditing;

/**
 * What one save of an item costs, as the desktop program's save does it (ItemEditing.save: parse check, new
 * revision, audit row, commit and sync): {@code java -cp target/test-classes:target/classes:$(cat cp.txt)
 * org.annalist.bench.SaveBenchmark archive/seeds/special-edition-jiangsu-cppcc-2022.txt 200}. Prints the median and
 * 90th percentile of the save's wall time in a fresh archive in a temporary folder.
 */
public final class SaveBenchmark {
    private SaveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path text = Path.of(args[0]);
        int saves = Integer.parseInt(args[1]);
        Path dir = Files.createTempDirectory("annalist-save-bench");
        try (AnnalistSession s = AnnalistSession.open(dir, false, "基准")) {
            long id = s.imports().importBytes(text.getFileName().toString(), Files.readAllBytes(text), null).items().get(0).id();
            ItemEditing editing = s.editing();
            long[] nanos = new long[saves];
            for (int i = 0; i < saves + 20; i++) {
                Item item = editing.item(id).orElseThrow();
                String body = item.body() + "\n\n第" + i + "次修改。\n";
                long t0 = System.nanoTime();
                editing.save(item.withBody(body), "基准");
                long t = System.nanoTime() - t0;
                if (i >= 20) nanos[i - 20] = t; // the first twenty warm the JIT
            }
            Arrays.sort(nanos);
            int chars = editing.item(id).orElseThrow().body().length();
            System.out.printf("%d saves of a %,d-character item: median %.1f ms, 90th percentile %.1f ms%n", saves, chars,
                    nanos[saves / 2] / 1e6, nanos[saves * 9 / 10] / 1e6);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
