package org.annalist.export.pdf;

import org.annalist.export.SkippedCharacters;
import org.annalist.typeset.frame.Frame;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;

/**
 * Page content streams written and Flate-compressed on worker threads, a page per task, while the
 * exporter's thread puts the finished pages into the document in order. Writing a page's operators and
 * compressing them was most of the PDF's time and depends on nothing but the page's frame and the
 * {@link PageResources}, so on a two-core office PC both cores do it.
 *
 * <p>Level: zlib's fastest ({@link Deflater#BEST_SPEED}). Page content is text operators and glyph ids;
 * for a book of 800 pages the default level made the whole PDF 10% smaller (3.75 MB against 4.18 MB)
 * for twice the time.
 */
final class PageContents implements AutoCloseable {
    /** A written page: its compressed content and the fonts and pictures its resources must name. */
    record Page(byte[] compressed, List<EmbeddedFont> fonts, List<PageResources.Picture> pictures) {
    }

    /** What one worker thread keeps from page to page. */
    private static final class Worker {
        final PageWriter writer;
        final Deflater deflater = new Deflater(Integer.getInteger("annalist.deflate", Deflater.BEST_SPEED));
        final byte[] chunk = new byte[1 << 16];

        Worker(PageResources resources, SkippedCharacters skipped) {
            writer = new PageWriter(resources, skipped);
        }
    }

    private final PageResources resources;
    private final SkippedCharacters skipped;
    private final PDColor registration;
    private final COSName registrationName;
    private final ThreadLocal<Worker> worker;
    private final ConcurrentLinkedQueue<Worker> workers = new ConcurrentLinkedQueue<>();
    private final ExecutorService threads;

    /** {@code registration}: the crop marks' colour, drawn under {@code registrationName}; null for none. */
    PageContents(PageResources resources, SkippedCharacters skipped, PDColor registration, COSName registrationName) {
        this.resources = resources;
        this.skipped = skipped;
        this.registration = registration;
        this.registrationName = registrationName;
        this.worker = ThreadLocal.withInitial(() -> {
            Worker w = new Worker(this.resources, this.skipped);
            workers.add(w);
            return w;
        });
        int n = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "pdf-pages-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts writing {@code frame} as a page laid out by {@code geometry}. */
    Future<Page> submit(Frame frame, PageGeometry geometry) {
        return threads.submit(() -> write(frame, geometry));
    }

    private Page write(Frame frame, PageGeometry geometry) throws IOException {
        Worker w = worker.get();
        ContentBuffer content = w.writer.write(frame, geometry.originX(), geometry.originTop());
        if (registration != null) geometry.drawCropMarks(content, registrationName, registration);
        return new Page(deflate(w, content), List.copyOf(w.writer.usedFonts()), List.copyOf(w.writer.usedPictures()));
    }

    private static byte[] deflate(Worker w, ContentBuffer content) {
        Deflater d = w.deflater;
        d.reset();
        d.setInput(content.array(), 0, content.length());
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length() / 3 + 64);
        while (!d.finished()) {
            int n = d.deflate(w.chunk);
            out.write(w.chunk, 0, n);
        }
        return out.toByteArray();
    }

    /** The page a task wrote; a failure on the worker is thrown here, as it was. */
    static Page get(Future<Page> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing a page", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IOException("writing a page failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
        try {
            threads.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Worker w : workers) w.deflater.end();
    }
}
