package org.annalist.export.pdf;

import org.annalist.i18n.Localized;
import org.annalist.typeset.frame.FontRef;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.cos.COSName;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The fonts of one document: each {@link FontRef} is parsed and turned into a {@link PDType0Font} once,
 * so every page shares one font object and the subset written at save holds each glyph once. The parsed
 * files stay open until {@link #close()}, after the save, because PDFBox reads glyphs for the subset
 * then; parsing is lazy, so a 15 MB CJK face costs little memory.
 */
final class PdfFonts implements Closeable {
    private final PDDocument doc;
    private final Map<FontRef, EmbeddedFont> fonts = new HashMap<>();
    private final List<Closeable> open = new ArrayList<>();
    /**
     * The font of the previous run: consecutive runs mostly share one, and comparing with it is cheaper
     * than hashing a fresh FontRef (its path string is new per run, so its hash is not cached).
     */
    private FontRef lastRef;
    private EmbeddedFont last;

    /** Fonts parsed ahead on another thread (see {@link Preload}), or null. */
    private final Preload preloaded;

    PdfFonts(PDDocument doc) {
        this(doc, null);
    }

    PdfFonts(PDDocument doc, Preload preloaded) {
        this.doc = doc;
        this.preloaded = preloaded;
    }

    EmbeddedFont get(FontRef ref) throws PdfExportException {
        if (ref == lastRef || ref.equals(lastRef)) return last;
        EmbeddedFont f = fonts.get(ref);
        if (f == null) {
            f = load(ref);
            fonts.put(ref, f);
        }
        lastRef = ref;
        last = f;
        return f;
    }

    /** Subsets every font and writes its /ToUnicode map; call once, after the last page, before writing. */
    void finish() throws IOException {
        for (EmbeddedFont f : fonts.values()) f.finish(doc);
    }

    private EmbeddedFont load(FontRef ref) throws PdfExportException {
        Parsed parsed = preloaded == null ? null : preloaded.take(ref);
        if (parsed == null) parsed = parse(ref);
        open.addAll(parsed.open());
        try {
            return new EmbeddedFont(PDType0Font.load(doc, parsed.ttf(), true), parsed.tables(),
                    COSName.getPDFName("F" + (fonts.size() + 1)));
        } catch (IOException | RuntimeException e) {
            throw new PdfExportException(Localized.of("export.fontNotTrueType", ref.file(), Localized.reason(e)), e);
        }
    }

    /**
     * A font file parsed and its tables copied, all that does not need the document (most of the cost of
     * a font: fontbox reads every table of a 15 MB CJK file). {@code open}: to be closed after the save.
     */
    record Parsed(TrueTypeFont ttf, EmbeddedFont.Tables tables, List<Closeable> open) {
        void close() {
            for (Closeable c : open) {
                try {
                    c.close();
                } catch (IOException ignored) {
                    // a font never used: nothing of it was written
                }
            }
        }
    }

    static Parsed parse(FontRef ref) throws PdfExportException {
        Path file = Path.of(ref.file());
        if (!Files.isReadable(file)) throw new PdfExportException("export.fontUnreadable", file);
        List<Closeable> open = new ArrayList<>();
        try {
            TrueTypeFont ttf;
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
                open.add(ttc);
                ttf = ref.postScriptName() == null ? first(ttc) : ttc.getFontByName(ref.postScriptName());
                if (ttf == null) throw new PdfExportException("export.fontNoFace", file, ref.postScriptName());
            } else {
                ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
                open.add(ttf);
            }
            if (ttf.getGlyph() == null) {
                throw new PdfExportException("export.fontCff", file);
            }
            // The layout chose every glyph and its position; PDFBox must not substitute glyphs through GSUB
            // (it would no longer match what was measured, and it compiles regexes on every string).
            ttf.setEnableGsub(false);
            Parsed parsed = new Parsed(ttf, EmbeddedFont.Tables.of(ttf), open);
            open = null;
            return parsed;
        } catch (PdfExportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PdfExportException(Localized.of("export.fontNotTrueType", file, Localized.reason(e)), e);
        } finally {
            if (open != null) new Parsed(null, null, open).close();
        }
    }

    private static TrueTypeFont first(TrueTypeCollection ttc) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        ttc.processAllFonts(f -> {
            if (first[0] == null) first[0] = f;
        });
        return first[0];
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Closeable c : open) {
            try {
                c.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        open.clear();
        if (preloaded != null) preloaded.close();
        fonts.clear();
        lastRef = null;
        last = null;
        if (failure != null) throw failure;
    }

    /**
     * Fonts a document will need, parsed on a thread of its own while the book is still being laid out,
     * so that writing the PDF does not start with a few hundred milliseconds of parsing. Each font is taken
     * by at most one document; {@link #close} closes those never taken. A font that fails to parse here is
     * parsed again when needed, which reports the problem as usual.
     */
    static final class Preload implements Closeable {
        private final Map<FontRef, CompletableFuture<Parsed>> fonts = new LinkedHashMap<>();
        private final java.util.Set<FontRef> asked = new java.util.HashSet<>();
        private final Executor thread = r -> {
            Thread t = new Thread(r, "pdf-fonts");
            t.setDaemon(true);
            t.start();
        };
        private CompletableFuture<?> previous = CompletableFuture.completedFuture(null);

        Preload(Collection<FontRef> refs) {
            for (FontRef ref : refs) add(ref);
        }

        /**
         * Parses {@code ref} after the fonts asked for before it, one after another, in order: the first
         * (the body's) is needed first, and one core is left to the layout. A font asked for twice is parsed once.
         */
        synchronized void add(FontRef ref) {
            if (!asked.add(ref)) return;
            CompletableFuture<Parsed> f = previous.handleAsync((x, e) -> {
                try {
                    return parse(ref);
                } catch (PdfExportException ex) {
                    return null;
                }
            }, thread);
            fonts.put(ref, f);
            previous = f;
        }

        /** The font parsed ahead, or null (not asked for, taken already, or it failed). */
        synchronized Parsed take(FontRef ref) {
            CompletableFuture<Parsed> f = fonts.remove(ref);
            return f == null ? null : f.join();
        }

        @Override
        public synchronized void close() {
            for (CompletableFuture<Parsed> f : fonts.values()) {
                Parsed p = f.join();
                if (p != null) p.close();
            }
            fonts.clear();
        }
    }
}
