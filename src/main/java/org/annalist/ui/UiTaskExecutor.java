package org.annalist.ui;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.annalist.service.BackgroundTask;
import org.annalist.service.TaskExecutor;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs background tasks on worker threads so the window never waits, and hands their progress and
 * outcome to the JavaFX thread. Counts running tasks and keeps the latest progress line for the status bar.
 */
public final class UiTaskExecutor implements TaskExecutor, AutoCloseable {
    private final AtomicInteger threadNumber = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "annalist-task-" + threadNumber.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    @Override
    public <T> Handle execute(BackgroundTask<T> task) {
        FlagHandle handle = new FlagHandle();
        AtomicBoolean cancelled = handle.cancelled();
        AtomicBoolean done = handle.done();
        BackgroundTask.Progress progress = new BackgroundTask.Progress() {
            @Override
            public void update(String phase, long d, long total) {
                BackgroundTask.Update u = new BackgroundTask.Update(phase, d, total);
                Platform.runLater(() -> {
                    message.set(task.title() + "：" + phase + (total > 0 ? "（" + d + "/" + total + "）" : ""));
                    task.progressed(u);
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }

            @Override
            public void publish(Object partial) {
                Platform.runLater(() -> task.published(partial));
            }
        };
        onFx(() -> running.set(running.get() + 1));
        workers.execute(() -> {
            try {
                T result = task.work().run(progress);
                done.set(true);
                Platform.runLater(() -> {
                    finished();
                    if (cancelled.get()) task.cancelled();
                    else task.succeeded(result);
                });
            } catch (CancellationException e) {
                done.set(true);
                Platform.runLater(() -> {
                    finished();
                    task.cancelled();
                });
            } catch (Exception | LinkageError | AssertionError | OutOfMemoryError e) {
                done.set(true);
                Platform.runLater(() -> {
                    finished();
                    task.failed(e);
                });
            }
        });
        return handle;
    }

    private void finished() {
        running.set(running.get() - 1);
        if (running.get() == 0) message.set("");
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) r.run();
        else Platform.runLater(r);
    }

    /** How many tasks are running. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The latest progress line ("导出 PDF：分栏分页（2/5）"). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
