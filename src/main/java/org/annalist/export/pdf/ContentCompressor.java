package org.annalist.export.pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Flate-compresses page content streams on a thread of its own while the next pages are written.
 * Compressing is about half of writing a page (a book of 800 pages: ~0.3 s of ~0.6 s), and the page
 * writer is single-threaded, so on a two-core office PC the other core does it meanwhile.
 *
 * <p>The writer hands over each page's stream written uncompressed; its bytes are copied out at once
 * (PDFBox's stream cache is used by this one thread only), compressed elsewhere with PDFBox's own Flate
 * filter—the same bytes {@code PDPageContentStream} would have written with compression on—and put back
 * into the stream, in page order, on the writer's thread. At most {@link #AHEAD} pages wait, so the
 * uncompressed copies held stay small.
 */
final class ContentCompressor implements AutoCloseable {
    private static final int AHEAD = 8;

    private record Pending(COSStream stream, Future<byte[]> compressed) {
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pdf-compress");
        t.setDaemon(true);
        return t;
    });
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();

    /** Compresses {@code stream} (uncompressed, no filter); done by {@link #finish} at the latest. */
    void compress(COSStream stream) throws IOException {
        byte[] raw;
        try (InputStream in = stream.createRawInputStream()) {
            raw = in.readAllBytes();
        }
        pending.add(new Pending(stream, thread.submit(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3 + 64);
            Filter flate = FilterFactory.INSTANCE.getFilter(COSName.FLATE_DECODE);
            flate.encode(new ByteArrayInputStream(raw), out, new COSDictionary(), 0);
            return out.toByteArray();
        })));
        while (pending.size() > AHEAD) store(pending.poll());
    }

    /** Waits for the pages still being compressed and puts them into their streams. */
    void finish() throws IOException {
        while (!pending.isEmpty()) store(pending.poll());
    }

    private static void store(Pending p) throws IOException {
        byte[] compressed;
        try {
            compressed = p.compressed().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while compressing a page", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw new IOException("compressing a page failed: " + e.getCause(), e.getCause());
        }
        // The dictionary as PDFBox writes it with compression on: /Length (already there) first, then /Filter.
        p.stream().setItem(COSName.FILTER, COSName.FLATE_DECODE);
        try (OutputStream out = p.stream().createRawOutputStream()) {
            out.write(compressed);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        pending.clear();
    }
}
