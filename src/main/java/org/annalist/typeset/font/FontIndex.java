package org.annalist.typeset.font;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The font files of some folders with the names of their faces, so that a role's font is found by name
 * without parsing a thousand fonts at every start. Kept in a small text file in the cache folder; on the
 * next start the folders are only listed (names, sizes, modification times) and just the files that are
 * new or changed are read again. Without a cache folder every file is read (still only its name table).
 */
final class FontIndex {
    private static final String HEADER = "annalist-font-index 1";
    private static final Set<String> EXTENSIONS = Set.of("ttf", "ttc", "otf", "otc");
    /** Linux keeps fonts in nested folders (/usr/share/fonts/truetype/wqy/…); deeper is not a font folder. */
    private static final int DEPTH = 6;

    /** A font file of the folders: its faces, or why it cannot be used (problem, then no faces). */
    record FileEntry(Path file, long size, long modified, List<SfntInfo.FaceInfo> faces, String problem) {
        String fileName() {
            return file.getFileName().toString().toLowerCase(Locale.ROOT);
        }
    }

    /** A face found by name, with its file. */
    record Hit(FileEntry file, SfntInfo.FaceInfo face) {
    }

    private final List<FileEntry> files;
    private final int read;
    private final boolean written;
    private final Map<String, List<Hit>> byName = new HashMap<>();
    private final Map<String, List<FileEntry>> byFileName = new HashMap<>();

    private FontIndex(List<FileEntry> files, int read, boolean written) {
        this.files = List.copyOf(files);
        this.read = read;
        this.written = written;
        // Looked up by every candidate name of every role: normalize once, not per lookup.
        for (FileEntry e : this.files) {
            byFileName.computeIfAbsent(e.fileName(), k -> new ArrayList<>()).add(e);
            for (SfntInfo.FaceInfo f : e.faces()) {
                Set<String> keys = new LinkedHashSet<>();
                if (f.postScriptName() != null) keys.add(SfntInfo.normalize(f.postScriptName()));
                for (String n : f.families()) keys.add(SfntInfo.normalize(n));
                for (String k : keys) byName.computeIfAbsent(k, x -> new ArrayList<>()).add(new Hit(e, f));
            }
        }
    }

    /** The faces whose PostScript or family name is {@code name} (case and spaces ignored). */
    List<Hit> named(String name) {
        return byName.getOrDefault(SfntInfo.normalize(name), List.of());
    }

    /** The files called {@code fileName} (case ignored) in any of the folders. */
    List<FileEntry> withFileName(String fileName) {
        return byFileName.getOrDefault(fileName.toLowerCase(Locale.ROOT), List.of());
    }

    List<FileEntry> files() {
        return files;
    }

    /** How many font files had to be read this time (0 when the cached index was still right). */
    int filesRead() {
        return read;
    }

    /** Whether the index file was (re)written this time. */
    boolean indexWritten() {
        return written;
    }

