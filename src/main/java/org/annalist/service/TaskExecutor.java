package org.annalist.service;

/** Runs {@link BackgroundTask}s; the desktop program's executor uses worker threads, tests use {@link SameThreadTaskExecutor}. */
public interface TaskExecutor {

    /** What the caller keeps of a started task: a way to cancel it. */
    interface Handle {
        void cancel();

        boolean isCancelled();

        boolean isDone();
    }

    <T> Handle execute(BackgroundTask<T> task);
}
