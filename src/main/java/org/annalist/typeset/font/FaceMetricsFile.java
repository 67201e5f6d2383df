package org.annalist.typeset.font;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.CRC32;

/**
 * A {@link Face}'s metrics kept on disk, so that a later process does not parse the font again: parsing a
 * 10–15 MB CJK face with fontbox and copying its cmap and advances costs a few hundred milliseconds of
 * CPU per face, more than all of reading these few hundred KB. One file per face of a font file, named by
 * the font's path and face index; inside, the font's path, size and modification time, so a font replaced
 * on disk (or a file of another font that happens to share the name) is never read as this one.
 *
 * <p>The cache is a convenience: a missing, stale, truncated or foreign file reads as "not cached" and the
 * font is parsed as before; writing goes through a temporary file and an atomic rename, so two processes
 * typesetting at once never see half a file, and a write that fails is silently given up.
 */
final class FaceMetricsFile {
    /** "AnFM" and a version: a file of an older layout is not cached, it is rewritten. */
    private static final int MAGIC = 0x416e464d;
    private static final int VERSION = 1;

    private FaceMetricsFile() {
    }

    /** Where the metrics of face {@code index} of {@code font} are kept under {@code cacheDir}. */
    static Path path(Path cacheDir, Path font, int index) {
        CRC32 crc = new CRC32();
        crc.update(font.toString().getBytes(StandardCharsets.UTF_8));
        String name = font.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return cacheDir.resolve("font-metrics").resolve(name + "-" + Long.toHexString(crc.getValue()) + "-" + index + ".bin");
    }

    /** The face as saved, or null when there is no usable file for the font as it is now on disk. */
    static Face read(Path cacheDir, Path font, long size, long modified, int index) {
        Path p = path(cacheDir, font, index);
        try {
            if (!Files.isRegularFile(p)) return null;
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(p));
            if (in.getInt() != MAGIC || in.getInt() != VERSION) return null;
            if (!font.toString().equals(string(in)) || in.getLong() != size || in.getLong() != modified
                    || in.getInt() != index) {
                return null;
            }
            String postScriptName = string(in);
            String family = string(in);
            String displayName = string(in);
            float ascent = in.getFloat();
            float descent = in.getFloat();
            char[] bmp = new char[0x10000];
            in.asCharBuffer().get(bmp);
            in.position(in.position() + 2 * bmp.length);
            float[] advance = new float[in.getInt()];
            in.asFloatBuffer().get(advance);
            in.position(in.position() + 4 * advance.length);
            int n = in.getInt();
            Map<Integer, Integer> supplementary = new HashMap<>();
            for (int i = 0; i < n; i++) supplementary.put(in.getInt(), in.getInt());
            if (in.hasRemaining()) return null;
            return new Face(font, postScriptName, family, displayName, bmp, advance, ascent, descent, supplementary);
        } catch (IOException | RuntimeException e) {
            // unreadable or damaged (a disk that filled up, another program's file): parse the font instead
            return null;
        }
    }

    /** Saves the face's metrics; failures are ignored (the next process parses the font again). */
    static void write(Path cacheDir, Face face, long size, long modified, int index) {
        Path p = path(cacheDir, face.file(), index);
        Path tmp = null;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(0x10000 * 2 + face.glyphCount() * 4 + 1024);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            string(out, face.file().toString());
            out.writeLong(size);
            out.writeLong(modified);
            out.writeInt(index);
            string(out, face.postScriptName());
            string(out, face.family());
            string(out, face.displayName());
            out.writeFloat(face.ascent());
            out.writeFloat(face.descent());
            for (char g : face.bmpGlyphs()) out.writeChar(g);
            float[] advance = face.advances();
            out.writeInt(advance.length);
            for (float a : advance) out.writeFloat(a);
            SortedMap<Integer, Integer> supplementary = face.supplementaryGlyphs();
            out.writeInt(supplementary.size());
            for (Map.Entry<Integer, Integer> e : supplementary.entrySet()) {
                out.writeInt(e.getKey());
                out.writeInt(e.getValue());
            }
            out.flush();
            Files.createDirectories(p.getParent());
            tmp = Files.createTempFile(p.getParent(), p.getFileName().toString(), ".part");
            Files.write(tmp, bytes.toByteArray());
            Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException | RuntimeException e) {
            // a read-only or full cache folder only costs the next process the parse
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do: a stray .part file is never read
                }
            }
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(ByteBuffer in) {
        int n = in.getInt();
        if (n == -1) return null;
        if (n < 0 || n > in.remaining()) throw new IllegalStateException("damaged string length " + n);
        byte[] b = new byte[n];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
