package org.annalist.service;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Long work (import, typesetting, export) described once and run by a {@link TaskExecutor}: on a worker
 * thread in the desktop program, on the calling thread in tests. The work reports progress and checks for
 * cancellation through its {@link Progress}; the handlers say what to do with the outcome. The executor
 * decides on which thread the handlers run (the desktop program: the window's thread).
 */
public final class BackgroundTask<T> {

    /** The work itself. Throwing {@link CancellationException} (see {@link Progress#checkCancelled}) ends it as cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Handed to the work: where it reports how far it is and learns whether the user cancelled. */
    public interface Progress {
        /** {@code phase}: what is being done, in the user's language; {@code total <= 0}: unknown amount. */
        void update(String phase, long done, long total);

        boolean isCancelled();

        /** Hands a piece of the result over before the work ends (a file of a batch done); see {@link #onPublished}. */
        default void publish(Object partial) {
        }

        default void checkCancelled() {
            if (isCancelled()) throw new CancellationException("已取消");
        }
    }

    /** One progress report. */
    public record Update(String phase, long done, long total) {
        /** Between 0 and 1, or -1 when the amount is unknown. */
        public double fraction() {
            return total <= 0 ? -1 : Math.min(1, Math.max(0, (double) done / total));
        }
    }

    private final String title;
    private final Work<T> work;
    private Consumer<Update> onProgress = u -> {
    };
    private Consumer<T> onSuccess = r -> {
    };
    private Consumer<Object> onPublished = v -> {
    };
    private Consumer<Throwable> onFailure = e -> {
    };
    private Runnable onCancelled = () -> {
    };

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onProgress(Consumer<Update> handler) {
        onProgress = Objects.requireNonNull(handler);
        return this;
    }

    /** Told of each piece the work {@linkplain Progress#publish publishes}, in order. */
    public BackgroundTask<T> onPublished(Consumer<Object> handler) {
        onPublished = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    public String title() {
        return title;
    }

    public Work<T> work() {
        return work;
    }

    public void progressed(Update u) {
        onProgress.accept(u);
    }

    public void published(Object partial) {
        onPublished.accept(partial);
    }

    public void succeeded(T result) {
        onSuccess.accept(result);
    }

    public void failed(Throwable e) {
        onFailure.accept(e);
    }

    public void cancelled() {
        onCancelled.run();
    }
}
