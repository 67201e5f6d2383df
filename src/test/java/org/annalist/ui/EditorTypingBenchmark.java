package org.annalist.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.annalist.model.Item;
import org.annalist.service.AnnalistSession;
import org.annalist.service.UserSettings;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.I18n;
import org.fxmisc.richtext.CodeArea;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A scripted editing session on a long manuscript, measured, not asserted (issue 12, item 4): the whole desktop
 * window under the headless toolkit (Monocle), an item of about 60,000 characters opened from the tree's view model,
 * then {@code N} characters typed one every 80 ms at the end of a paragraph in its middle, as an editor types. Prints
 * how long opening took, each keystroke's time on the JavaFX thread (median, 95th percentile, max), the longest gap
 * between two frames of the JavaFX thread while typing and in the 3 s after (autosave, colouring, preview), when the
 * preview showed the typed words (the page that prints them drawn and in the window), and the process's resident
 * memory.
 * <pre>
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
 *   -cp target/test-classes:target/classes:$(cat cp.txt) org.annalist.ui.EditorTypingBenchmark archive 300
 * </pre>
 * With {@code hour} instead of a number of keystrokes, an hour of editing sped up: three items of about 60,000
 * characters, opened in turn {@code rounds} times (default 16), in each 250 characters typed one every 25 ms with a
 * pause of 1.6 s (the autosave's and the preview's) after every 25 and Ctrl+S at the end of the round: 4,000
 * keystrokes, 160 pauses and 16 openings by default. Prints the opening times, the frame gaps over the whole
 * session, the resident memory sampled every half second (peak and end) and the heap in use after a collection.
 */
public final class EditorTypingBenchmark {
    private EditorTypingBenchmark() {
    }

