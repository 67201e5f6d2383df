package org.annalist.service;

import org.annalist.doc.Document;
import org.annalist.export.png.PngRenderer;
import org.annalist.model.Item;
import org.annalist.typeset.font.FontBook;
import org.annalist.typeset.font.FontChain;
import org.annalist.typeset.font.FontRole;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.page.BookTypesetter;
import org.annalist.typeset.style.Template;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The printed pages of one item while it is being edited: the item (with the editor's unsaved text) set
 * alone with a publication template by the same typesetter as the PDF, body pages only; and each page
 * drawn to pixels by the same frame painter as the PNG pages, so the preview is what will be printed.
 * Templates and their fonts are loaded once per session.
 */
public final class PreviewService {

    /** The item's pages with their folios, and what the editor should know about them. */
    /**
     * {@code origin}: the source key of the item body's first character; a glyph set from the body's character at
     * offset k carries the key origin + k ({@link org.annalist.typeset.frame.GlyphRun#sourceAt}).
     */
    public record ItemPages(String template, List<Frame> pages, List<String> labels, int overfullLines,
                            List<String> missingCharacters, List<String> warnings, double seconds, long origin) {
    }

    /** A page's pixels, ARGB, row by row. */
    public record Pixels(int width, int height, int[] argb) {
    }

    private record Loaded(Template template, Map<FontRole, FontChain> chains, org.annalist.typeset.font.FontReport report) {
    }

    private final AnnalistSession session;
    private final Path userFontsDir;
    private final Map<String, Loaded> templates = new HashMap<>();
    private final PngRenderer renderer = new PngRenderer();

    PreviewService(AnnalistSession session, Path userFontsDir) {
        this.session = session;
        this.userFontsDir = userFontsDir;
    }

    /** Typesets {@code item} as it is now in the editor (its body may be unsaved). */
    public ItemPages typeset(Item item, String templateName, BookTypesetter.Progress progress) throws TypesetService.TypesetException {
        long t0 = System.nanoTime();
        Loaded loaded = load(templateName);
        // a fresh book per run over the cached faces: the 缺字 report is this item's alone
        FontBook fonts = new FontBook(loaded.chains(), loaded.report());
        Document doc = BookAssembler.item(item, depth(item.sectionId()) + 1);
        Path cache = session.dataDir().resolve("cache").resolve("images");
        BookTypesetter.Book book;
        try {
            book = new BookTypesetter(loaded.template(), fonts, PersonNames::pinyin,
                    source -> TypesetService.attachmentFile(session, source, cache))
                    .typeset(doc, progress);
        } catch (IllegalArgumentException e) {
            throw new TypesetService.TypesetException(Messages.localized(e).orElseGet(() -> org.annalist.i18n.Localized.of("error.internal", e.getClass().getSimpleName())), e);
        }
        int from = book.frontPages();
        int to = from + book.bodyPages();
        List<String> missing = fonts.missing().entries().stream()
                .map(e -> e.character() + "（" + e.code() + "，" + e.count() + " 处）").toList();
        return new ItemPages(loaded.template().name(), List.copyOf(book.pages().subList(from, to)),
                List.copyOf(book.pageLabels().subList(from, to)), book.overfullLines(), missing, book.warnings(),
                (System.nanoTime() - t0) / 1e9, BookAssembler.origin(item));
    }

    /** The page drawn at {@code scale} pixels per point (1 = 72 dpi) on white. */
    public synchronized Pixels render(Frame page, double scale) throws IOException {
        BufferedImage img = renderer.render(page, scale * 72);
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        return new Pixels(w, h, argb);
    }

    private synchronized Loaded load(String name) throws TypesetService.TypesetException {
        Loaded l = templates.get(name);
        if (l == null) {
            Template t = TypesetService.template(name);
            FontBook book = TypesetService.fonts(t, new TypesetService.Options(name, false, false, false, userFontsDir,
                    session.dataDir().resolve("cache")));
            Map<FontRole, FontChain> chains = new EnumMap<>(FontRole.class);
            for (FontRole r : FontRole.values()) chains.put(r, book.chain(r));
            l = new Loaded(t, chains, book.report());
            templates.put(name, l);
        }
        return l;
    }

    /** 1 for an item in a 类目, 2 in a 分目 …; 1 in the 收稿箱. */
    private int depth(Long sectionId) {
        return sectionId == null ? 1 : Math.max(1, session.queries().sectionDepth(sectionId));
    }
}
