package org.annalist.typeset.font;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Font files for tests, made from the shipped fonts so that no test depends on what the machine has
 * installed: copies under other names, TrueType collections, truncated copies, a CFF-flavoured variant.
 */
final class TestFonts {
    static final Path SHIPPED = ShippedFontsTest.fontsDir();
    static final Path SONG = SHIPPED.resolve(FontBook.SHIPPED_SONG);
    static final Path HEI = SHIPPED.resolve(FontBook.SHIPPED_HEI);
    static final Path KAI = SHIPPED.resolve(FontBook.SHIPPED_KAI);

    private TestFonts() {
    }

    /** A copy of {@code font} at {@code dir/name}. Copied, not linked: a test touching it must not touch the shipped file. */
    static Path copy(Path font, Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        return Files.copy(font, dir.resolve(name));
    }

    static Path garbage(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        byte[] b = "这不是字体，是一份改了扩展名的文本文件。".repeat(200).getBytes(StandardCharsets.UTF_8);
        return Files.write(dir.resolve(name), b);
    }

    /** The first {@code bytes} of {@code font}, as a download or copy that stopped half way leaves it. */
    static Path truncated(Path font, Path dir, String name, int bytes) throws IOException {
        Files.createDirectories(dir);
        byte[] all = Files.readAllBytes(font);
        return Files.write(dir.resolve(name), java.util.Arrays.copyOf(all, bytes));
    }

    private record Table(int tag, int checksum, byte[] data) {
    }

    /** The tables of a single-font file, with their data. */
    private static List<Table> tables(byte[] font) {
        ByteBuffer b = ByteBuffer.wrap(font);
        int n = Short.toUnsignedInt(b.getShort(4));
        List<Table> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = 12 + 16 * i;
            int off = b.getInt(r + 8);
            int len = b.getInt(r + 12);
            out.add(new Table(b.getInt(r), b.getInt(r + 4), java.util.Arrays.copyOfRange(font, off, off + len)));
        }
        return out;
    }

    private static int pad(int n) {
        return (n + 3) & ~3;
    }

    /**
     * Assembles a TrueType collection: a 'ttcf' header with one offset per font, then each font's table
     * directory, then all table data, every table record re-based to its offset in the new file (in a TTC
     * table offsets count from the start of the file, not of the font).
     */
    static Path ttc(Path out, Path... fonts) throws IOException {
        List<List<Table>> all = new ArrayList<>();
        List<Integer> versions = new ArrayList<>();
        for (Path f : fonts) {
            byte[] bytes = Files.readAllBytes(f);
            versions.add(ByteBuffer.wrap(bytes).getInt(0));
            all.add(tables(bytes));
        }
        int header = 12 + 4 * fonts.length;
        int dirs = 0;
        for (List<Table> t : all) dirs += 12 + 16 * t.size();
        long data = 0;
        for (List<Table> t : all) for (Table x : t) data += pad(x.data().length);
        ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(header + dirs + data));
        b.putInt(0x74746366).putInt(0x00010000).putInt(fonts.length);
        int dirAt = header;
        int dataAt = header + dirs;
        for (int i = 0; i < fonts.length; i++) {
            b.putInt(12 + 4 * i, dirAt);
            dataAt = directory(b, dirAt, versions.get(i), all.get(i), dataAt);
            dirAt += 12 + 16 * all.get(i).size();
        }
        Files.createDirectories(out.getParent());
        return Files.write(out, b.array());
    }

    /** Writes a table directory at {@code at} and the tables' data from {@code dataAt}; returns the next free offset. */
    private static int directory(ByteBuffer b, int at, int version, List<Table> tables, int dataAt) {
        int n = tables.size();
        int pow = Integer.highestOneBit(n);
        b.putInt(at, version);
        b.putShort(at + 4, (short) n);
        b.putShort(at + 6, (short) (pow * 16));
        b.putShort(at + 8, (short) Integer.numberOfTrailingZeros(pow));
        b.putShort(at + 10, (short) (n * 16 - pow * 16));
        for (int i = 0; i < n; i++) {
            Table t = tables.get(i);
            int r = at + 12 + 16 * i;
            b.putInt(r, t.tag()).putInt(r + 4, t.checksum()).putInt(r + 8, dataAt).putInt(r + 12, t.data().length);
            b.put(dataAt, t.data());
            dataAt += pad(t.data().length);
        }
        return dataAt;
    }

    /**
     * An OpenType file with the header and tables of a CFF-outline font ('OTTO', a 'CFF ' table, no
     * glyf/loca) but the names and metrics of {@code font}. The 'CFF ' table holds a placeholder, not a
     * CFF program: no shipped font has CFF outlines and none may be downloaded for a test. What is tested
     * is the structural decision the program makes — a face with a 'CFF ' table is skipped before
     * anything tries to parse its outlines — which is exactly what real Noto CJK / Source Han files hit.
     */
    static Path cffFlavoured(Path font, Path out) throws IOException {
        List<Table> tables = new ArrayList<>();
        for (Table t : tables(Files.readAllBytes(font))) {
            if (t.tag() == 0x676C7966 || t.tag() == 0x6C6F6361) continue; // glyf, loca
            tables.add(t);
        }
        tables.add(0, new Table(0x43464620, 0, "CFF placeholder".getBytes(StandardCharsets.US_ASCII)));
        int size = 12 + 16 * tables.size();
        for (Table t : tables) size += pad(t.data().length);
        ByteBuffer b = ByteBuffer.allocate(size);
        directory(b, 0, 0x4F54544F, tables, 12 + 16 * tables.size());
        Files.createDirectories(out.getParent());
        return Files.write(out, b.array());
    }
}
