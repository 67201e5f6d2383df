package org.annalist.export.pdf;

import org.annalist.i18n.Localized;
import org.annalist.export.SkippedCharacters;
import org.annalist.typeset.frame.Frame;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes pages of frames (kind "page", sized to the trim in points) to a PDF file.
 *
 * <p>Memory: PDFBox holds the document until it is saved. Page content is held compressed (a few KB a
 * page: 3.8 MB for an 841-page yearbook) in PDFBox's stream cache, in memory up to {@link #CACHE_IN_MEMORY}
 * and in temporary files beyond (big pictures), and fonts are shared by all pages; what stays on the heap
 * per page otherwise is a few small dictionaries.
 *
 * <p>The PDF is first written next to the target and moved into place at the end, so a failed export
 * never leaves half a book where the last good one was.
 */
public final class PdfExporter implements AutoCloseable {
    private static final String DEFLATE_LEVEL = "org.apache.pdfbox.filter.deflatelevel";
    /** Bytes of streams (compressed page content, fonts, pictures) kept in memory before temporary files. */
    static final long CACHE_IN_MEMORY = 64L * 1024 * 1024;

    static {
        // PDFBox Flate-compresses the font subsets, /ToUnicode maps and object streams at zlib's default level
        // unless told otherwise (read on every stream it encodes). The fastest level makes a book's PDF 0.7%
        // larger (3.80 MB against 3.77 MB) and saves ~50 ms at the very end, when nothing else can run beside it.
        // Only our exporter uses PDFBox in this program; an explicit setting is left alone.
        if (System.getProperty(DEFLATE_LEVEL) == null) System.setProperty(DEFLATE_LEVEL, "1");
    }

    /** Fonts being parsed ahead for the export (see {@link #preloading}), or null. */
    private final PdfFonts.Preload preload;

    public PdfExporter() {
        this.preload = null;
    }

    private PdfExporter(PdfFonts.Preload preload) {
        this.preload = preload;
    }

    /**
     * An exporter that starts parsing these fonts now, on a thread of its own, for its next export: the
     * caller knows the fonts before the pages are laid out, and parsing them (a few hundred milliseconds
     * for CJK faces) then overlaps the layout. Close it when done, exported or not.
     */
    public static PdfExporter preloading(java.util.Collection<org.annalist.typeset.frame.FontRef> fonts) {
        return new PdfExporter(new PdfFonts.Preload(fonts));
    }

    /**
     * Starts parsing one more font for the next export (an exporter made with {@link #preloading});
     * thread-safe, so the layout may call it when it first sets text in a face.
     */
    public void preload(org.annalist.typeset.frame.FontRef font) {
        if (preload != null) preload.add(font);
    }

    /** Closes the files of fonts parsed ahead but never used. */
    @Override
    public void close() {
        if (preload != null) preload.close();
    }

