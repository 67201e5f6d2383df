package org.annalist.service;

import org.annalist.store.Archive;
import org.annalist.store.ArchiveTransfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * What the kill tests of 整库迁移 share ({@link ArchiveExportKillTest}, {@link ArchiveImportKillTest}): a real archive
 * with some megabytes of incompressible attachments (so a move takes long enough to be cut in the middle), and the
 * real program {@code org.annalist.app.Main} in a child JVM, SIGKILLed when a condition polled every millisecond or
 * so holds.
 */
final class ArchiveMoveKills {
    private ArchiveMoveKills() {
    }

    /** {@link ArchiveTransferTest#fill} and {@code count} attachments of {@code size} random bytes (seeded). */
    static void fillLarge(Archive archive, int count, int size, long seed) throws Exception {
        ArchiveTransferTest.fill(archive);
        Random rnd = new Random(seed);
        List<Long> items = new org.annalist.store.H2ArchiveCopies(archive).inventory().items().stream()
                .map(org.annalist.store.ArchiveCopies.ItemState::id).toList();
        for (int i = 0; i < count; i++) {
            byte[] bytes = new byte[size];
            rnd.nextBytes(bytes);
            long item = items.get(i % items.size());
            String name = "扫描件" + i + ".bin";
            archive.inTransaction(tx -> tx.insertAttachment(item, name, "application/octet-stream", bytes, "迁移测试"));
        }
    }

    /** The outcome of one child run. */
    record Run(boolean killed, int exit, long millis, String out, String err) {
    }

    /**
     * Runs {@code org.annalist.app.Main args} in a child JVM; polls {@code killWhen} with the child's pid and the
     * milliseconds since its start, and SIGKILLs the child as soon as it answers true. A child that ends first is
     * reported as not killed, with its exit code.
     */
    static Run run(Path tmp, List<String> args, KillWhen killWhen) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Dfile.encoding=UTF-8", "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "org.annalist.app.Main"));
        cmd.addAll(args);
        Path out = Files.createTempFile(tmp, "child", ".out");
        Path err = Files.createTempFile(tmp, "child", ".err");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(120);
        boolean killed = false;
        while (p.isAlive() && System.nanoTime() < deadline) {
            if (killWhen.test(p.pid(), (System.nanoTime() - t0) / 1_000_000)) {
                p.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook, no H2 close
                killed = true;
                break;
            }
            Thread.sleep(0, 500_000);
        }
        if (!killed && p.isAlive()) p.destroyForcibly();
        p.waitFor(60, TimeUnit.SECONDS);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new Run(killed, killed ? -9 : p.exitValue(), ms, read(out), read(err));
    }

    @FunctionalInterface
    interface KillWhen {
        boolean test(long pid, long millis) throws IOException;
    }

    /**
     * The size of the largest file in {@code dir} whose name starts with {@code prefix}, ends with {@code suffix} and
     * is not among {@code except}; -1 when there is none.
     */
    static long largest(Path dir, String prefix, String suffix, java.util.Set<String> except) throws IOException {
        if (!Files.isDirectory(dir)) return -1;
        long max = -1;
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (!n.startsWith(prefix) || !n.endsWith(suffix) || except.contains(n)) continue;
                try {
                    max = Math.max(max, Files.size(f));
                } catch (IOException gone) {
                    // renamed meanwhile
                }
            }
        }
        return max;
    }

    /** The names of the files in {@code dir} now ({@code dir} may not exist yet). */
    static java.util.Set<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return java.util.Set.of();
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }

    /** Every carried table holds no row. */
    static boolean empty(Archive archive) {
        return ArchiveTransfer.counts(archive).values().stream().allMatch(n -> n == 0);
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
