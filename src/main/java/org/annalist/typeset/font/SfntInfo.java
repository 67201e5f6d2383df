package org.annalist.typeset.font;

import org.annalist.i18n.Localized;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a font file is, read from its table directories and name tables only (a few KB, under a
 * millisecond even for a 20 MB CJK font): whether it is a font at all, whether it is complete, which
 * faces it holds, their names in every language, and whether their outlines are CFF. Parsing a CJK font
 * with fontbox costs tens of milliseconds, so folders are indexed with this and only the chosen faces
 * are loaded.
 */
final class SfntInfo {
    private static final int TTCF = 0x74746366;   // 'ttcf'
    private static final int TRUE = 0x74727565;   // 'true' (old Apple TrueType)
    private static final int OTTO = 0x4F54544F;   // 'OTTO' (OpenType with CFF outlines)
    private static final int NAME = 0x6E616D65;   // 'name'
    private static final int CFF1 = 0x43464620;   // 'CFF '
    private static final int CFF2 = 0x43464632;   // 'CFF2'
    private static final int GLYF = 0x676C7966;   // 'glyf'
    private static final Charset GBK = Charset.forName("GBK");

    /**
     * One face: PostScript name, every family name it gives (English and Chinese…), a display name
     * (Chinese family name when the font has one, because editors know 宋体, not SimSun), and whether the
     * outlines are CFF, which PDFBox cannot embed.
     */
    record FaceInfo(int index, String postScriptName, String displayName, Set<String> families, boolean cff) {
        boolean isNamed(String name) {
            String n = normalize(name);
            if (postScriptName != null && normalize(postScriptName).equals(n)) return true;
            for (String f : families) if (normalize(f).equals(n)) return true;
            return false;
        }
    }

    private final Path file;
    private final boolean collection;
    private final List<FaceInfo> faces;

    private SfntInfo(Path file, boolean collection, List<FaceInfo> faces) {
        this.file = file;
        this.collection = collection;
        this.faces = List.copyOf(faces);
    }

    Path file() {
        return file;
    }

    boolean isCollection() {
        return collection;
    }

    List<FaceInfo> faces() {
        return faces;
    }

    /** The face with that PostScript or family name; the first face when name is null; else null. */
    FaceInfo face(String name) {
        if (name == null) return faces.get(0);
        for (FaceInfo f : faces) if (f.isNamed(name)) return f;
        return null;
    }