    /** Told, on the exporting thread, how many pages are in the document so far; it may throw to stop the export. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> {
        };

        /** {@code total}: pages to write, or -1 when the pages come from an iterable of unknown size. */
        void stored(int done, int total);
    }

    public PdfReport export(Iterable<Frame> pages, PdfOptions options, Path out) throws IOException {
        return export(pages, options, out, Progress.NONE);
    }

    /**
     * As {@link #export(Iterable, PdfOptions, Path)}, telling {@code progress} of each page put into the
     * document. When a report throws (the user cancelled), the workers stop, the temporary file is deleted
     * and the exception goes to the caller: no PDF, and the last good one at {@code out} stays.
     */
    public PdfReport export(Iterable<Frame> pages, PdfOptions options, Path out, Progress progress) throws IOException {
        Path target = out.toAbsolutePath();
        Path part = reserve(target);
        boolean done = false;
        SkippedCharacters skipped = new SkippedCharacters();
        try (PDDocument doc = new PDDocument(org.apache.pdfbox.io.MemoryUsageSetting.setupMixed(CACHE_IN_MEMORY).streamCache);
             PdfFonts fonts = new PdfFonts(doc, preload)) {
            doc.setVersion(1.7f);
            PageResources resources = new PageResources(fonts, doc);
            PDColor registration = options.cropMarks() ? PageGeometry.registrationColour() : null;
            COSName registrationName = COSName.getPDFName("CS1");
            List<PageGeometry> geometry = new ArrayList<>();
            List<PDPage> pdPages = new ArrayList<>();
            // Pages are written on worker threads; here, in order, each goes into the document (PDFBox's
            // objects are touched by this thread only). Every page is handed over first (a written page is
            // a few kilobytes), so that the fonts are subset here while the workers still write.
            java.util.ArrayDeque<PendingPage> pending = new java.util.ArrayDeque<>();
            try (PageContents contents = new PageContents(resources, skipped, registration, registrationName)) {
                for (Frame frame : pages) {
                    resources.add(frame);
                    PageGeometry g = new PageGeometry(frame.width(), frame.height(), options.cropMarks());
                    PDPage page = g.newPage();
                    doc.addPage(page);
                    pdPages.add(page);
                    geometry.add(g);
                    pending.add(new PendingPage(page, contents.submit(frame, g)));
                }
                int total = pdPages.size();
                progress.stored(0, total); // a chance to stop before the fonts are subset
                fonts.finish();
                int stored = 0;
                while (!pending.isEmpty()) {
                    store(doc, pending.poll(), registration, registrationName);
                    progress.stored(++stored, total);
                }
            }
            if (geometry.isEmpty()) throw new IllegalArgumentException("a PDF needs at least one page");
            Navigation.pageLabels(doc, options.pageLabels());
            Navigation.outline(doc, options.outline(), geometry.toArray(PageGeometry[]::new), pdPages);
            Metadata.write(doc, options);
            // Written with COSWriter instead of doc.save(): save() would subset the fonts a second time
            // and overwrite the /ToUnicode maps (see ToUnicodeCMap); otherwise it does the same two steps.
            doc.getDocument().setIsXRefStream(true);
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(part))) {
                new COSWriter(os, CompressParameters.DEFAULT_COMPRESSION).write(doc);
            } catch (IOException e) {
                throw new PdfExportException(Localized.of("export.unwritable", target, e.getMessage()), e);
            }
            int count = doc.getNumberOfPages();
            moveIntoPlace(part, target);
            done = true;
            return new PdfReport(target, count, skipped);
        } finally {
            if (!done) Files.deleteIfExists(part);
        }
    }

    private record PendingPage(PDPage page, java.util.concurrent.Future<PageContents.Page> content) {
    }

    /** Puts a written page's content and resources into its page object. */
    private static void store(PDDocument doc, PendingPage p, PDColor registration, COSName registrationName) throws IOException {
        PageContents.Page written = PageContents.get(p.content());
        PDResources resources = new PDResources();
        for (EmbeddedFont f : written.fonts()) resources.put(f.name(), f.pdf());
        for (PageResources.Picture picture : written.pictures()) resources.put(picture.name(), picture.xobject());
        if (registration != null) resources.put(registrationName, registration.getColorSpace());
        p.page().setResources(resources);
        COSStream stream = doc.getDocument().createCOSStream();
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(written.compressed());
        }
        p.page().getCOSObject().setItem(COSName.CONTENTS, stream);
    }

    /** Fails early, before any typesetting work is spent, when the output cannot be written. */
    private static Path reserve(Path target) throws PdfExportException {
        if (Files.isDirectory(target)) throw new PdfExportException("export.unwritable", target, Localized.of("export.isFolder"));
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new PdfExportException("export.unwritable", target, Localized.of("export.noFolder"));
        }
        if (Files.exists(target) && !Files.isWritable(target)) {
            throw new PdfExportException("export.unwritable", target, Localized.of("export.readOnly"));
        }
        try {
            return org.annalist.export.PartFiles.reserve(target);
        } catch (IOException e) {
            Object why = e instanceof AccessDeniedException ? Localized.of("export.noPermission") : e.getMessage();
            throw new PdfExportException(Localized.of("export.unwritable", target, why), e);
        }
    }

    private static void moveIntoPlace(Path part, Path target) throws PdfExportException {
        try {
            org.annalist.export.PartFiles.moveIntoPlace(part, target);
        } catch (IOException e) {
            throw new PdfExportException(Localized.of("export.unwritable", target, e.getMessage()), e);
        }
    }
}
