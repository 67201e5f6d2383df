package org.annalist.service;

/** Runs {@link BackgroundTask}s; the desktop program's executor uses worker threads, tests use {@link SameThreadTaskExecutor}. */
public interface TaskExecutor {

    /** What the caller keeps of a started task: a way to cancel it. */
    interface Handle {
        void cancel();

        boolean isCancelled();

        boolean isDone();
    }

    /** A handle over two flags the executor shares with the running task: cancel sets one, the end the other. */
    record FlagHandle(java.util.concurrent.atomic.AtomicBoolean cancelled,
                      java.util.concurrent.atomic.AtomicBoolean done) implements Handle {
        public FlagHandle() {
            this(new java.util.concurrent.atomic.AtomicBoolean(), new java.util.concurrent.atomic.AtomicBoolean());
        }

        @Override
        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        @Override
        public boolean isDone() {
            return done.get();
        }
    }

    <T> Handle execute(BackgroundTask<T> task);
}
