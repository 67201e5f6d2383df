package org.annalist.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.annalist.model.Item;
import org.annalist.service.AnnalistSession;
import org.annalist.service.ArchiveTree;
import org.annalist.service.PreviewService;
import org.annalist.typeset.page.BookTypesetter;

/**
 * What the preview costs after a pause in typing, as the desktop program asks for it: every item of the demo
 * yearbook set where it stands in the book (its whole 类目 with the neighbours' stored text, from the 类目's real
 * first folio), with one more sentence than is stored. {@code java -cp target/test-classes:target/classes:$(cat cp.txt)
 * org.annalist.bench.PreviewBenchmark archive 5}: builds the demo archive in a temporary folder, then prints per item
 * the median wall time over the rounds (after two rounds that warm the JIT), and the first preview's time (it also
 * sets the whole book once to find where each 类目 starts); last, the same for the last item with its text repeated to
 * 60,000 characters (a long 文史 memoir).
 */
public final class PreviewBenchmark {
    private PreviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path dir = Files.createTempDirectory("annalist-preview-bench");
        try (AnnalistSession s = AnnalistSession.open(dir, false, "基准")) {
            s.demo().buildAll(archive);
            ArchiveTree.PublicationNode book = s.queries().publication("demo-nianjian-2022").orElseThrow();
            List<Item> items = new ArrayList<>();
            for (ArchiveTree.SectionNode n : book.sections()) collect(n, items);
            PreviewService previews = s.previews(null);
            long t0 = System.nanoTime();
            previews.typeset(items.get(items.size() - 1), "nianjian-16k", BookTypesetter.Progress.NONE);
            System.out.printf("first preview (sets the whole book once): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
            // a long manuscript (a 文史 memoir of ~60,000 characters is a normal size): the last item's text repeated
            Item last = items.get(items.size() - 1);
            StringBuilder longBody = new StringBuilder();
            while (longBody.length() < 60_000) longBody.append(last.body()).append("\n\n");
            items.add(last.withBody(longBody.toString()));
            for (Item item : items) {
                long[] nanos = new long[rounds];
                int pages = 0;
                String folios = "";
                for (int r = 0; r < rounds + 2; r++) {
                    Item edited = item.withBody(item.body() + "\n\n第" + r + "次预览新增的一句话。\n");
                    long t = System.nanoTime();
                    PreviewService.ItemPages p = previews.typeset(edited, "nianjian-16k", BookTypesetter.Progress.NONE);
                    t = System.nanoTime() - t;
                    if (r >= 2) nanos[r - 2] = t;
                    pages = p.pages().size();
                    folios = p.labels().get(0) + "—" + p.labels().get(p.labels().size() - 1);
                }
                Arrays.sort(nanos);
                System.out.printf("%-28s %,7d chars  pages %s (%d)  median %.0f ms%n", item.title(), item.body().length(),
                        folios, pages, nanos[rounds / 2] / 1e6);
            }
            // drawing the long item's pages to pixels at the preview's default zoom (80 % of a 96 dpi screen)
            PreviewService.ItemPages longPages = previews.typeset(items.get(items.size() - 1), "nianjian-16k", BookTypesetter.Progress.NONE);
            double scale = 0.8 * 96 / 72;
            for (int r = 0; r < 2; r++) for (var f : longPages.pages()) previews.render(f, scale);
            long t = System.nanoTime();
            for (var f : longPages.pages()) previews.render(f, scale);
            System.out.printf("drawing the long item's %d pages: %.1f ms a page%n", longPages.pages().size(),
                    (System.nanoTime() - t) / 1e6 / longPages.pages().size());
        }
    }

    private static void collect(ArchiveTree.SectionNode n, List<Item> out) {
        out.addAll(n.items());
        for (ArchiveTree.SectionNode c : n.children()) collect(c, out);
    }
}
