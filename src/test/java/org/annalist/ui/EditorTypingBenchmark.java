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
 * preview showed the typed words, and the process's resident memory.
 * <pre>
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
 *   -cp target/test-classes:target/classes:$(cat cp.txt) org.annalist.ui.EditorTypingBenchmark archive 300
 * </pre>
 */
public final class EditorTypingBenchmark {
    private EditorTypingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]);
        int keys = Integer.parseInt(args[1]);
        Path dir = Files.createTempDirectory("annalist-typing-bench");
        long itemId;
        try (AnnalistSession s = AnnalistSession.open(dir.resolve("data"), false, "基准")) {
            s.demo().buildAll(archive);
            Item last = s.queries().publication("demo-nianjian-2022").orElseThrow().sections().get(1).children().get(1).items().get(0);
            StringBuilder body = new StringBuilder();
            while (body.length() < 60_000) body.append(last.body()).append("\n\n");
            itemId = s.editing().save(s.editing().item(last.id()).orElseThrow().withBody(body.toString()), "基准").id();
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
        long[] lastFrame = {0};
        boolean[] recording = {false};
        UiTaskExecutor executor = new UiTaskExecutor();
        MainViewModel[] vm = new MainViewModel[1];
        CodeArea[] area = new CodeArea[1];
        onFx(() -> {
            I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
            UserSettings settings = new UserSettings(dir.resolve("data").toString(), "", "", "基准", "zh");
            vm[0] = new MainViewModel(settings, false, executor, new RecordingDialogs(), Coalescer::fx);
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
                    if (recording[0] && lastFrame[0] != 0) gaps.add(now - lastFrame[0]);
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
        recording[0] = true;
        int updatesBefore = onFx(() -> vm[0].preview().updatesProperty().get());
        for (int k = 0; k < keys; k++) {
            int pos = at + k;
            String ch = String.valueOf(typed.charAt(k % typed.length()));
            keyNanos[k] = onFx(() -> {
                long s = System.nanoTime();
                area[0].insertText(pos, ch);
                return System.nanoTime() - s;
            });
            Thread.sleep(80);
        }
        long typedAt = System.nanoTime();
        String marker = typed.substring(0, 8);
        waitFor(() -> onFxQuiet(() -> vm[0].preview().updatesProperty().get() > updatesBefore
                && new org.annalist.ui.preview.PageText(vm[0].preview().pages().stream().map(p -> p.frame()).toList()).text().contains(marker)));
        double previewAfterTyping = (System.nanoTime() - typedAt) / 1e6;
        Thread.sleep(3000);
        recording[0] = false;

        java.util.Arrays.sort(keyNanos);
        List<Long> g = new ArrayList<>(gaps);
        Collections.sort(g);
        long rss = rssKb();
        System.out.printf("item: %,d characters; opened in %.0f ms, first pages shown at %.0f ms%n", onFx(() -> area[0].getLength()), openMs, previewMs);
        System.out.printf("%d keystrokes: on the JavaFX thread median %.2f ms, 95th percentile %.2f ms, max %.2f ms%n", keys,
                keyNanos[keys / 2] / 1e6, keyNanos[keys * 95 / 100] / 1e6, keyNanos[keys - 1] / 1e6);
        System.out.printf("frame gaps while typing and 3 s after: %d frames, median %.1f ms, 99th percentile %.1f ms, longest %.1f ms%n",
                g.size(), g.get(g.size() / 2) / 1e6, g.get(g.size() * 99 / 100) / 1e6, g.get(g.size() - 1) / 1e6);
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
