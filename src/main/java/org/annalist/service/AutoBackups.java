package org.annalist.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Automatic backups of an open archive: one on start, one every {@code every} while something was saved since the
 * last, and one on exit when something was. They run on a thread of their own, one at a time (H2's BACKUP TO reads
 * the archive while saves go on), so the window never waits for them; a failure is reported to {@code onProblem}
 * and the next one is tried again.
 */
public final class AutoBackups implements AutoCloseable {
    private final BackupService backups;
    private final Duration every;
    private final Consumer<Exception> onProblem;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "annalist-backup");
        t.setDaemon(true);
        return t;
    });
    private volatile long lastMark = Long.MIN_VALUE;
    private volatile Path last;

    public AutoBackups(BackupService backups, Duration every, Consumer<Exception> onProblem) {
        this.backups = backups;
        this.every = every;
        this.onProblem = onProblem;
    }

    /** The backup on start, then the timer. */
    public AutoBackups start() {
        runNow("start");
        long ms = Math.max(1000, every.toMillis());
        worker.scheduleWithFixedDelay(() -> backupIfChanged("timer"), ms, ms, TimeUnit.MILLISECONDS);
        return this;
    }

    /**
     * The timer only, carrying on from {@code previous} (settings changed while the archive is open): no backup now,
     * and the next one only when something was saved since {@code previous}'s last. {@code previous} must be stopped.
     */
    public AutoBackups continueFrom(AutoBackups previous) {
        lastMark = previous.lastMark;
        last = previous.last;
        long ms = Math.max(1000, every.toMillis());
        try {
            worker.scheduleWithFixedDelay(() -> backupIfChanged("timer"), ms, ms, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closedMeanwhile) {
            // the archive was closed before the new timer could start: there is nothing left to back up on a timer
        }
        return this;
    }

    /** The time between backups while editing. */
    public Duration every() {
        return every;
    }

    /** A backup on the worker now, whatever changed; the future gives its file (null if it failed). */
    public Future<Path> runNow(String reason) {
        return worker.submit(() -> backup(reason));
    }

    private Path backupIfChanged(String reason) {
        try {
            if (backups.changeMark() == lastMark) return null;
        } catch (RuntimeException e) {
            onProblem.accept(e);
            return null;
        }
        return backup(reason);
    }

    private Path backup(String reason) {
        try {
            long mark = backups.changeMark();
            Path file = backups.automatic(reason);
            lastMark = mark;
            last = file;
            return file;
        } catch (RuntimeException e) {
            onProblem.accept(e);
            return null;
        }
    }

    /** The last automatic backup written by this run, or null. */
    public Path last() {
        return last;
    }

    /**
     * Stops the timer without a backup on exit (the archive is being closed for another reason, a restore) and waits
     * for a backup under way to end. Never by interrupting it: an interrupt closes the NIO channel H2 is reading.
     */
    public void stop() {
        worker.shutdown();
        try {
            worker.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the timer and, when something was saved since the last backup, writes the one on exit (waits for it). */
    @Override
    public void close() {
        Future<Path> exit = worker.submit(() -> backupIfChanged("exit"));
        try {
            exit.get(10, TimeUnit.MINUTES);
        } catch (Exception e) {
            onProblem.accept(e instanceof java.util.concurrent.ExecutionException x && x.getCause() instanceof Exception c ? c : e);
        } finally {
            stop();
        }
    }
}