    private static final long GAP_LOG_MS = Long.getLong("bench.gaps", 0);

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]);
        boolean hour = args[1].equals("hour");
        int keys = hour ? 0 : Integer.parseInt(args[1]);
        int rounds = hour && args.length > 2 ? Integer.parseInt(args[2]) : 16;
        Path dir = Files.createTempDirectory("annalist-typing-bench");
        long itemId;
        List<Long> longItems = new ArrayList<>();
        try (AnnalistSession s = AnnalistSession.open(dir.resolve("data"), false, "基准")) {
            s.demo().buildAll(archive);
            var sections = s.queries().publication("demo-nianjian-2022").orElseThrow().sections();
            // the item measured so far, and for the hour two more: the longest items of two other 类目
            List<Item> sources = new ArrayList<>(List.of(sections.get(1).children().get(1).items().get(0)));
            for (int k = 0; k < sections.size() && sources.size() < 3; k++) {
                Item l = k == 1 ? null : longest(sections.get(k));
                if (l != null) sources.add(l);
            }
            for (Item source : sources) {
                StringBuilder body = new StringBuilder();
                while (body.length() < 60_000) body.append(source.body()).append("\n\n");
                longItems.add(s.editing().save(s.editing().item(source.id()).orElseThrow().withBody(body.toString()), "基准").id());
            }
            itemId = longItems.get(0);
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
        // the JavaFX thread's own CPU time from one frame to the next: its work per frame, which the machine's load
        // (other processes taking the cores) does not inflate as it does the frame gaps
        List<Long> frameCpu = Collections.synchronizedList(new ArrayList<>());
        long[] lastFrame = {0};
        long[] lastCpu = {0};
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean[] recording = {false};
        UiTaskExecutor executor = new UiTaskExecutor();
        MainViewModel[] vm = new MainViewModel[1];
        CodeArea[] area = new CodeArea[1];
        onFx(() -> {
            I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
            UserSettings settings = new UserSettings(dir.resolve("data").toString(), "", "", "基准", "zh");
            vm[0] = new MainViewModel(settings, false, executor, new RecordingDialogs(), Coalescer::fx);
            // -Dbench.view=source measures the Markdown source view; the reading view (看稿) is the default
            try {
                java.nio.file.Files.createDirectories(dir.resolve("config"));
                java.nio.file.Files.writeString(dir.resolve("config").resolve("editor.properties"),
                        "view=" + System.getProperty("bench.view", "reading") + "\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            MainView view = new MainView(vm[0], new RecordingDialogs(), executor, dir.resolve("config"), () -> {
            }, saved -> {
            });
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1280, 800));
            stage.show();
            area[0] = (CodeArea) stage.getScene().lookup("#markdown-editor");
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long cpu = threads.getCurrentThreadCpuTime();
                    if (recording[0] && lastCpu[0] != 0) {
                        frameCpu.add(cpu - lastCpu[0]);
                        if (GAP_LOG_MS > 0 && cpu - lastCpu[0] > GAP_LOG_MS * 1_000_000L) {
                            System.out.printf("busy frame %.0f ms CPU ending at %s%n", (cpu - lastCpu[0]) / 1e6, java.time.LocalTime.now());
                        }
                    }
                    lastCpu[0] = cpu;
                    if (recording[0] && lastFrame[0] != 0) {
                        gaps.add(now - lastFrame[0]);
                        // -Dbench.gaps=MS prints the wall-clock time of every longer gap (to find it in a JFR recording)
                        if (GAP_LOG_MS > 0 && now - lastFrame[0] > GAP_LOG_MS * 1_000_000L) {
                            System.out.printf("gap %.0f ms ending at %s%n", (now - lastFrame[0]) / 1e6, java.time.LocalTime.now());
                        }
                    }
                    lastFrame[0] = now;
                }
            }.start();
            return null;
        });
        CountDownLatch opened = new CountDownLatch(1);
        onFx(() -> {
            vm[0].openArchive(opened::countDown);
            return null;
        });
        opened.await(60, TimeUnit.SECONDS);
        if (hour) {
            hour(vm[0], area[0], longItems, rounds, gaps, recording);
            onFx(() -> {
                vm[0].close();
                return null;
            });
            executor.close();
            Platform.exit();
            System.exit(0);
        }
        long t0 = System.nanoTime();
        onFx(() -> {
            vm[0].openItem(itemId);
            return null;
        });
        waitFor(() -> onFxQuiet(() -> vm[0].editor().itemProperty().get() != null && vm[0].editor().itemProperty().get().id() == itemId
                && area[0].getLength() > 50_000));
        double openMs = (System.nanoTime() - t0) / 1e6;
        waitFor(() -> onFxQuiet(() -> !vm[0].preview().pages().isEmpty()));
        double previewMs = (System.nanoTime() - t0) / 1e6;
        Thread.sleep(2000);

        // type in the middle: at the end of the paragraph that holds the text's middle
        int at = onFx(() -> {
            String text = area[0].getText();
            int nl = text.indexOf('\n', text.length() / 2);
            return nl < 0 ? text.length() : nl;
        });
        String typed = "在长稿中间连续输入的文字用来测量每次按键在界面线程上的耗时和画面的流畅程度";
        long[] keyNanos = new long[keys];
        long[] keyCpu = new long[keys];
        long gcCount0 = gcCount(), gcMs0 = gcMillis();
        recording[0] = true;
        int updatesBefore = onFx(() -> vm[0].preview().updatesProperty().get());
        for (int k = 0; k < keys; k++) {
            int pos = at + k;
            String ch = String.valueOf(typed.charAt(k % typed.length()));
            int key = k;
            keyNanos[k] = onFx(() -> {
                long c = threads.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                area[0].insertText(pos, ch);
                keyCpu[key] = threads.getCurrentThreadCpuTime() - c;
                return System.nanoTime() - s;
            });
            Thread.sleep(80);
        }
        long typedAt = System.nanoTime();
        // all the typed characters: a preview made during the typing (a stall longer than the 300 ms pause) has only some
        StringBuilder all = new StringBuilder();
        for (int k = 0; k < keys; k++) all.append(typed.charAt(k % typed.length()));
        String marker = all.toString();
        waitFor(() -> onFxQuiet(() -> vm[0].preview().updatesProperty().get() > updatesBefore && shows(vm[0], area[0], marker)));
        double previewAfterTyping = (System.nanoTime() - typedAt) / 1e6;
        Thread.sleep(3000);
        recording[0] = false;

        long gcCount = gcCount() - gcCount0, gcMs = gcMillis() - gcMs0;
        java.util.Arrays.sort(keyNanos);
        java.util.Arrays.sort(keyCpu);
        List<Long> g = new ArrayList<>(gaps);
        Collections.sort(g);
        List<Long> fc = new ArrayList<>(frameCpu);
        Collections.sort(fc);
        long rss = rssKb();
        System.out.printf("item: %,d characters; opened in %.0f ms, first pages shown at %.0f ms%n", onFx(() -> area[0].getLength()), openMs, previewMs);
        System.out.printf("%d keystrokes: on the JavaFX thread median %.2f ms, 95th percentile %.2f ms, max %.2f ms%n", keys,
                keyNanos[keys / 2] / 1e6, keyNanos[keys * 95 / 100] / 1e6, keyNanos[keys - 1] / 1e6);
        System.out.printf("frame gaps while typing and 3 s after: %d frames, median %.1f ms, 99th percentile %.1f ms, longest %.1f ms%n",
                g.size(), g.get(g.size() / 2) / 1e6, g.get(g.size() * 99 / 100) / 1e6, g.get(g.size() - 1) / 1e6);
        System.out.printf("JavaFX thread CPU: per keystroke median %.2f ms, 95th percentile %.2f ms, max %.2f ms; per frame 99th percentile %.1f ms, 99.9th %.1f ms, max %.1f ms, %d frames over 16 ms%n",
                keyCpu[keys / 2] / 1e6, keyCpu[keys * 95 / 100] / 1e6, keyCpu[keys - 1] / 1e6,
                fc.get(fc.size() * 99 / 100) / 1e6, fc.get(fc.size() * 999 / 1000) / 1e6, fc.get(fc.size() - 1) / 1e6,
                fc.stream().filter(x -> x > 16_000_000L).count());
        System.out.printf("collections meanwhile: %d, %d ms in all; load average %s%n", gcCount, gcMs,
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        System.out.printf("preview showed the typed words %.0f ms after the last keystroke%n", previewAfterTyping);
        System.out.printf("resident memory: %,d MB%n", rss / 1024);
        onFx(() -> {
            vm[0].close();
            return null;
        });
        executor.close();
        Platform.exit();
        System.exit(0);
    }

    /**
     * Whether the window shows {@code words} on a page: the typeset pages print them, and the page that does has
     * its pixels drawn and its image in the preview (the page node carries the pixels its image was made from).
     */
    private static boolean shows(MainViewModel vm, CodeArea area, String words) {
        var pages = vm.preview().pages();
        org.annalist.ui.preview.PageText text = new org.annalist.ui.preview.PageText(pages.stream().map(p -> p.frame()).toList());
        int at = text.text().indexOf(words);
        if (at < 0) return false;
        int page = text.glyph(at + words.length() - 1).page();
        var nodes = List.copyOf(area.getScene().getRoot().lookupAll(".preview-page"));
        return pages.get(page).pixels() != null && page < nodes.size() && nodes.get(page).getUserData() == pages.get(page).pixels();
    }

    /** The sped-up hour: see the class's description. */
    private static void hour(MainViewModel vm, CodeArea area, List<Long> items, int rounds, List<Long> gaps, boolean[] recording)
            throws Exception {
        long[] peak = {0};
        Thread sampler = new Thread(() -> {
            try {
                while (true) {
                    peak[0] = Math.max(peak[0], rssKb());
                    Thread.sleep(500);
                }
            } catch (Exception e) {
                // interrupted: the session is over
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
        String typed = "一小时编辑中陆续输入的文字检验内存是否有界以及打开稿件和预览的速度";
        List<Double> opens = new ArrayList<>();
        List<Double> previews = new ArrayList<>();
        long start = System.nanoTime();
        int keys = 0;
        recording[0] = true;
        for (int r = 0; r < rounds; r++) {
            long id = items.get(r % items.size());
            long t0 = System.nanoTime();
            onFx(() -> {
                vm.openItem(id);
                return null;
            });
            waitFor(() -> onFxQuiet(() -> vm.editor().itemProperty().get() != null && vm.editor().itemProperty().get().id() == id
                    && area.getLength() > 50_000));
            opens.add((System.nanoTime() - t0) / 1e6);
            // type somewhere new each round: at the end of a paragraph a little further down each time
            int at = onFx(() -> {
                String text = area.getText();
                int nl = text.indexOf('\n', text.length() * (1 + (int) (Math.random() * 8)) / 10);
                return nl < 0 ? text.length() : nl;
            });
            for (int k = 0; k < 250; k++) {
                int pos = at + k;
                String ch = String.valueOf(typed.charAt(keys++ % typed.length()));
                onFx(() -> {
                    area.insertText(pos, ch);
                    return null;
                });
                Thread.sleep(25);
                if (k % 25 == 24) {
                    long p0 = System.nanoTime();
                    int before = onFx(() -> vm.preview().updatesProperty().get());
                    Thread.sleep(1600);
                    if (onFx(() -> vm.preview().updatesProperty().get()) > before) previews.add((System.nanoTime() - p0) / 1e6);
                }
            }
            onFx(() -> {
                vm.editor().save();
                return null;
            });
        }
        recording[0] = false;
        double minutes = (System.nanoTime() - start) / 6e10;
        sampler.interrupt();
        long endRss = rssKb();
        System.gc();
        Thread.sleep(500);
        Runtime rt = Runtime.getRuntime();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
        List<Long> g = new ArrayList<>(gaps);
        Collections.sort(g);
        Collections.sort(opens);
        long over50 = g.stream().filter(x -> x > 50_000_000L).count();
        long over100 = g.stream().filter(x -> x > 100_000_000L).count();
        System.out.printf("sped-up hour: %d keystrokes, %d pauses, %d openings of 3 items of ~60,000 characters in %.1f minutes%n",
                keys, keys / 25, rounds, minutes);
        System.out.printf("opening an item: median %.0f ms, longest %.0f ms%n", opens.get(opens.size() / 2), opens.get(opens.size() - 1));
        System.out.printf("frame gaps: %d frames, median %.1f ms, 99th percentile %.1f ms, longest %.1f ms, %d over 50 ms, %d over 100 ms%n",
                g.size(), g.get(g.size() / 2) / 1e6, g.get(g.size() * 99 / 100) / 1e6, g.get(g.size() - 1) / 1e6, over50, over100);
        System.out.printf("pauses after which the preview was updated within 1.6 s: %d of %d%n", previews.size(), keys / 25);
        System.out.printf("resident memory: peak %,d MB, at the end %,d MB; heap in use after a collection %,d MB (max heap %,d MB)%n",
                Math.max(peak[0], endRss) / 1024, endRss / 1024, heapMb, rt.maxMemory() >> 20);
    }

    private static Item longest(org.annalist.service.ArchiveTree.SectionNode n) {
        Item best = n.items().stream().max(java.util.Comparator.comparingInt(i -> i.body().length())).orElse(null);
        for (var c : n.children()) {
            Item b = longest(c);
            if (b != null && (best == null || b.body().length() > best.body().length())) best = b;
        }
        return best;
    }

    private static long gcCount() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionCount())).sum();
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    private static long rssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
        }
        return -1;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(120, TimeUnit.SECONDS);
    }

    private static boolean onFxQuiet(Supplier<Boolean> check) {
        try {
            return onFx(check::get);
        } catch (Exception e) {
            return false;
        }
    }

    private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        long until = System.nanoTime() + 120_000_000_000L;
        while (!condition.get()) {
            if (System.nanoTime() > until) throw new IllegalStateException("waited 120 s");
            Thread.sleep(20);
        }
    }
}
