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
import java.util.ArrayList;
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
     * offset k carries the key origin + k ({@link org.annalist.typeset.frame.GlyphRun#sourceAt}). {@code inBook}: the
     * pages are the book's own (the item set in its 类目 with its neighbours and real folios), not the item alone.
     */
    public record ItemPages(String template, List<Frame> pages, List<String> labels, int overfullLines,
                            List<String> missingCharacters, List<String> warnings, double seconds, long origin,
                            boolean inBook) {
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

    /**
     * Typesets {@code item} as it is now in the editor (its body may be unsaved) where it will stand in the book: the
     * whole 类目 that holds it, with the stored text of its neighbours, starting on the folio the 类目 has in the
     * whole book, so the pages shown — those that print the item — carry their real folios, running heads and
     * neighbours. An item outside any publication (收稿箱) is set alone.
     */
    public ItemPages typeset(Item item, String templateName, BookTypesetter.Progress progress) throws TypesetService.TypesetException {
        long t0 = System.nanoTime();
        Loaded loaded = load(templateName);
        // a fresh book per run over the cached faces: the 缺字 report is this 类目's alone
        FontBook fonts = new FontBook(loaded.chains(), loaded.report());
        long origin = BookAssembler.origin(item);
        Place place = item.sectionId() == null ? null : place(item.sectionId()).orElse(null);
        BookTypesetter.Book book;
        int from;
        int to;
        boolean inBook = place != null;
        try {
            if (place == null) {
                book = setter(loaded, fonts).typeset(BookAssembler.item(item, depth(item.sectionId()) + 1), progress);
                from = book.frontPages();
                to = from + book.bodyPages();
            } else {
                int first = firstFolio(place, templateName, loaded, progress);
                // each piece (a heading, an item) realized once and kept while it stays the same: typing in one item
                // composes that item again, its neighbours come from the cache
                List<BookTypesetter.Realized> realized = new ArrayList<>();
                for (BookAssembler.Piece piece : BookAssembler.piecesInBook(place.root(), i -> i.id() == item.id() ? item : i)) {
                    Kept kept = realized(piece, templateName, loaded, progress);
                    realized.add(kept.realized());
                    for (org.annalist.typeset.font.MissingGlyphs.Entry e : kept.missing()) {
                        fonts.missing().record(e.role(), e.codePoint(), e.firstContext(), e.count());
                    }
                }
                book = setter(loaded, fonts).layOutPart(realized, BookAssembler.bookTitle(place.publication()), first, progress);
                // the pages that print the item: those holding a glyph set from its text (or its title)
                from = -1;
                to = -1;
                for (int i = 0; i < book.pages().size(); i++) {
                    if (prints(book.pages().get(i), origin)) {
                        if (from < 0) from = i;
                        to = i + 1;
                    }
                }
                if (from < 0) {
                    from = 0;
                    to = book.pages().size();
                }
            }
        } catch (IllegalArgumentException e) {
            throw new TypesetService.TypesetException(Messages.localized(e).orElseGet(() -> org.annalist.i18n.Localized.of("error.internal", e.getClass().getSimpleName())), e);
        }
        List<String> missing = fonts.missing().entries().stream()
                .map(e -> org.annalist.i18n.Texts.get("missing.preview", e.character(), e.code(), e.count())).toList();
        return new ItemPages(loaded.template().name(), List.copyOf(book.pages().subList(from, to)),
                List.copyOf(book.pageLabels().subList(from, to)), book.overfullLines(), missing, book.warnings(),
                (System.nanoTime() - t0) / 1e9, origin, inBook);
    }

    private BookTypesetter setter(Loaded loaded, FontBook fonts) {
        Path cache = session.dataDir().resolve("cache").resolve("images");
        return new BookTypesetter(loaded.template(), fonts, PersonNames::pinyin,
                source -> TypesetService.attachmentFile(session, source, cache));
    }

    /** What makes a realized piece reusable: the template and the piece as set (an item record holds its text). */
    private record PieceKey(String template, String id, Item item, String heading, int level) {
    }

    private record Kept(PieceKey key, BookTypesetter.Realized realized, List<org.annalist.typeset.font.MissingGlyphs.Entry> missing) {
    }

    /** Which piece of the book a realized piece is, whatever its text: the cache keeps one version of each. */
    private record PieceSlot(String template, String id) {
    }

    /**
     * Realized pieces of recent previews, one version per piece (the latest: typing in an item replaces the item's
     * previous realization rather than adding one per pause, which kept hundreds of versions of a 60,000-character
     * item alive), the least recently used dropped first.
     */
    private final Map<PieceSlot, Kept> pieces = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PieceSlot, Kept> eldest) {
            return size() > MAX_PIECES;
        }
    };

    /** How many realized pieces are kept: a publication's headings and items for a template or two. */
    static final int MAX_PIECES = 2000;

    /** How many realized pieces the cache holds now (tests). */
    int keptPieces() {
        synchronized (pieces) {
            return pieces.size();
        }
    }

    private Kept realized(BookAssembler.Piece piece, String templateName, Loaded loaded, BookTypesetter.Progress progress) {
        PieceKey key = new PieceKey(templateName, piece.id(), piece.item(), piece.heading(), piece.level());
        PieceSlot slot = new PieceSlot(templateName, piece.id());
        synchronized (pieces) {
            Kept kept = pieces.get(slot);
            if (kept != null && kept.key().equals(key)) return kept;
        }
        // its own 缺字 record, kept with it and added to each preview that uses it
        FontBook own = new FontBook(loaded.chains(), loaded.report());
        BookTypesetter.Realized r = setter(loaded, own).realize(new Document(piece.blocks()), progress);
        Kept kept = new Kept(key, r, own.missing().entries());
        synchronized (pieces) {
            pieces.put(slot, kept);
        }
        return kept;
    }

    /** An item's publication and the top-level section (类目) that holds its section. */
    private record Place(ArchiveTree.PublicationNode publication, ArchiveTree.SectionNode root, int index) {
    }

    private java.util.Optional<Place> place(long sectionId) {
        return session.queries().publicationOf(sectionId)
                .flatMap(p -> session.queries().publication(Long.toString(p.id())))
                .flatMap(pub -> {
                    for (int k = 0; k < pub.sections().size(); k++) {
                        if (contains(pub.sections().get(k), sectionId)) return java.util.Optional.of(new Place(pub, pub.sections().get(k), k));
                    }
                    return java.util.Optional.empty();
                });
    }

    private static boolean contains(ArchiveTree.SectionNode node, long sectionId) {
        if (node.section().id() == sectionId) return true;
        for (ArchiveTree.SectionNode c : node.children()) if (contains(c, sectionId)) return true;
        return false;
    }

    /** Whether a glyph on the page was set from the item whose keys start at {@code origin}. */
    private static boolean prints(Frame f, long origin) {
        for (var pos : f.items()) {
            if (pos.item() instanceof Frame inner && prints(inner, origin)) return true;
            if (pos.item() instanceof org.annalist.typeset.frame.GlyphRun run && run.hasSourceIn(origin, origin + (1L << 32))) return true;
        }
        return false;
    }

    /**
     * Where each 类目 of a publication starts, from the whole book set once (stored texts, body pages only), with
     * for each 类目 what it depends on: the sections before it with their items' revisions. An edit inside a 类目,
     * or after it, leaves its start where it is; a saved change before it sets the book again.
     */
    private record Starts(java.util.Map<Long, Integer> folios, java.util.Map<Long, String> before) {
    }

    private final Map<String, Starts> starts = new HashMap<>();

    private int firstFolio(Place place, String templateName, Loaded loaded, BookTypesetter.Progress progress) {
        String key = place.publication().publication().id() + "/" + templateName;
        long rootId = place.root().section().id();
        String before = fingerprintBefore(place.publication(), place.index());
        Starts known;
        synchronized (this) {
            known = starts.get(key);
        }
        if (known != null && before.equals(known.before().get(rootId)) && known.folios().containsKey(rootId)) {
            return known.folios().get(rootId);
        }
        Template t = loaded.template();
        int base = t.folio() == null ? 1 : t.folio().firstNumber();
        FontBook fonts = new FontBook(loaded.chains(), loaded.report());
        BookTypesetter.Book whole = setter(loaded, fonts).typesetPart(
                BookAssembler.publication(place.publication(), org.annalist.doc.Imprint.NONE), base, progress);
        // the k-th level-1 heading is the k-th 类目's: the assembler gives each top-level section one, and nothing else
        java.util.Map<Long, Integer> folios = new HashMap<>();
        java.util.Map<Long, String> fingerprints = new HashMap<>();
        List<ArchiveTree.SectionNode> roots = place.publication().sections();
        int k = 0;
        for (BookTypesetter.OutlineEntry e : whole.outline()) {
            if (e.level() != 1 || k >= roots.size()) continue;
            folios.put(roots.get(k).section().id(), base + e.pageIndex());
            fingerprints.put(roots.get(k).section().id(), fingerprintBefore(place.publication(), k));
            k++;
        }
        synchronized (this) {
            starts.put(key, new Starts(folios, fingerprints));
        }
        return folios.getOrDefault(rootId, base);
    }

    /** The sections before the {@code k}-th 类目 and their items' revisions, as one string. */
    private static String fingerprintBefore(ArchiveTree.PublicationNode pub, int k) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < k && i < pub.sections().size(); i++) fingerprint(pub.sections().get(i), sb);
        return sb.toString();
    }

    private static void fingerprint(ArchiveTree.SectionNode s, StringBuilder sb) {
        sb.append('s').append(s.section().id()).append(':').append(s.section().title()).append(';');
        for (Item i : s.items()) sb.append('i').append(i.id()).append('r').append(i.revision()).append(';');
        for (ArchiveTree.SectionNode c : s.children()) fingerprint(c, sb);
    }

    /**
     * The page drawn at {@code scale} pixels per point (1 = 72 dpi) on white. The image's own pixel array becomes
     * the result, made opaque in place: no copy through the colour model (a page at 80 % is 570,000 pixels).
     */
    public synchronized Pixels render(Frame page, double scale) throws IOException {
        BufferedImage img = renderer.render(page, scale * 72);
        int w = img.getWidth();
        int h = img.getHeight();
        if (img.getType() == BufferedImage.TYPE_INT_RGB && img.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferInt ints
                && ints.getNumBanks() == 1 && ints.getData().length == w * h) {
            int[] rgb = ints.getData();
            for (int i = 0; i < rgb.length; i++) rgb[i] |= 0xFF000000;
            return new Pixels(w, h, rgb);
        }
        return new Pixels(w, h, img.getRGB(0, 0, w, h, null, 0, w));
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
