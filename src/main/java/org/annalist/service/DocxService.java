package org.annalist.service;

import org.annalist.doc.Document;
import org.annalist.doc.Markdown;
import org.annalist.doc.Meta;
import org.annalist.doc.SourceKeys;
import org.annalist.doc.Suggestions;
import org.annalist.export.docx.PageNumbers;
import org.annalist.typeset.page.BookTypesetter;
import org.annalist.typeset.page.PageInfo;
import org.annalist.export.docx.DocxDesign;
import org.annalist.export.docx.DocxReport;
import org.annalist.export.docx.DocxWriter;
import org.annalist.i18n.LocalizedException;
import org.annalist.i18n.Localized;
import org.annalist.i18n.Texts;
import org.annalist.model.Item;
import org.annalist.model.Section;
import org.annalist.service.TypesetService.TypesetException;
import org.annalist.typeset.font.FontRole;
import org.annalist.typeset.style.BlockStyle;
import org.annalist.typeset.style.Folio;
import org.annalist.typeset.style.Template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Word output: a publication, a 类目 or an item of the archive (or a Markdown book) as a .docx laid out like the PDF.
 * The same template drives both: {@link #design} turns the typesetter's {@link Template} into the {@link DocxDesign}
 * the Word writer needs, and the document tree is the one {@link BookAssembler} gives the typesetter.
 */
public final class DocxService {
    private DocxService() {
    }

    /**
     * What a Word export wrote: the file, 类目 openings, Word sections, 目录 entries, footnotes, endnotes, tables,
     * pictures, pending suggestions written as tracked changes, and warnings for the editor.
     */
    public record Summary(Path file, String template, int categories, int sections, int tocEntries, int footnotes,
                          int endnotes, int tables, int figures, int suggestions, int comments, int indexEntries,
                          double seconds, java.util.List<String> warnings) {
        static Summary of(DocxReport r, String template, double seconds) {
            return new Summary(r.file(), template, r.categories(), r.sections(), r.tocEntries(), r.footnotes(),
                    r.endnotes(), r.tables(), r.figures(), r.suggestions(), r.comments(), r.indexEntries(), seconds, r.warnings());
        }
    }

    /**
     * How to write: the template; {@code reviewData}: pending suggestions as tracked changes and the items' review
     * comments as Word comments (else the text before the suggestions, no comments); {@code progress}: told the phase
     * and the blocks written, may throw to stop (nothing is written then); {@code fonts}: the fonts our own
     * typesetting finds the 目录's and 索引's page numbers with (those the PDF is set with; null: the program's and the
     * template's fonts only).
     */
    public record Options(String template, boolean reviewData, TypesetService.Progress progress, TypesetService.Options fonts) {
        public Options {
            if (progress == null) progress = (phase, done, total) -> {
            };
            if (fonts == null) fonts = new TypesetService.Options(template, false, false, false, null, null);
        }

        public Options(String template, boolean reviewData, TypesetService.Progress progress) {
            this(template, reviewData, progress, null);
        }

        public static Options of(String template) {
            return new Options(template, true, null);
        }
    }

    /** Whether a path names a Word file (by its extension, as the editor writes it on the command line). */
    public static boolean isDocx(Path out) {
        return out.getFileName() != null && out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx");
    }

    /** One item is exported to Word only (the PDF is set by 类目 or publication): the refusal for an item as PDF. */
    public static TypesetException itemOnlyWord() {
        return new TypesetException(Localized.of("docx.itemOnlyWord"), null);
    }

    /** The template as Word needs it: lengths in points, styles with their Windows fonts, heads and folio. */
    public static DocxDesign design(Template t) {
        Map<String, DocxDesign.Style> styles = new LinkedHashMap<>();
        styles.put(DocxDesign.BODY, style(t.body(), t));
        for (String name : Template.STYLE_NAMES) {
            if (!name.equals(DocxDesign.BODY)) styles.put(name, style(t.style(name), t));
        }
        var h = t.runningHeads();
        var heads = new DocxDesign.RunningHeads(h.odd(), h.even(), face(h.font()), h.size(),
                h.rule() == null ? 0 : h.rule().toPoints(h.size(), t.linePitch()),
                h.letterSpacing() == null ? 0 : h.letterSpacing().toPoints(h.size(), t.linePitch()), h.noneOnOpeningPages());
        Folio f = t.folio();
        boolean foot = f.position() == Folio.Position.OUTER_FOOT || f.position() == Folio.Position.CENTER_FOOT;
        boolean outer = f.position() == Folio.Position.OUTER_FOOT || f.position() == Folio.Position.OUTER_HEAD;
        var folio = new DocxDesign.Folio(f.format(), foot, outer, f.firstNumber(), face(f.font()), f.size());
        var format = org.annalist.typeset.page.PaperFormat.of(t.pageWidth() * 25.4 / 72, t.pageHeight() * 25.4 / 72);
        return new DocxDesign(t.name(), t.pageWidth(), t.pageHeight(), t.marginTop(), t.marginInner(), t.columns(),
                t.charactersPerLine(), t.linesPerColumn(), t.columnGap(), t.linePitch(), styles, t.headings(), heads, folio,
                format == null ? null : format.label());
    }

    private static DocxDesign.Style style(BlockStyle s, Template t) {
        double pitch = t.linePitch();
        DocxDesign.Align align = switch (s.align()) {
            case LEFT -> DocxDesign.Align.LEFT;
            case CENTER -> DocxDesign.Align.CENTER;
            case RIGHT -> DocxDesign.Align.RIGHT;
            case JUSTIFY -> DocxDesign.Align.JUSTIFY;
        };
        double indent = s.indent() == null ? 0 : s.indent().toPoints(s.size(), pitch) / s.size();
        double before = s.spaceBefore() == null ? 0 : s.spaceBefore().toPoints(s.size(), pitch) / pitch;
        double after = s.spaceAfter() == null ? 0 : s.spaceAfter().toPoints(s.size(), pitch) / pitch;
        return new DocxDesign.Style(face(s.font()), s.size(), align, indent, before, after, s.keepWithNext(),
                s.spanColumns(), switch (s.newPage()) {
                    case NONE -> DocxDesign.NewPage.NONE;
                    case ANY -> DocxDesign.NewPage.ANY;
                    case ODD -> DocxDesign.NewPage.ODD;
                }, s.brackets());
    }

    private static DocxDesign.Face face(FontRole role) {
        if (role == null) return DocxDesign.Face.SONG;
        return switch (role) {
            case HEI -> DocxDesign.Face.HEI;
            case KAI -> DocxDesign.Face.KAI;
            case FANG -> DocxDesign.Face.FANG;
            case SONG, LATIN -> DocxDesign.Face.SONG;
        };
    }

    /** A whole publication: title page, 版权页, 目录 and every 类目. */
    public static Summary publication(AnnalistSession session, String ref, Path out, String template) throws TypesetException {
        return publication(session, ref, out, Options.of(template));
    }

    public static Summary publication(AnnalistSession session, String ref, Path out, Options o) throws TypesetException {
        long start = System.nanoTime();
        o.progress().at(Texts.get("docx.phase.assemble"), 0, 0);
        var node = session.queries().publication(ref)
                .orElseThrow(() -> new TypesetException(Localized.of("typeset.noPublication", ref), null));
        Document doc = BookAssembler.publication(session, node);
        List<Long> items = new ArrayList<>();
        for (var s : node.sections()) items(s, items);
        return write(doc, o, new DocxWriter.Options(BookAssembler.bookTitle(node), null, true, images(session))
                .withReview(o.reviewData(), o.reviewData() ? session.queries().comments(items) : List.of()), out, start, true);
    }

    /** One 类目 (or any section) with everything under it, opening on an odd page as in the book. */
    public static Summary section(AnnalistSession session, long sectionId, Path out, String template) throws TypesetException {
        return section(session, sectionId, out, Options.of(template));
    }

    public static Summary section(AnnalistSession session, long sectionId, Path out, Options o) throws TypesetException {
        long start = System.nanoTime();
        o.progress().at(Texts.get("docx.phase.assemble"), 0, 0);
        var section = session.queries().section(Long.toString(sectionId))
                .orElseThrow(() -> new TypesetException(Localized.of("typeset.noSection", sectionId), null));
        var pub = session.queries().publication(Long.toString(section.publicationId()))
                .orElseThrow(() -> new TypesetException(Localized.of("typeset.sectionOrphan", section.title()), null));
        var node = find(pub.sections(), sectionId)
                .orElseThrow(() -> new TypesetException(Localized.of("typeset.noSection", sectionId), null));
        Document doc = BookAssembler.section(pub, node);
        List<Long> items = new ArrayList<>();
        items(node, items);
        return write(doc, o, new DocxWriter.Options(BookAssembler.bookTitle(pub), null, false, images(session))
                .withReview(o.reviewData(), o.reviewData() ? session.queries().comments(items) : List.of()), out, start, true);
    }

    /** One item as it stands in its 类目 (its running heads name the 类目 and the book). */
    public static Summary item(AnnalistSession session, long itemId, Path out, String template) throws TypesetException {
        return item(session, itemId, out, Options.of(template));
    }

    public static Summary item(AnnalistSession session, long itemId, Path out, Options o) throws TypesetException {
        long start = System.nanoTime();
        o.progress().at(Texts.get("docx.phase.assemble"), 0, 0);
        Item item = session.queries().item(itemId).map(ArchiveQueries.ItemDetails::item)
                .orElseThrow(() -> new TypesetException(Localized.of("docx.noItem", itemId), null));
        String book = item.title();
        String category = null;
        int level = itemLevel(item, id -> session.queries().section(Long.toString(id)));
        if (item.sectionId() != null) {
            Optional<Section> s = session.queries().section(Long.toString(item.sectionId()));
            while (s.isPresent() && s.get().parentId() != null) s = session.queries().section(Long.toString(s.get().parentId()));
            if (s.isPresent()) {
                category = s.get().title();
                var pub = session.queries().publication(Long.toString(s.get().publicationId()));
                if (pub.isPresent()) book = BookAssembler.bookTitle(pub.get());
            }
        }
        Document doc = BookAssembler.item(item, level);
        return write(doc, o, new DocxWriter.Options(book, category, false, images(session))
                .withReview(o.reviewData(), o.reviewData() ? session.queries().comments(List.of(itemId)) : List.of()), out, start, false);
    }

    /**
     * The level an item is exported at alone, as in its book: one below its section's depth (an item in a 类目: 2), 1
     * outside any section; its body's headings go out that many levels down. The return ({@code import --item})
     * takes them back up by the same.
     */
    static int itemLevel(Item item, java.util.function.LongFunction<Optional<Section>> sections) {
        if (item.sectionId() == null) return 1;
        int depth = 0;
        Optional<Section> s = sections.apply(item.sectionId());
        while (s.isPresent() && depth < 64) {
            depth++;
            Long parent = s.get().parentId();
            s = parent == null ? Optional.empty() : sections.apply(parent);
        }
        return Math.max(1, depth) + 1;
    }

    /** A Markdown book file ({@code % 书名}, {@code #} 类目 …) with its pictures beside it. */
    public static Summary markdownFile(Path md, Path out, String template) throws TypesetException {
        return markdownFile(md, out, Options.of(template));
    }

    public static Summary markdownFile(Path md, Path out, Options o) throws TypesetException {
        long start = System.nanoTime();
        String text;
        try {
            text = Files.readString(md, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new TypesetException(Localized.of("typeset.notUtf8", md), e);
        } catch (IOException e) {
            throw new TypesetException(Localized.of("typeset.unreadable", md, e.getMessage()), e);
        }
        Document parsed = Markdown.parseParallel(text);
        String name = md.getFileName().toString().replaceFirst("\\.md$", "");
        Meta meta = parsed.meta().withTitle(parsed.meta().titleOr(name), parsed.meta().subtitle());
        // the 版权页's data from the book's sidecar (书名.版权页.yaml), as the PDF reads it
        org.annalist.doc.Imprint imprint;
        try {
            imprint = ImprintReader.readSidecar(md);
        } catch (PlanReader.PlanException e) {
            throw new TypesetException(e);
        }
        if (!imprint.isEmpty()) meta = meta.withImprint(imprint);
        Path base = md.toAbsolutePath().getParent();
        Function<String, Path> images = source -> {
            if (source.startsWith("attachment:")) throw new LocalizedException("typeset.attachmentInFile");
            return base.resolve(source).normalize();
        };
        return write(parsed.withMeta(meta), o, new DocxWriter.Options(meta.title(), null, true, images)
                .withReview(o.reviewData(), List.of()), out, start, true);
    }

    /**
     * A form (审稿单, progress report) as Word: the template's page and styles in one column across the text block,
     * its tables as Word tables, no front matter and no review data.
     */
    public static Summary form(Document doc, Path out, String template) throws TypesetException {
        checkTarget(out);
        long start = System.nanoTime();
        DocxDesign design = design(TypesetService.template(template)).singleColumn();
        String title = doc.meta().title();
        try {
            return Summary.of(DocxWriter.write(doc, design, new DocxWriter.Options(title, title, false, source -> null)
                    .withReview(false, List.of()), out), template, (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw writeFailed(out, e);
        } catch (LocalizedException e) {
            throw new TypesetException(e);
        }
    }

    private static void items(ArchiveTree.SectionNode s, List<Long> out) {
        for (Item i : s.items()) out.add(i.id());
        for (var c : s.children()) items(c, out);
    }

    /**
     * {@code numbered}: a book or a part of one whose 目录 or 索引 lists pages — then the tree is first set by our own
     * typesetting with the same template, and the fields' results carry the folios where its headings and index
     * marks landed there, found by their ids and keys ({@link SourceKeys}).
     */
    private static Summary write(Document doc, Options o, DocxWriter.Options options, Path out, long start, boolean numbered)
            throws TypesetException {
        checkTarget(out);
        String template = o.template();
        Template t = TypesetService.template(template);
        DocxDesign design = design(t);
        String phase = Texts.get("docx.phase.write");
        DocxWriter.Options withProgress = options.withSortKey(PersonNames::pinyin)
                .withProgress((done, total) -> o.progress().at(phase, done, total));
        try {
            // our own typesetting of the tree, always: the characters its lines compressed go into the .docx by their
            // source keys (the same characters per line in Word and LibreOffice); in a book or a part of one whose
            // 目录 or 索引 lists pages, also the folios of its headings and index marks by their ids and keys
            SourceKeys.Stamped stamped = numbered ? SourceKeys.stamp(doc) : null;
            boolean folios = stamped != null && ((options.frontMatter() && stamped.headings() > 0) || stamped.marks() > 0);
            if (folios) doc = stamped.doc();
            BookTypesetter setter = new BookTypesetter(t, TypesetService.fonts(t, o.fonts()), PersonNames::pinyin,
                    options.images() == null ? source -> null : options.images());
            Document toSet = options.reviewData() ? doc : Suggestions.rejectAll(doc);
            // our typesetting on a thread of its own while the .docx is started: the lines first (the body needs what
            // they compressed), then — only where a 目录 or 索引 lists pages — the columns and pages, whose folios the
            // writer asks for after the body
            java.util.concurrent.Executor own = r -> {
                Thread th = new Thread(r, "docx-typeset");
                th.setDaemon(true);
                th.start();
            };
            java.util.concurrent.CompletableFuture<BookTypesetter.Composed> composed = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> setter.compose(toSet, o.progress()), own);
            java.util.concurrent.CompletableFuture<PageNumbers> pages = folios
                    ? composed.thenApply(c -> foliosOf(c.pages(BookTypesetter.Progress.NONE)))
                    : java.util.concurrent.CompletableFuture.completedFuture(PageNumbers.NONE);
            withProgress = withProgress.withPages(() -> joined(composed).squeezed(), () -> joined(pages));
            try {
                return Summary.of(DocxWriter.write(doc, design, withProgress, out), template, (System.nanoTime() - start) / 1e9);
            } finally {
                composed.cancel(false);
                pages.cancel(false);
            }
        } catch (IOException e) {
            throw writeFailed(out, e);
        } catch (LocalizedException e) {
            throw new TypesetException(e);
        }
    }

    /**
     * Refuses, before any work is spent, a target the .docx cannot take the place of — as the PDF export refuses it
     * ({@code export.unwritable} and its reasons): a folder, a file in the way of the folder to be made, a read-only
     * file (on Linux what another program keeps open stays writable; a read-only one is what the PDF refuses too). A
     * folder without write permission is told when the part file cannot be made ({@link #writeFailed}); a folder that
     * does not exist yet is made when the file is written.
     */
    static void checkTarget(Path out) throws TypesetException {
        Path target = out.toAbsolutePath();
        if (Files.isDirectory(target)) throw unwritable(out, Localized.of("export.isFolder"));
        if (Files.exists(target) && !Files.isWritable(target)) throw unwritable(out, Localized.of("export.readOnly"));
        for (Path dir = target.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir)) break;
            if (Files.exists(dir)) throw unwritable(out, Localized.of("docx.target.notFolder", dir));
        }
    }

    private static TypesetException unwritable(Path out, Localized why) {
        return new TypesetException(Localized.of("export.unwritable", out, why), null);
    }

    /** A failure to write the file: a known reason in the editor's language, else the system's text. */
    private static TypesetException writeFailed(Path out, IOException e) {
        Optional<Localized> known = Messages.localized(e);
        if (known.isPresent()) return new TypesetException(known.get(), e);
        Object why;
        if (e instanceof java.nio.file.AccessDeniedException) why = Localized.of("export.noPermission");
        else if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) why = f.getReason();
        else why = e.getMessage();
        return new TypesetException(Localized.of("export.unwritable", out, why), e);
    }

    /** What the other thread gave, or what it threw (a cancellation of the export, a font that cannot be read …). */
    private static <T> T joined(java.util.concurrent.CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /**
     * Where our typesetting put the headings and index marks: the folios by heading id and mark key, as the PDF's own
     * 目录 and 索引 take them. With review data the tree is set as the PDF sets it (pending suggestions accepted);
     * without, as the .docx shows it (the text before the suggestions).
     */
    private static PageNumbers foliosOf(List<PageInfo> body) {
        Map<String, Integer> headings = new java.util.HashMap<>();
        Map<String, Integer> marks = new java.util.HashMap<>();
        for (PageInfo p : body) {
            for (PageInfo.HeadingAt h : p.headings()) if (h.key() != null) headings.putIfAbsent(h.key(), p.folio());
            for (PageInfo.TermAt term : p.terms()) if (term.key() != null) marks.putIfAbsent(term.key(), p.folio());
        }
        return new PageNumbers(headings, marks);
    }

    private static Function<String, Path> images(AnnalistSession session) {
        Path cache = session.dataDir().resolve("cache").resolve("images");
        return source -> TypesetService.attachmentFile(session, source, cache);
    }

    private static Optional<ArchiveTree.SectionNode> find(java.util.List<ArchiveTree.SectionNode> nodes, long id) {
        for (ArchiveTree.SectionNode n : nodes) {
            if (n.section().id() == id) return Optional.of(n);
            var inner = find(n.children(), id);
            if (inner.isPresent()) return inner;
        }
        return Optional.empty();
    }
}
