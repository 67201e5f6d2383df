package org.annalist.export.pdf;

import org.annalist.i18n.Localized;
import org.annalist.typeset.frame.FontRef;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.GlyphRun;
import org.annalist.typeset.frame.Image;
import org.annalist.typeset.frame.Positioned;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts and pictures of a document, made into PDF objects by the exporter's thread as it meets them
 * (a page's before the page is handed to a writer), each with the one resource name all pages use for
 * it ({@code /F1}, {@code /Im1}). Pages are written on several threads, which only look things up here:
 * PDFBox's document may be touched by one thread only.
 */
final class PageResources {
    /** A picture file as an image XObject, drawn under {@code name} on every page that shows it. */
    record Picture(COSName name, PDImageXObject xobject) {
    }

    private final Map<FontRef, EmbeddedFont> fonts = new ConcurrentHashMap<>();
    private final Map<String, Picture> pictures = new ConcurrentHashMap<>();
    private final PdfFonts pdfFonts;
    private final PDDocument doc;
    /** The layout shares one FontRef per face, so most runs are the previous run's font. */
    private FontRef lastRef;

    PageResources(PdfFonts pdfFonts, PDDocument doc) {
        this.pdfFonts = pdfFonts;
        this.doc = doc;
    }

    /**
     * Loads what {@code page} uses and is not loaded yet, and notes each character it draws for its font's
     * subset; on the document's thread, before the page is written. Once every page is added the fonts
     * can be subset while the pages are still being written.
     */
    void add(Frame page) throws PdfExportException {
        collect(page);
    }

    private EmbeddedFont lastFont;

    private void collect(Frame frame) throws PdfExportException {
        for (Positioned p : frame.items()) {
            if (p.item() instanceof GlyphRun run) {
                FontRef ref = run.font();
                if (ref != lastRef) {
                    lastFont = fonts.get(ref);
                    if (lastFont == null) {
                        lastFont = pdfFonts.get(ref);
                        fonts.put(ref, lastFont);
                    }
                    lastRef = ref;
                }
                String text = run.text();
                for (int i = 0; i < text.length(); ) {
                    int cp = text.codePointAt(i);
                    i += Character.charCount(cp);
                    int gid = lastFont.glyph(cp);
                    if (gid != 0) lastFont.use(cp, gid);
                }
            } else if (p.item() instanceof Frame nested) {
                collect(nested);
            } else if (p.item() instanceof Image img && !pictures.containsKey(img.file())) {
                PDImageXObject xo;
                try {
                    xo = PDImageXObject.createFromFileByContent(new File(img.file()), doc);
                } catch (IOException | IllegalArgumentException e) {
                    throw new PdfExportException(Localized.of("export.picture", img.file(), Localized.reason(e)), e);
                }
                pictures.put(img.file(), new Picture(COSName.getPDFName("Im" + (pictures.size() + 1)), xo));
            }
        }
    }

    EmbeddedFont font(FontRef ref) {
        EmbeddedFont f = fonts.get(ref);
        if (f == null) throw new IllegalStateException("font not collected: " + ref);
        return f;
    }

    Picture picture(String file) {
        Picture p = pictures.get(file);
        if (p == null) throw new IllegalStateException("picture not collected: " + file);
        return p;
    }
}