    /** Names compare without case and spaces: templates write "Times New Roman", fonts "TimesNewRoman". */
    static String normalize(String name) {
        return name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    static SfntInfo read(Path file) throws FontException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < 12) throw new FontException(file, "font.tiny", size);
            ByteBuffer head = read(ch, 0, 12);
            int tag = head.getInt(0);
            if (tag == TTCF) {
                int n = head.getInt(8);
                if (n <= 0 || n > 256) throw new FontException(file, "font.badCollection", n);
                ByteBuffer offs = read(ch, 12, 4L * n);
                List<FaceInfo> faces = new ArrayList<>();
                for (int i = 0; i < n; i++) faces.add(face(file, ch, size, i, Integer.toUnsignedLong(offs.getInt(4 * i))));
                return new SfntInfo(file, true, faces);
            }
            if (tag != 0x00010000 && tag != TRUE && tag != OTTO) {
                throw new FontException(file, "font.notFont");
            }
            return new SfntInfo(file, false, List.of(face(file, ch, size, 0, 0)));
        } catch (NoSuchFileException e) {
            throw new FontException(file, Localized.of("font.notFound"), e);
        } catch (EOFException e) {
            throw new FontException(file, Localized.of("font.truncated", e.getMessage()), e);
        } catch (IOException e) {
            throw new FontException(file, Localized.of("font.unreadable", e.getMessage()), e);
        }
    }

    private static FaceInfo face(Path file, FileChannel ch, long size, int index, long at) throws IOException, FontException {
        ByteBuffer dir = read(ch, at, 12);
        int numTables = Short.toUnsignedInt(dir.getShort(4));
        if (numTables == 0 || numTables > 200) throw new FontException(file, "font.badDirectory", numTables);
        ByteBuffer recs = read(ch, at + 12, 16L * numTables);
        boolean cff = dir.getInt(0) == OTTO;
        boolean glyf = false;
        long nameAt = -1;
        long nameLen = 0;
        for (int i = 0; i < numTables; i++) {
            int tag = recs.getInt(16 * i);
            long off = Integer.toUnsignedLong(recs.getInt(16 * i + 8));
            long len = Integer.toUnsignedLong(recs.getInt(16 * i + 12));
            // A copy that stopped half way still has a complete directory at the start: checking every
            // table against the file's length turns a later crash in the middle of composing into a
            // clear message now.
            if (off + len > size) {
                throw new FontException(file, "font.tableTruncated", tagName(tag));
            }
            if (tag == CFF1 || tag == CFF2) cff = true;
            if (tag == GLYF) glyf = true;
            if (tag == NAME) {
                nameAt = off;
                nameLen = len;
            }
        }
        if (!cff && !glyf) throw new FontException(file, "font.noOutlines");
        if (nameAt < 0) throw new FontException(file, "font.noNames");
        return names(ch, index, nameAt, nameLen, cff);
    }

    private static FaceInfo names(FileChannel ch, int index, long at, long len, boolean cff) throws IOException {
        ByteBuffer t = read(ch, at, Math.min(len, 1 << 20));
        int count = Short.toUnsignedInt(t.getShort(2));
        int strings = Short.toUnsignedInt(t.getShort(4));
        String ps = null;
        String zhFamily = null;
        String enFamily = null;
        String zhTypo = null;
        String enTypo = null;
        Set<String> families = new LinkedHashSet<>();
        for (int i = 0; i < count && 6 + 12 * (i + 1) <= t.limit(); i++) {
            int r = 6 + 12 * i;
            int platform = Short.toUnsignedInt(t.getShort(r));
            int encoding = Short.toUnsignedInt(t.getShort(r + 2));
            int language = Short.toUnsignedInt(t.getShort(r + 4));
            int nameId = Short.toUnsignedInt(t.getShort(r + 6));
            int length = Short.toUnsignedInt(t.getShort(r + 8));
            int offset = strings + Short.toUnsignedInt(t.getShort(r + 10));
            if (nameId != 1 && nameId != 4 && nameId != 6 && nameId != 16) continue;
            if (offset + length > t.limit()) continue;
            byte[] raw = new byte[length];
            t.get(offset, raw);
            String s = decode(platform, encoding, raw);
            if (s == null || s.isBlank()) continue;
            s = s.strip();
            boolean zh = platform == 3 && (language == 0x0804 || language == 0x1004)
                    || platform == 1 && language == 33;
            switch (nameId) {
                case 6 -> { if (ps == null || platform == 3) ps = s; }
                case 1 -> {
                    families.add(s);
                    if (zh) zhFamily = zhFamily == null ? s : zhFamily;
                    else enFamily = enFamily == null || platform == 3 ? s : enFamily;
                }
                case 16 -> {
                    families.add(s);
                    if (zh) zhTypo = zhTypo == null ? s : zhTypo;
                    else enTypo = enTypo == null || platform == 3 ? s : enTypo;
                }
                default -> families.add(s); // full name: "SimSun Regular" is how some templates name a face
            }
        }
        String display = first(zhTypo, zhFamily, enTypo, enFamily, ps, "字体 " + index);
        return new FaceInfo(index, ps, display, families, cff);
    }

    private static String decode(int platform, int encoding, byte[] raw) {
        if (platform == 0 || platform == 3 && (encoding == 0 || encoding == 1 || encoding == 10)) {
            return new String(raw, StandardCharsets.UTF_16BE);
        }
        if (platform == 3 && (encoding == 3 || encoding == 4)) {
            // Old Chinese fonts store GB-encoded names padded to 16-bit units: drop the zero bytes.
            byte[] packed = new byte[raw.length];
            int n = 0;
            for (byte b : raw) if (b != 0) packed[n++] = b;
            return new String(packed, 0, n, GBK);
        }
        if (platform == 1 && encoding == 25) return new String(raw, GBK);
        if (platform == 1 && encoding == 0) return new String(raw, StandardCharsets.ISO_8859_1);
        return null;
    }

    private static String first(String... options) {
        for (String o : options) if (o != null) return o;
        return null;
    }

    private static ByteBuffer read(FileChannel ch, long at, long len) throws IOException {
        if (at + len > ch.size()) throw new EOFException(Long.toString(ch.size()));
        ByteBuffer b = ByteBuffer.allocate((int) len);
        while (b.hasRemaining()) {
            if (ch.read(b, at + b.position()) < 0) throw new EOFException(Long.toString(at + b.position()));
        }
        return b.flip();
    }

    private static String tagName(int tag) {
        return new String(new byte[]{(byte) (tag >>> 24), (byte) (tag >>> 16), (byte) (tag >>> 8), (byte) tag},
                StandardCharsets.ISO_8859_1).strip();
    }
}
