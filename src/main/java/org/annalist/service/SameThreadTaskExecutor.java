package org.annalist.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs each task at once on the calling thread, handlers included, so tests of ViewModels are
 * deterministic. It remembers the titles of the tasks it ran and every progress report.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {
    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());
    private final List<BackgroundTask.Update> updates = Collections.synchronizedList(new ArrayList<>());

    @Override
    public <T> Handle execute(BackgroundTask<T> task) {
        ran.add(task.title());
        FlagHandle handle = new FlagHandle();
        AtomicBoolean cancelled = handle.cancelled();
        AtomicBoolean done = handle.done();
        BackgroundTask.Progress progress = new BackgroundTask.Progress() {
            @Override
            public void update(String phase, long d, long total) {
                BackgroundTask.Update u = new BackgroundTask.Update(phase, d, total);
                updates.add(u);
                task.progressed(u);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }

            @Override
            public void publish(Object partial) {
                task.published(partial);
            }
        };
        T result;
        try {
            result = task.work().run(progress);
        } catch (CancellationException e) {
            done.set(true);
            task.cancelled();
            return handle;
        } catch (Exception | Error e) {
            done.set(true);
            task.failed(e);
            return handle;
        }
        done.set(true);
        if (cancelled.get()) task.cancelled();
        else task.succeeded(result);
        return handle;
    }

    /** Titles of the tasks run so far, in order. */
    public List<String> ran() {
        return List.copyOf(ran);
    }

    public List<BackgroundTask.Update> updates() {
        return List.copyOf(updates);
    }
}
