package org.annalist.ui;

import org.annalist.service.BackgroundTask;
import org.annalist.service.TaskExecutor;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs each task on a thread of its own, as the window's executor does, but without a screen: the
 * handlers run on that thread. A test can cancel from its own thread while the work runs and wait for the end.
 */
final class WorkerThreadExecutor implements TaskExecutor {
    private final CountDownLatch finished = new CountDownLatch(1);

    @Override
    public <T> Handle execute(BackgroundTask<T> task) {
        TaskExecutor.FlagHandle handle = new TaskExecutor.FlagHandle();
        AtomicBoolean cancelled = handle.cancelled();
        AtomicBoolean done = handle.done();
        BackgroundTask.Progress progress = new BackgroundTask.Progress() {
            @Override
            public void update(String phase, long d, long total) {
                task.progressed(new BackgroundTask.Update(phase, d, total));
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        Thread worker = new Thread(() -> {
            try {
                T result = task.work().run(progress);
                done.set(true);
                if (cancelled.get()) task.cancelled();
                else task.succeeded(result);
            } catch (CancellationException e) {
                done.set(true);
                task.cancelled();
            } catch (Exception | Error e) {
                done.set(true);
                task.failed(e);
            } finally {
                finished.countDown();
            }
        }, "test-task");
        worker.setDaemon(true);
        worker.start();
        return handle;
    }

    /** Waits for the (single) task to end, handlers included. */
    boolean awaitEnd(long seconds) throws InterruptedException {
        return finished.await(seconds, TimeUnit.SECONDS);
    }
}