    /**
     * Indexes the font files under {@code folders} (missing folders are skipped: the default list names
     * every OS's folders), reusing and updating {@code indexFile} when it is not null. Synchronized so two
     * jobs starting together do not both rewrite the file.
     */
    static synchronized FontIndex of(List<Path> folders, Path indexFile) {
        Map<Path, FileEntry> cached = indexFile == null ? Map.of() : readIndex(indexFile);
        List<FileEntry> out = new ArrayList<>();
        int read = 0;
        for (Path file : list(folders)) {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                continue; // vanished between listing and now
            }
            FileEntry old = cached.get(file);
            if (old != null && old.size() == a.size() && old.modified() == a.lastModifiedTime().toMillis()) {
                out.add(old);
                continue;
            }
            read++;
            try {
                out.add(new FileEntry(file, a.size(), a.lastModifiedTime().toMillis(), SfntInfo.read(file).faces(), null));
            } catch (FontException e) {
                out.add(new FileEntry(file, a.size(), a.lastModifiedTime().toMillis(), List.of(), e.getMessage()));
            }
        }
        boolean changed = read > 0 || out.size() != cached.size();
        boolean written = false;
        if (indexFile != null && changed) written = writeIndex(indexFile, out);
        return new FontIndex(out, read, written);
    }

    private static List<Path> list(List<Path> folders) {
        Set<Path> seen = new LinkedHashSet<>();
        for (Path folder : folders) {
            if (folder == null || !Files.isDirectory(folder)) continue;
            try {
                Files.walkFileTree(folder, EnumSet.noneOf(java.nio.file.FileVisitOption.class), DEPTH, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
                        int dot = n.lastIndexOf('.');
                        if (attrs.isRegularFile() && dot > 0 && EXTENSIONS.contains(n.substring(dot + 1))) {
                            seen.add(file.toAbsolutePath().normalize());
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException exc) {
                        return FileVisitResult.CONTINUE; // an unreadable subfolder must not hide the others
                    }
                });
            } catch (IOException e) {
                // the folder itself cannot be listed: nothing to index there
            }
        }
        return new ArrayList<>(seen);
    }

    /*
     * File format, UTF-8, tab-separated, one file per F line followed by its faces:
     *   F  path  size  mtime  problem-or-empty
     *   A  index  postScriptName  cff(0/1)  displayName  family|family|…
     */
    private static Map<Path, FileEntry> readIndex(Path indexFile) {
        Map<Path, FileEntry> out = new HashMap<>();
        List<String> lines;
        try {
            if (!Files.isRegularFile(indexFile)) return out;
            lines = Files.readAllLines(indexFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return out;
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) return out; // other version: rebuild
        try {
            FileEntry current = null;
            List<SfntInfo.FaceInfo> faces = null;
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split("\t", -1);
                if (c[0].equals("F")) {
                    if (current != null) out.put(current.file(), withFaces(current, faces));
                    faces = new ArrayList<>();
                    current = new FileEntry(Path.of(c[1]), Long.parseLong(c[2]), Long.parseLong(c[3]), List.of(),
                            c[4].isEmpty() ? null : c[4]);
                } else if (c[0].equals("A") && faces != null) {
                    Set<String> fams = new LinkedHashSet<>();
                    for (String f : c[5].split("\\|")) if (!f.isEmpty()) fams.add(f);
                    faces.add(new SfntInfo.FaceInfo(Integer.parseInt(c[1]), c[2].isEmpty() ? null : c[2], c[4], fams,
                            c[3].equals("1")));
                }
            }
            if (current != null) out.put(current.file(), withFaces(current, faces));
        } catch (RuntimeException e) {
            return new HashMap<>(); // damaged index: read every file again rather than trust part of it
        }
        return out;
    }

    private static FileEntry withFaces(FileEntry e, List<SfntInfo.FaceInfo> faces) {
        return new FileEntry(e.file(), e.size(), e.modified(), List.copyOf(faces), e.problem());
    }

    private static boolean writeIndex(Path indexFile, List<FileEntry> entries) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (FileEntry e : entries) {
            sb.append("F\t").append(clean(e.file().toString())).append('\t').append(e.size()).append('\t')
                    .append(e.modified()).append('\t').append(e.problem() == null ? "" : clean(e.problem())).append('\n');
            for (SfntInfo.FaceInfo f : e.faces()) {
                List<String> fams = new ArrayList<>();
                for (String n : f.families()) fams.add(clean(n).replace('|', ' '));
                sb.append("A\t").append(f.index()).append('\t').append(f.postScriptName() == null ? "" : clean(f.postScriptName()))
                        .append('\t').append(f.cff() ? '1' : '0').append('\t').append(clean(f.displayName()))
                        .append('\t').append(String.join("|", fams)).append('\n');
            }
        }
        try {
            Files.createDirectories(indexFile.getParent());
            // Write beside and move over, so a crash or a second process never sees half an index.
            Path tmp = Files.createTempFile(indexFile.getParent(), "font-index", ".tmp");
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, indexFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, indexFile, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            return false; // no cache this time; the index in memory is complete anyway
        }
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
