package org.annalist.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an action once a burst of triggers has settled: typing in the editor asks for a preview and an
 * autosave on every key, and the work happens once the keys stop. Tests use {@link #immediate()}.
 */
public interface Coalescer {

    /** Asks for {@code action} to run after the quiet period; a newer trigger replaces an older one. */
    void trigger(Runnable action);

    /** Runs a pending action now (before closing, switching items). */
    void flush();

    /** Forgets a pending action. */
    void cancel();

    /** On the JavaFX thread, after {@code millis} without a trigger. */
    static Coalescer fx(double millis) {
        return new Coalescer() {
            private final PauseTransition pause = new PauseTransition(Duration.millis(millis));
            private Runnable pending;

            {
                pause.setOnFinished(e -> flush());
            }

            @Override
            public void trigger(Runnable action) {
                pending = action;
                pause.playFromStart();
            }

            @Override
            public void flush() {
                pause.stop();
                Runnable r = pending;
                pending = null;
                if (r != null) r.run();
            }

            @Override
            public void cancel() {
                pause.stop();
                pending = null;
            }
        };
    }

    /** Runs each action at once, on the calling thread. */
    static Coalescer immediate() {
        return new Coalescer() {
            @Override
            public void trigger(Runnable action) {
                action.run();
            }

            @Override
            public void flush() {
            }

            @Override
            public void cancel() {
            }
        };
    }

    /** Keeps the latest action until {@link #flush()} (tests that look at the state in between). */
    static Coalescer manual() {
        return new Coalescer() {
            private Runnable pending;

            @Override
            public void trigger(Runnable action) {
                pending = action;
            }

            @Override
            public void flush() {
                Runnable r = pending;
                pending = null;
                if (r != null) r.run();
            }

            @Override
            public void cancel() {
                pending = null;
            }
        };
    }
}
