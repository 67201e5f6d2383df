package org.annalist.store;

import org.annalist.i18n.Localized;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * An open archive: the H2 file {@code annalist.mv.db} in a data folder, migrated to the current schema.
 * All work goes through {@link #inTransaction} (writes) or {@link #read}; each call gets its own
 * connection from a small pool. One connection stays open for the archive's lifetime so the database
 * (and its file lock) is held until {@link #close}.
 */
public final class Archive implements AutoCloseable {
    public static final String DATABASE_FILE = "annalist.mv.db";
    private static final String USER = "annalist";
    private static final String PASSWORD = "";

    /**
     * A read-only connection to the H2 archive file in {@code dir} (a backup's copy being inspected): no migrations,
     * nothing written, no compaction when it closes.
     */
    static Connection readOnlyCopy(Path dir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.toAbsolutePath().resolve("annalist")
                + ";ACCESS_MODE_DATA=r", USER, PASSWORD);
    }
    private static final int MAX_IDLE = 4;

    private final Path file;
    private final String url;
    private final boolean shared;
    private final String user;
    private final String password;
    /** The store is a PostgreSQL database (see {@link #openPostgres}), else the H2 file. */
    private final boolean postgres;
    private volatile Connection keeper;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final ThreadLocal<Tx> current = new ThreadLocal<>();
    private volatile boolean closed;
    private volatile String actor = System.getProperty("user.name", "annalist");

    private Archive(Path file, String url, boolean shared, Connection keeper) {
        this(file, url, shared, USER, PASSWORD, false, keeper);
    }

    private Archive(Path file, String url, boolean shared, String user, String password, boolean postgres, Connection keeper) {
        this.file = file;
        this.url = url;
        this.shared = shared;
        this.user = user;
        this.password = password;
        this.postgres = postgres;
        this.keeper = keeper;
    }

    /** The PostgreSQL migrations: db/migration's H2 scripts in PostgreSQL's SQL, with plpgsql in place of Java triggers. */
    static final String POSTGRES_MIGRATIONS = "classpath:db/postgresql";

    /**
     * Opens the archive kept in a PostgreSQL database (for an office larger than H2's server mode serves well) and brings
     * its schema up to date, with the same migrations in PostgreSQL's SQL. {@code location} is
     * {@code postgresql://host[:port]/database?user=…&password=…} (or the same with {@code jdbc:} in front); the
     * database must exist (an empty one becomes an archive). Every program of the office opens the same location.
     */
    public static Archive openPostgres(String location) {
        PostgresLocation at = PostgresLocation.parse(location);
        Connection keeper;
        try {
            keeper = DriverManager.getConnection(at.jdbcUrl(), at.user(), at.password());
        } catch (SQLException e) {
            throw new StoreException(Localized.of("store.pg.connect", at.display(), e.getMessage()), e);
        }
        try {
            Flyway.configure()
                    .dataSource(at.jdbcUrl(), at.user(), at.password())
                    .locations(POSTGRES_MIGRATIONS)
                    .failOnMissingLocations(true)
                    .outOfOrder(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            closeQuietly(keeper);
            throw new StoreException(Localized.of("store.pg.notAnnalist", at.display(), e.getMessage()), e);
        } catch (RuntimeException e) {
            closeQuietly(keeper);
            throw e;
        }
        return new Archive(at.displayPath(), at.jdbcUrl(), true, at.user(), at.password(), true, keeper);
    }

    /** Whether the archive is a PostgreSQL database rather than an H2 file. */
    public boolean postgres() {
        return postgres;
    }

    /** Opens (creating if needed) the archive in {@code dataDir} for this process alone. */
    public static Archive open(Path dataDir) {
        return open(dataDir, false);
    }

    /**
     * Opens (creating if needed) the archive in {@code dataDir} and brings its schema up to date.
     * With {@code shared}, H2's AUTO_SERVER mode lets several processes that all open it shared use the
     * file at once: the first one serves the others over a local socket.
     */
    public static Archive open(Path dataDir, boolean shared) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Path file = dir.resolve(DATABASE_FILE);
        // H2 reads ';' in a URL as the start of a setting, so such a path would open something else.
        if (dir.toString().contains(";")) {
            throw new StoreException(Localized.of("store.semicolon", dir));
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException(Localized.of("store.mkdir", dir, e.getMessage()), e);
        }
        boolean existed = Files.exists(file);
        String url = "jdbc:h2:file:" + dir.resolve("annalist") + (shared ? ";AUTO_SERVER=TRUE" : "");
        Connection keeper;
        try {
            keeper = DriverManager.getConnection(url, USER, PASSWORD);
        } catch (SQLException e) {
            throw openFailure(file, existed, e);
        }
        try {
            migrate(url, "classpath:db/migration");
        } catch (FlywayException e) {
            closeQuietly(keeper);
            throw new StoreException(Localized.of("store.notAnnalist", file, e.getMessage()), e);
        } catch (RuntimeException e) {
            closeQuietly(keeper);
            throw e;
        }
        return new Archive(file, url, shared, keeper);
    }

    /** Brings the schema at {@code url} up to date with the migrations found in {@code locations}. */
    static void migrate(String url, String... locations) {
        Flyway.configure()
                .dataSource(url, USER, PASSWORD)
                .locations(locations)
                .failOnMissingLocations(true)
                // Migrations are written on parallel branches (V6 was merged before V5): an archive already at
                // a later version takes a lower one that arrives afterwards instead of refusing to open. Each
                // migration touches only its own tables and columns, so the order between them does not matter.
                .outOfOrder(true)
                .load()
                .migrate();
    }

    private static StoreException openFailure(Path file, boolean existed, SQLException e) {
        String all = messages(e);
        if (e.getErrorCode() == 90020 || all.contains("locked") || all.contains("already in use")) {
            return new StoreException(Localized.of("store.locked", file), e);
        }
        if (e.getErrorCode() == 28000) {
            return new StoreException(Localized.of("store.foreignH2", file), e);
        }
        java.util.regex.Matcher format = FORMAT_MISMATCH.matcher(all);
        if (existed && format.find()) {
            // H2 keeps no file format across its minor lines: the archive is sound, written by another version.
            boolean newer = format.group(2).equals("larger");
            return new StoreException(Localized.of(newer ? "store.formatNewer" : "store.formatOlder", file, format.group(1),
                    format.group(3)), e);
        }
        if (existed && !(Files.isReadable(file) && Files.isWritable(file))) {
            return new StoreException(Localized.of("store.noPermission", file), e);
        }
        if (!existed) {
            return new StoreException(Localized.of("store.create", file.getParent(), file, e.getMessage()), e);
        }
        return new StoreException(Localized.of("store.damaged", file, e.getMessage()), e);
    }

    /** MVStore's "The write format 4 is larger than the supported format 3" (also "read format", "smaller"). */
    private static final java.util.regex.Pattern FORMAT_MISMATCH =
            java.util.regex.Pattern.compile("(?:read|write) format (\\d+) is (larger|smaller) than the supported format (\\d+)");

    private static String messages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable x = t; x != null; x = x.getCause()) sb.append(x.getMessage()).append('\n');
        return sb.toString();
    }

    /**
     * The database file, {@code <dataDir>/annalist.mv.db}; for PostgreSQL a name for messages only,
     * {@code postgresql/host-port/database}.
     */
    public Path databaseFile() {
        return file;
    }

    public boolean shared() {
        return shared;
    }

    /** The JDBC URL, e.g. for the H2 console (user {@code annalist}, empty password). */
    public String jdbcUrl() {
        return url;
    }

    /** Who signs writes that take no explicit actor; the system user name unless set. */
    public String actor() {
        return actor;
    }

    public void setActor(String actor) {
        if (actor == null || actor.isBlank()) throw new IllegalArgumentException("actor is blank");
        this.actor = actor;
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws anything.
     * Runtime exceptions and errors are rethrown as they are; a checked exception is wrapped in a
     * StoreException whose cause it is. Called again inside {@code work} on the same thread, it joins
     * the running transaction instead of opening a second one that would wait on the first one's locks.
     */
    public <T> T inTransaction(TxWork<T> work) {
        return transaction(work, true);
    }

    /** Runs read-only work; any attempt to write through its Tx fails, and nothing is committed. */
    public <T> T read(TxWork<T> work) {
        return transaction(work, false);
    }

    private <T> T transaction(TxWork<T> work, boolean writable) {
        Tx outer = current.get();
        if (outer != null) {
            if (writable && !outer.writable()) throw new StoreException(Localized.of("store.writeInRead"));
            return call(work, outer);
        }
        try {
            return attempt(work, writable);
        } catch (ServerGone gone) {
            // In a shared archive the process that served the file has exited and taken every connection of ours
            // with it. Nothing of this transaction was committed (it broke before the commit was sent), so it is run
            // again on a new connection, through which this process serves the file from now on.
            reconnect(gone.getCause());
            try {
                return attempt(work, writable);
            } catch (ServerGone again) {
                throw Tx.translate(again.getCause());
            }
        }
    }

    /** A shared archive's connection broke before the transaction was committed: safe to run it again. */
    private static final class ServerGone extends RuntimeException {
        ServerGone(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private <T> T attempt(TxWork<T> work, boolean writable) {
        Connection c = borrow();
        Tx tx = new Tx(c, writable, actor);
        boolean reusable = false;
        boolean committing = false;
        boolean committed = false;
        current.set(tx);
        try {
            c.setAutoCommit(false);
            T result = call(work, tx);
            if (writable) {
                committing = true;
                c.commit();
                // H2 keeps a committed transaction in memory for up to a second before writing it; what the
                // program reports as saved must survive a kill or a power cut, so write it out and sync now.
                sync(c);
                committed = true;
            } else {
                c.rollback();
            }
            reusable = true;
            return result;
        } catch (SQLException e) {
            reusable = rollback(c, e);
            if (!committing && serverGone(e)) throw new ServerGone(e);
            throw Tx.translate(e);
        } catch (RuntimeException | Error e) {
            reusable = rollback(c, e);
            if (!committing && e instanceof StoreException && serverGone(e)) {
                throw new ServerGone(firstSqlException(e));
            }
            throw e;
        } finally {
            current.remove();
            tx.end();
            giveBack(c, reusable);
            if (committed) afterCommit(tx.changes());
        }
    }

    private final java.util.List<Runnable> commitListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Calls {@code listener} after every transaction this process commits (on the committing thread, once the
     * transaction is on disk). The search index keeps in step this way; a listener that throws does not undo the commit.
     */
    public void addCommitListener(Runnable listener) {
        commitListeners.add(listener);
    }

    public void removeCommitListener(Runnable listener) {
        commitListeners.remove(listener);
    }

    private final java.util.List<java.util.function.Consumer<ItemChanges>> changeListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Calls {@code listener} after every transaction this process commits with what it changed that the search
     * index shows ({@link ItemChanges}; also when that is nothing), on the committing thread once it is on disk.
     */
    public void addChangeListener(java.util.function.Consumer<ItemChanges> listener) {
        changeListeners.add(listener);
    }

    public void removeChangeListener(java.util.function.Consumer<ItemChanges> listener) {
        changeListeners.remove(listener);
    }

    private void afterCommit(ItemChanges changes) {
        for (Runnable l : commitListeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                System.err.println(e);
            }
        }
        for (java.util.function.Consumer<ItemChanges> l : changeListeners) {
            try {
                l.accept(changes);
            } catch (RuntimeException e) {
                System.err.println(e);
            }
        }
    }

    /** H2's "connection is broken" (90067) in a shared archive: the serving process has gone. */
    private boolean serverGone(Throwable e) {
        if (!shared || postgres) return false;
        SQLException sql = firstSqlException(e);
        return sql != null && sql.getErrorCode() == 90067;
    }

    private static SQLException firstSqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) return sql;
        }
        return null;
    }

    /**
     * Drops the pooled connections and the keeper (all broken) and opens a new keeper, which makes this process the
     * archive's server. The exiting server may still hold the file for a moment, so this waits up to ten seconds.
     */
    private synchronized void reconnect(SQLException broken) {
        synchronized (idle) {
            idle.forEach(Archive::closeQuietly);
            idle.clear();
        }
        closeQuietly(keeper);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try {
                keeper = DriverManager.getConnection(url, user, password);
                return;
            } catch (SQLException e) {
                if (System.nanoTime() > deadline) {
                    e.addSuppressed(broken);
                    throw openFailure(file, true, e);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new StoreException(Localized.of("store.reconnectInterrupted", file), interrupted);
                }
            }
        }
    }

    /**
     * Writes every committed transaction to the database file and forces it to the disk ({@code CHECKPOINT SYNC}:
     * H2 stores the pending changes, then {@code FileChannel.force}). In a shared archive the serving process does it.
     */
    private void sync(Connection c) {
        if (postgres) return; // PostgreSQL's commit returns once its write-ahead log is on the disk
        try (Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new StoreException(Localized.of("store.syncFailed", file, e.getMessage()), e);
        }
    }

    private static <T> T call(TxWork<T> work, Tx tx) {
        try {
            return work.run(tx);
        } catch (RuntimeException e) {
            throw e;
        } catch (SQLException e) {
            throw Tx.translate(e);
        } catch (Exception e) {
            throw new StoreException(Localized.of("store.txFailed", e.getMessage()), e);
        }
    }

    private static boolean rollback(Connection c, Throwable failure) {
        try {
            c.rollback();
            return true;
        } catch (SQLException e) {
            failure.addSuppressed(e);
            return false;
        }
    }

    private Connection borrow() {
        synchronized (idle) {
            if (closed) throw new StoreException(Localized.of("store.closed", file));
            Connection c = idle.poll();
            if (c != null) return c;
        }
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            if (postgres) throw new StoreException(Localized.of("store.pg.connect", file, e.getMessage()), e);
            throw openFailure(file, true, e);
        }
    }

    private void giveBack(Connection c, boolean reusable) {
        synchronized (idle) {
            if (reusable && !closed && idle.size() < MAX_IDLE) {
                idle.push(c);
                return;
            }
        }
        closeQuietly(c);
    }

    @Override
    public void close() {
        synchronized (idle) {
            if (closed) return;
            closed = true;
            idle.forEach(Archive::closeQuietly);
            idle.clear();
        }
        closeQuietly(keeper);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // The connection is being discarded; a failure to close it leaves nothing to repair.
        }
    }
}
