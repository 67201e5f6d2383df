package org.annalist.typeset.font;

import org.annalist.i18n.Localized;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * Loaded faces shared by every job of the process. Loading a CJK face parses the font and copies its
 * cmap and advances (tens of milliseconds, a few hundred KB), and every preview and export builds a
 * FontBook, so each face is loaded once. The key holds the file's size and modification time: a font
 * replaced on disk (the editor installed a newer version) is loaded again, and the stale face dropped.
 * Thread-safe; two threads asking for the same face at once wait for one load.
 */
public final class FaceCache {
    private static final FaceCache SHARED = new FaceCache();

    /** A face of a file as it is now on disk. */
    private record Key(Path file, long size, long modified, int face) {
    }

    /** A face as asked for: by PostScript name, family name, or null for the first. */
    private record Alias(Path file, long size, long modified, String name) {
    }

    private final ConcurrentHashMap<Key, CompletableFuture<Face>> faces = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Alias, Integer> aliases = new ConcurrentHashMap<>();

    /** A cache of its own; jobs use {@link #shared()}, tests that count loads make their own. */
    FaceCache() {
    }

    /** The cache of the process. */
    public static FaceCache shared() {
        return SHARED;
    }

    /**
     * Same as {@link Face#load(Path, String)}, but a face already loaded from the unchanged file is
     * reused, however it was named ("SimSun", "宋体" and null all give the first face of simsun.ttc).
     */
    public Face load(Path file, String name) throws FontException {
        return load(file, name, null);
    }

    /**
     * Same as {@link #load(Path, String)}; a face this process has not loaded yet is read from the metrics
     * kept under {@code cacheDir} by an earlier process when the font file is unchanged, and else parsed and
     * its metrics kept there for the next one. {@code cacheDir} null: no disk cache.
     */
    public Face load(Path file, String name, Path cacheDir) throws FontException {
        Path abs = file.toAbsolutePath().normalize();
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(abs, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new FontException(file, Localized.of("font.notFound"), e);
        } catch (IOException e) {
            throw new FontException(file, Localized.of("font.unreadable", e.getMessage()), e);
        }
        if (!attrs.isRegularFile()) throw new FontException(file, "font.folder");
        long size = attrs.size();
        long modified = attrs.lastModifiedTime().toMillis();
        Alias alias = new Alias(abs, size, modified, name);
        Integer index = aliases.get(alias);
        if (index == null) {
            SfntInfo info = SfntInfo.read(abs);
            SfntInfo.FaceInfo face = info.isCollection() ? info.face(name) : info.faces().get(0);
            if (face == null) return Face.load(abs, name); // throws, naming the faces the collection has
            index = face.index();
            aliases.put(alias, index);
        }
        Key key = new Key(abs, size, modified, index);
        CompletableFuture<Face> mine = new CompletableFuture<>();
        CompletableFuture<Face> existing = faces.putIfAbsent(key, mine);
        if (existing != null) return await(existing);
        try {
            Face face = cacheDir == null ? null : FaceMetricsFile.read(cacheDir, abs, size, modified, index);
            if (face == null) {
                face = Face.load(abs, name);
                if (cacheDir != null) FaceMetricsFile.write(cacheDir, face, size, modified, index);
            }
            mine.complete(face);
            // Older versions of the same file can never be asked for again: their key has the old mtime.
            faces.keySet().removeIf(k -> k.file().equals(abs) && (k.size() != size || k.modified() != modified));
            aliases.keySet().removeIf(k -> k.file().equals(abs) && (k.size() != size || k.modified() != modified));
            return face;
        } catch (FontException | RuntimeException e) {
            // Failures are not kept: the editor may fix the file (finish copying it) and try again.
            faces.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** How many faces are held (for tests and diagnostics). */
    public int size() {
        return faces.size();
    }

    private static Face await(CompletableFuture<Face> f) throws FontException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a font was loading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FontException fe) throw fe;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }
}
