package org.annalist.export.pdf;

import org.annalist.typeset.frame.FontRef;
import org.apache.fontbox.ttf.TTFParser;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    PdfFonts(PDDocument doc) {
        this.doc = doc;
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
        Path file = Path.of(ref.file());
        if (!Files.isReadable(file)) throw new PdfExportException("无法读取字体文件 " + file + "：文件不存在或没有读取权限");
        try {
            TrueTypeFont ttf;
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
                open.add(ttc);
                ttf = ref.postScriptName() == null ? first(ttc) : ttc.getFontByName(ref.postScriptName());
                if (ttf == null) throw new PdfExportException("字体文件 " + file + " 中没有名为 " + ref.postScriptName() + " 的字体");
            } else {
                ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
                open.add(ttf);
            }
            if (ttf.getGlyph() == null) {
                throw new PdfExportException("字体文件 " + file + " 是 CFF（PostScript）轮廓，PDF 只能嵌入 TrueType 轮廓的字体");
            }
            // The layout chose every glyph and its position; PDFBox must not substitute glyphs through GSUB
            // (it would no longer match what was measured, and it compiles regexes on every string).
            ttf.setEnableGsub(false);
            return new EmbeddedFont(PDType0Font.load(doc, ttf, true), ttf);
        } catch (PdfExportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PdfExportException("无法读取字体文件 " + file + "：不是可用的 TrueType 字体（" + e.getMessage() + "）", e);
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
        fonts.clear();
        lastRef = null;
        last = null;
        if (failure != null) throw failure;
    }
}
