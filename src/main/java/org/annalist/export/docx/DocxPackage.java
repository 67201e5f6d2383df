package org.annalist.export.docx;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

/**
 * Writes the .docx: POI writes the package (styles, settings, headers and footers, comments, pictures, relationships,
 * [Content_Types]) with an empty body and no footnotes into memory; then the file is written entry by entry in the
 * same order, POI's entries copied as they are (not deflated again) and word/document.xml and word/footnotes.xml
 * put in from our XML text ({@link BlockWriter#body}, {@link BlockWriter#footnotesXml}).
 *
 * <p>Our parts are deflated on two threads while POI writes its own on one of them: the XML text is cut into pieces
 * of {@link #PIECE} bytes, each deflated on its own and ended with a sync flush (a byte boundary), so the pieces one
 * after another, and an empty final block, are one deflate stream (as pigz does); the CRC is taken over the text
 * in order.
 */
final class DocxPackage {
    /**
     * How hard our two parts are deflated: 3. The bench book's document.xml (7.5 MB) on one thread with the launcher's
     * quick compiler: level 6 (the default, what POI used) 217 ms → 1.38 MB; 3: 76 ms → 1.61 MB; 2: 83 ms → 1.70 MB;
     * 1: 64 ms → 1.79 MB.
     */
    static final int LEVEL = 3;
    static final int PIECE = 1 << 20;

    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document xmlns:w=\"" + Xml.W
            + "\" xmlns:r=\"" + Xml.R + "\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><w:body>";

    private DocxPackage() {
    }

    static void write(XWPFDocument x, BlockWriter blocks, String lastSection, Path file) throws IOException {
        String documentName = name(x.getPackagePart());
        String footnotesName = name(x.createFootnotes().getPackagePart());
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "docx-deflate");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<byte[]> poi = pool.submit(() -> {
                var b = UnsynchronizedByteArrayOutputStream.builder().setBufferSize(1 << 16).get();
                x.write(b);
                return b.toByteArray();
            });
            Deflated document = new Deflated(pool);
            document(document, blocks, lastSection);
            document.close();
            Deflated footnotes = new Deflated(pool);
            footnotes.write(blocks.footnotesXml().getBytes(StandardCharsets.UTF_8));
            footnotes.close();
            byte[] written = get(poi);
            try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(written)).get();
                 ZipArchiveOutputStream o = new ZipArchiveOutputStream(Files.newOutputStream(file))) {
                for (Enumeration<ZipArchiveEntry> e = zip.getEntriesInPhysicalOrder(); e.hasMoreElements(); ) {
                    ZipArchiveEntry entry = e.nextElement();
                    if (entry.getName().equals(documentName)) document.into(o, documentName);
                    else if (entry.getName().equals(footnotesName)) footnotes.into(o, footnotesName);
                    else o.addRawArchiveEntry(entry, zip.getRawInputStream(entry));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Writes a small document of the same kinds of parts (styles, settings, a header, a footer, footnotes) to
     * nowhere: the first write of a package in a run loads and runs POI's and XmlBeans' saving code cold (measured
     * with the launcher's quick compiler: 0.4–0.5 s for the bench book's package, 0.08 s when written a second time).
     * The writer does this while it waits for our composition, where the body begins; once per run of the program.
     */
    static void warmUp() {
        if (!warm.compareAndSet(false, true)) return;
        try (XWPFDocument d = new XWPFDocument()) {
            d.createStyles();
            d.createParagraph().createRun().setText("0");
            d.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun().setText("0");
            d.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun().setText("0");
            d.createFootnotes();
            d.getSettings();
            d.write(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // only a warm-up: the real write reports what goes wrong
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean warm = new java.util.concurrent.atomic.AtomicBoolean();

    private static String name(org.apache.poi.openxml4j.opc.PackagePart part) {
        return part.getPartName().getName().substring(1);
    }

    /** word/document.xml: the body's paragraphs and tables, then the last section's properties. */
    static void document(OutputStream o, BlockWriter blocks, String lastSection) throws IOException {
        Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(1 << 16);
        char[] chars = new char[1 << 16];
        sb.append(HEAD);
        for (Object item : blocks.body) {
            if (item instanceof Para p) p.write(sb);
            else sb.append((String) item);
            if (sb.length() > 1 << 15) flush(sb, chars, w);
        }
        sb.append(lastSection).append("</w:body></w:document>");
        flush(sb, chars, w);
        w.flush();
    }

    private static void flush(StringBuilder sb, char[] chars, Writer w) throws IOException {
        for (int from = 0; from < sb.length(); from += chars.length) {
            int n = Math.min(chars.length, sb.length() - from);
            sb.getChars(from, from + n, chars, 0);
            w.write(chars, 0, n);
        }
        sb.setLength(0);
    }

    private static <T> T get(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IOException(e.getCause());
        }
    }

    /** A part's bytes as they are written, deflated piece by piece on the pool; its CRC and size as they come. */
    static final class Deflated extends OutputStream {
        private final ExecutorService pool;
        private final List<Future<byte[]>> pieces = new ArrayList<>();
        private final CRC32 crc = new CRC32();
        private byte[] piece = new byte[PIECE];
        private int used;
        private long size;

        Deflated(ExecutorService pool) {
            this.pool = pool;
        }

        @Override
        public void write(int b) {
            if (used == piece.length) submit();
            piece[used++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                if (used == piece.length) submit();
                int n = Math.min(len, piece.length - used);
                System.arraycopy(b, off, piece, used, n);
                used += n;
                off += n;
                len -= n;
            }
        }

        private void submit() {
            byte[] in = piece;
            int n = used;
            crc.update(in, 0, n);
            size += n;
            pieces.add(pool.submit(() -> deflate(in, n, false)));
            piece = new byte[PIECE];
            used = 0;
        }

        @Override
        public void close() {
            if (used > 0) submit();
            pieces.add(pool.submit(() -> deflate(new byte[0], 0, true)));
        }

        /** The part as a deflated entry of {@code o}. */
        void into(ZipArchiveOutputStream o, String name) throws IOException {
            List<InputStream> parts = new ArrayList<>();
            long compressed = 0;
            for (Future<byte[]> f : pieces) {
                byte[] b = get(f);
                compressed += b.length;
                parts.add(new ByteArrayInputStream(b));
            }
            ZipArchiveEntry e = new ZipArchiveEntry(name);
            e.setMethod(ZipEntry.DEFLATED);
            e.setSize(size);
            e.setCompressedSize(compressed);
            e.setCrc(crc.getValue());
            e.setTime(System.currentTimeMillis());
            o.addRawArchiveEntry(e, new SequenceInputStream(Collections.enumeration(parts)));
        }

        /** Raw deflate of {@code in}: ended with a sync flush, or ({@code last}) the final block. */
        private static byte[] deflate(byte[] in, int n, boolean last) {
            Deflater d = new Deflater(LEVEL, true);
            try {
                d.setInput(in, 0, n);
                if (last) d.finish();
                var out = UnsynchronizedByteArrayOutputStream.builder().setBufferSize(Math.max(64, n / 3)).get();
                byte[] buf = new byte[1 << 16];
                while (true) {
                    int k = last ? d.deflate(buf) : d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
                    out.write(buf, 0, k);
                    if (last ? d.finished() : k < buf.length) break;
                }
                return out.toByteArray();
            } finally {
                d.end();
            }
        }
    }
}
