package org.annalist.ui;

import org.annalist.service.BackgroundTask;
import org.annalist.service.SameThreadTaskExecutor;
import org.annalist.service.TaskExecutor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Runs tasks at once on the calling thread ({@link SameThreadTaskExecutor}) until told to {@link #hold()} them:
 * then they wait until {@link #runHeld()}, so a test sees what the caller did before its background work ran —
 * what the JavaFX thread does — and what the work's handlers did after.
 */
final class QueuedTaskExecutor implements TaskExecutor {
    private record Held(BackgroundTask<?> task, FlagHandle handle) {
    }

    private final SameThreadTaskExecutor runner = new SameThreadTaskExecutor();
    private final Deque<Held> held = new ArrayDeque<>();
    private boolean holding;

    @Override
    public <T> Handle execute(BackgroundTask<T> task) {
        if (!holding) return runner.execute(task);
        FlagHandle handle = new FlagHandle();
        held.add(new Held(task, handle));
        return handle;
    }

    /** From now on tasks wait for {@link #runHeld()}. */
    void hold() {
        holding = true;
    }

    /** The titles of the tasks waiting, in order. */
    List<String> heldTitles() {
        List<String> out = new ArrayList<>();
        for (Held h : held) out.add(h.task().title());
        return out;
    }

    /** Runs the waiting tasks, and those their handlers start, until none is left; then runs tasks at once again. */
    void runHeld() {
        holding = false;
        while (!held.isEmpty()) {
            Held h = held.poll();
            if (h.handle().isCancelled()) {
                h.task().cancelled();
                continue;
            }
            runner.execute(h.task());
            h.handle().done().set(true);
        }
    }
}
