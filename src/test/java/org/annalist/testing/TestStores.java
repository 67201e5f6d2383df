package org.annalist.testing;

import org.annalist.store.Archive;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The store the store and service tests run against: an H2 file in the test's folder, or with
 * {@code -Dannalist.test.db=postgresql} a fresh database on a real PostgreSQL server. The server is the one named by
 * {@code -Dannalist.test.pg=postgresql://host:port/postgres?user=…} (a superuser, e.g. the one {@code .ci/run}
 * starts), else one started here for this test run: {@code initdb} into a temporary folder and {@code pg_ctl start}
 * on a free loopback port (as the user {@code postgres} when the tests run as root), stopped when the JVM exits.
 * Nothing skips: without PostgreSQL the tests fail, saying what is missing.
 */
public final class TestStores {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static String server;

    private TestStores() {
    }

    /** Whether this run's store tests use PostgreSQL. */
    public static boolean postgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty("annalist.test.db", "h2"));
    }

    /** Each test folder's PostgreSQL database: the same folder opened again is the same archive, as with H2. */
    private static final java.util.Map<Path, String> DATABASE_OF = new java.util.concurrent.ConcurrentHashMap<>();

    /** The archive of {@code dir}: its H2 file, or its PostgreSQL database (new at the first open). */
    public static Archive open(Path dir) {
        if (!postgres()) return Archive.open(dir);
        return Archive.openPostgres(DATABASE_OF.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> freshDatabase()));
    }

    /** A session on a new archive (H2 in {@code dataDir}, or a new PostgreSQL database) for {@code actor}. */
    public static org.annalist.service.AnnalistSession session(Path dataDir, String actor) {
        return postgres() ? org.annalist.service.AnnalistSession.on(dataDir, open(dataDir), actor)
                : org.annalist.service.AnnalistSession.open(dataDir, false, actor);
    }

    /** The same archive opened a second time, as another program of the office would (H2: shared, AUTO_SERVER). */
    public static Archive openShared(Path dir, String postgresLocation) {
        return postgresLocation != null ? Archive.openPostgres(postgresLocation) : Archive.open(dir, true);
    }

    /** A new empty database on the test server, as a {@code postgresql://} location with user (and password). */
    public static synchronized String freshDatabase() {
        String admin = server();
        String name = "annalist_t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        org.annalist.store.PostgresLocation at = org.annalist.store.PostgresLocation.parse(admin);
        try (Connection c = DriverManager.getConnection(at.jdbcUrl(), at.user(), at.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + at.display() + ": " + e.getMessage(), e);
        }
        return "postgresql://" + at.host() + ":" + at.port() + "/" + name + "?user=" + at.user()
                + (at.password().isEmpty() ? "" : "&password=" + at.password());
    }

    private static String server() {
        if (server != null) return server;
        String given = System.getProperty("annalist.test.pg");
        server = given != null && !given.isBlank() ? given : start();
        return server;
    }

    /** initdb + pg_ctl start on a free port; the server lives until the JVM exits. */
    private static String start() {
        String initdb = binary("initdb");
        String pgCtl = binary("pg_ctl");
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path dir = Files.createTempDirectory("annalist-pg");
            Path data = dir.resolve("data");
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            if (root) run(List.of("chown", "-R", "postgres", dir.toString()), false);
            run(List.of(initdb, "-D", data.toString(), "-U", "annalist", "--auth=trust", "-E", "UTF8", "--no-locale"), root);
            run(List.of(pgCtl, "-D", data.toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60",
                    "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start"), root);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(List.of(pgCtl, "-D", data.toString(), "-m", "immediate", "stop"), root);
                } catch (RuntimeException ignored) {
                    // the server dies with its folder in /tmp at the latest
                }
            }));
            return "postgresql://127.0.0.1:" + port + "/postgres?user=annalist";
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL for the tests: " + e.getMessage(), e);
        }
    }

    private static String binary(String name) {
        Path[] candidates = {Path.of("/usr/local/bin", name), Path.of("/usr/bin", name)};
        for (Path p : candidates) if (Files.isExecutable(p)) return p.toString();
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            for (Path v : versions.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Path p = v.resolve("bin").resolve(name);
                if (Files.isExecutable(p)) return p.toString();
            }
        } catch (IOException ignored) {
            // not installed from Debian's packages: the message below says so
        }
        throw new IllegalStateException(name + " not found: install PostgreSQL (apt-get install postgresql) or pass"
                + " -Dannalist.test.pg=postgresql://host:port/postgres?user=… of a running server");
    }

    private static void run(List<String> command, boolean asPostgres) {
        List<String> full = new ArrayList<>();
        if (asPostgres) full.addAll(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(command);
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", full) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", full), e);
        }
    }
}
