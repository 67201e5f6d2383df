package org.annalist.service;

import org.annalist.i18n.Texts;
import org.annalist.i18n.LocalizedException;
import org.annalist.i18n.Localizable;
import org.annalist.i18n.Localized;
import org.annalist.doc.Document;
import org.annalist.doc.Markdown;
import org.annalist.doc.Meta;
import org.annalist.export.pdf.Bookmark;
import org.annalist.export.pdf.PdfExporter;
import org.annalist.export.pdf.PdfOptions;
import org.annalist.export.pdf.PdfReport;
import org.annalist.typeset.font.FontBook;
import org.annalist.typeset.font.FontConfig;
import org.annalist.typeset.font.FontResolver;
import org.annalist.typeset.font.FontRole;
import org.annalist.typeset.frame.FontRef;
import org.annalist.typeset.page.BookTypesetter;
import org.annalist.typeset.style.Template;
import org.annalist.typeset.style.TemplateException;
import org.annalist.typeset.style.TemplateReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;

/**
 * Typesets a document tree — a Markdown book parsed, or a publication of the archive assembled by {@link
 * BookAssembler} — with a template into a print-ready PDF, and says what happened: pages, 缺字, overfull lines, warnings, seconds.
 */
public final class TypesetService {

    /** Told what typesetting is doing (phase name in Chinese, done of total), for progress bars. */
    @FunctionalInterface
    public interface Progress extends BookTypesetter.Progress {
    }

    /** How to typeset. {@code systemFonts}: also look in the operating system's fonts. */
    public record Options(String template, boolean systemFonts, boolean pdfA, boolean cropMarks, Path userFontsDir,
                          Path cacheDir, Path pngDir, double pngDpi) {
        public Options(String template, boolean systemFonts, boolean pdfA, boolean cropMarks, Path userFontsDir, Path cacheDir) {
            this(template, systemFonts, pdfA, cropMarks, userFontsDir, cacheDir, null, 0);
        }
    }

    /** What came out. */
    public record Summary(Path pdf, String template, int pages, int frontPages, int bodyPages, int indexPages,
                          int indexEntries, int overfullLines, int missingCharacters, String missingReport,
                          int skippedInPdf, List<String> warnings, String fontReport, double seconds) {
    }

    /** A problem that stops typesetting (bad template, unreadable input); the message is for the editor. */
    public static final class TypesetException extends Exception implements Localizable {
        private final Localized message;

        public TypesetException(Localized message, Throwable cause) {
            super(message.key(), cause);
            this.message = message;
        }

        /** For a cause that has its own message for the editor (a template's problems, an unwritable output). */
        public TypesetException(Localizable cause) {
            this(cause.localized(), (Throwable) cause);
        }

        @Override
        public Localized localized() {
            return message;
        }

        @Override
        public String getMessage() {
            return message.text();
        }
    }

    private TypesetService() {
    }

    /** Resolves a template by name in the program's templates/ folder, or by a path to a .yaml file. */
    public static Template template(String nameOrPath) throws TypesetException {
        try {
            Path asPath = Path.of(nameOrPath);
            if (nameOrPath.endsWith(".yaml") && Files.isRegularFile(asPath)) return TemplateReader.read(asPath);
            return TemplateReader.read(ProgramHome.locate().resolve("templates"), nameOrPath);
        } catch (TemplateException e) {
            throw new TypesetException(e);
        }
    }

    public static Summary markdownFile(Path md, Path out, Options options, Progress progress)
            throws TypesetException {
        String text;
        try {
            text = Files.readString(md, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new TypesetException(Localized.of("typeset.notUtf8", md), e);
        } catch (IOException e) {
            throw new TypesetException(Localized.of("typeset.unreadable", md, e.getMessage()), e);
        }
        Path base = md.toAbsolutePath().getParent();
        org.annalist.doc.Imprint imprint;
        try {
            imprint = ImprintReader.readSidecar(md);
        } catch (PlanReader.PlanException e) {
            throw new TypesetException(e);
        }
        return markdown(text, fileTitle(md), out, options, progress, imprint, source -> {
            if (source.startsWith("attachment:")) {
                throw new LocalizedException("typeset.attachmentInFile");
            }
            return base.resolve(source).normalize();
        });
    }

    /** Markdown in the book dialect; a first line "% 书名" gives the title. */
    public static Summary markdown(String text, String fallbackTitle, Path out, Options options,
                                   Progress progress) throws TypesetException {
        return markdown(text, fallbackTitle, out, options, progress, source -> null);
    }

    /** {@code images}: a figure's source → a readable image file (or null: the figure is reported missing). */
    public static Summary markdown(String text, String fallbackTitle, Path out, Options options, Progress progress,
                                   java.util.function.Function<String, Path> images) throws TypesetException {
        return markdown(text, fallbackTitle, out, options, progress, org.annalist.doc.Imprint.NONE, images);
    }

    /**
     * {@code imprint}: the 版权页 data (missing fields are left off the page and listed in the warnings). The text
     * is parsed into a document (its {@code %} title block, else {@code fallbackTitle}, as the title) and set as
     * {@link #document} sets one.
     */
    public static Summary markdown(String text, String fallbackTitle, Path out, Options options, Progress progress,
                                   org.annalist.doc.Imprint imprint, java.util.function.Function<String, Path> images)
            throws TypesetException {
        return typeset(() -> {
            Document doc = Markdown.parseParallel(text);
            Meta meta = doc.meta().withTitle(doc.meta().titleOr(fallbackTitle), doc.meta().subtitle());
            return doc.withMeta(imprint.isEmpty() ? meta : meta.withImprint(imprint));
        }, out, options, progress, images);
    }

    /**
     * The one way a book is set: a document tree (its {@link Meta} gives the title, subtitle and 版权页) with a
     * template into a PDF. {@code images}: a figure's source → a readable image file, or null.
     */
    public static Summary document(Document doc, Path out, Options options, Progress progress,
                                   java.util.function.Function<String, Path> images) throws TypesetException {
        return typeset(() -> doc, out, options, progress, images);
    }

    /**
     * A form (审稿单, progress report): the document's body pages only, without title page, 版权页 or 目录, with the
     * template's page, folios and running heads.
     */
    public static Summary form(Document doc, Path out, Options options, Progress progress) throws TypesetException {
        return typeset(() -> doc, out, options, progress, source -> null, true);
    }

    private static Summary typeset(java.util.function.Supplier<Document> document, Path out, Options options,
                                   Progress progress, java.util.function.Function<String, Path> images)
            throws TypesetException {
        return typeset(document, out, options, progress, images, false);
    }

    /** {@code document} is made (parsed, assembled) while the template and the fonts load; {@code bodyOnly}: a form. */
    private static Summary typeset(java.util.function.Supplier<Document> document, Path out, Options options,
                                   Progress progress, java.util.function.Function<String, Path> images, boolean bodyOnly)
            throws TypesetException {
        long t0 = System.nanoTime();
        String title;
        BookTypesetter.Book book;
        PdfReport report;
        Template template;
        FontBook fonts;
        // The PDF's fonts are parsed on a thread of the exporter while the book is laid out: the body's
        // face as soon as it is known, every other face when the layout first sets text in it.
        try (PdfExporter exporter = PdfExporter.preloading(List.of())) {
            // the template and the fonts load (tens of ms per CJK face, more when cold) while the book is parsed
            record Setup(Template template, FontBook fonts) {
            }
            java.util.concurrent.CompletableFuture<Setup> loading = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                Template t;
                try {
                    t = template(options.template());
                } catch (TypesetException e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
                FontBook f = fonts(t, options);
                exporter.preload(f.chain(FontRole.SONG).primary().ref());
                f.onFirstUse(exporter::preload);
                return new Setup(t, f);
            });
            Document doc = document.get();
            title = doc.meta().title();
            try {
                Setup setup = loading.join();
                template = setup.template();
                fonts = setup.fonts();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof TypesetException te) throw te;
                if (e.getCause() instanceof RuntimeException re) throw re;
                throw e;
            }
            BookTypesetter setter = new BookTypesetter(template, fonts, PersonNames::pinyin, images);
            book = bodyOnly ? setter.typesetPart(doc, 1, progress) : setter.typeset(doc, progress);
            String writing = Texts.get("typeset.phase.pdf");
            progress.at(writing, 0, book.pages().size());
            PdfOptions pdf = PdfOptions.titled(title).withFolios(book.pageLabels()).withOutline(outline(book.outline()))
                    .withPdfA(options.pdfA()).withCropMarks(options.cropMarks());
            report = exporter.export(book.pages(), pdf, out, (done, total) -> progress.at(writing, done, total));
        } catch (IOException e) {
            throw new TypesetException(Messages.localized(e).orElseGet(() -> Localized.of("typeset.writeFailed", out, e.getMessage())), e);
        }
        progress.at(Texts.get("typeset.phase.pdf"), book.pages().size(), book.pages().size());
        if (options.pngDir() != null) pages(book, options.pngDir(), options.pngDpi() > 0 ? options.pngDpi() : 80, progress);
        // font problems (a template's font file missing or not a font) come first: they change the whole book
        List<String> warnings = new ArrayList<>(fonts.report().warnings());
        warnings.addAll(fonts.report().substitutions());
        warnings.addAll(book.warnings());
        return new Summary(out, template.name(), book.pages().size(), book.frontPages(), book.bodyPages(), book.indexPages(),
                book.indexEntries(), book.overfullLines(), fonts.missing().entries().size(), fonts.missing().toText(),
                report.skipped() == null ? 0 : report.skipped().total(), warnings, fonts.report().toText(),
                (System.nanoTime() - t0) / 1e9);
    }

    /** A publication of the archive, assembled into one document tree with its 版权页 data. */
    public static Summary publication(AnnalistSession session, String ref, Path out, Options options,
                                      Progress progress) throws TypesetException {
        var node = session.queries().publication(ref)
                .orElseThrow(() -> new TypesetException(Localized.of("typeset.noPublication", ref), null));
        Path cache = imageCache(session, options);
        return typeset(() -> BookAssembler.publication(session, node), out, options, progress,
                source -> attachmentFile(session, source, cache));
    }

    /** One section (a 类目 with everything under it) of a publication, assembled the same way. */
    public static Summary section(AnnalistSession session, long sectionId, Path out, Options options,
                                  Progress progress) throws TypesetException {
        var section = session.queries().section(Long.toString(sectionId))
                .orElseThrow(() -> new TypesetException(Localized.of("typeset.noSection", sectionId), null));
        var pub = session.queries().publication(Long.toString(section.publicationId()))
                .orElseThrow(() -> new TypesetException(Localized.of("typeset.sectionOrphan", section.title()), null));
        var node = find(pub.sections(), sectionId)
                .orElseThrow(() -> new TypesetException(Localized.of("typeset.noSection", sectionId), null));
        Path cache = imageCache(session, options);
        return typeset(() -> BookAssembler.section(pub, node), out, options, progress,
                source -> attachmentFile(session, source, cache));
    }

    private static Path imageCache(AnnalistSession session, Options options) {
        return (options.cacheDir() != null ? options.cacheDir() : session.dataDir().resolve("cache")).resolve("images");
    }

    private static java.util.Optional<ArchiveTree.SectionNode> find(List<ArchiveTree.SectionNode> nodes, long id) {
        for (ArchiveTree.SectionNode n : nodes) {
            if (n.section().id() == id) return java.util.Optional.of(n);
            var inner = find(n.children(), id);
            if (inner.isPresent()) return inner;
        }
        return java.util.Optional.empty();
    }

    private static final java.util.Map<String, String> LABELS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * How a person sees a template in a list: its description from the template file ("16开（185×260毫米）双栏年鉴…")
     * after its name, or the name alone when the file cannot be read.
     */
    public static String templateLabel(String name) {
        if (name == null || name.isEmpty()) return "";
        return LABELS.computeIfAbsent(name, n -> {
            try {
                Template t = template(n);
                return t.description() == null || t.description().isBlank() ? n : n + " · " + t.description();
            } catch (TypesetException | RuntimeException e) {
                return n;
            }
        });
    }

    /** Names of the templates in the program's templates/ folder, sorted. */
    public static List<String> templateNames() {
        Path dir = ProgramHome.locate().resolve("templates");
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * An {@code attachment:N} image written once into the cache folder under its SHA-256 (the layout and
     * the exporters read files; the archive keeps the bytes).
     */
    static Path attachmentFile(AnnalistSession session, String source, Path cache) {
        if (!source.startsWith("attachment:")) return null;
        long id;
        try {
            id = Long.parseLong(source.substring("attachment:".length()).strip());
        } catch (NumberFormatException e) {
            throw new LocalizedException("typeset.badAttachment", source);
        }
        var data = session.queries().attachment(id)
                .orElseThrow(() -> new LocalizedException("typeset.noAttachment", id));
        String name = data.attachment().originalName();
        int dot = name.lastIndexOf('.');
        String ext = dot >= 0 ? name.substring(dot).toLowerCase(java.util.Locale.ROOT) : "";
        Path file = cache.resolve(data.attachment().sha256() + ext);
        try {
            if (!Files.isRegularFile(file)) {
                Files.createDirectories(cache);
                Path tmp = Files.createTempFile(cache, "img", ".part");
                Files.write(tmp, data.bytes());
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new LocalizedException(Localized.of("typeset.cacheUnwritable", cache, e.getMessage()), e);
        }
        return file;
    }

    /** Every page as a PNG ({@code 001.png} …), drawn from the same frames as the PDF. */
    private static void pages(BookTypesetter.Book book, Path dir, double dpi, Progress progress) throws TypesetException {
        org.annalist.export.png.PngRenderer png = new org.annalist.export.png.PngRenderer();
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < book.pages().size(); i++) {
                progress.at(Texts.get("typeset.phase.png"), i, book.pages().size());
                png.write(book.pages().get(i), dpi, dir.resolve(String.format("%03d.png", i + 1)));
            }
        } catch (IOException e) {
            throw new TypesetException(Localized.of("typeset.pngUnwritable", dir, Localized.reason(e)), e);
        }
    }

    /** The template a publication of this kind is set with unless the editor chooses another. */
    public static String defaultTemplate(org.annalist.model.PublicationKind kind) {
        return kind == org.annalist.model.PublicationKind.WENSHI ? "wenshi-16k" : "nianjian-16k";
    }

    /**
     * The template for a publication of this kind: the editor's default ({@code preferred}, may be blank) when it
     * is not one made for the other kind — a 文史 辑 is never set with a {@code nianjian-*} template because the
     * editor's default is one — else the kind's own.
     */
    public static String defaultTemplate(org.annalist.model.PublicationKind kind, String preferred) {
        if (preferred == null || preferred.isBlank()) return defaultTemplate(kind);
        String other = kind == org.annalist.model.PublicationKind.WENSHI ? "nianjian" : "wenshi";
        return preferred.startsWith(other) ? defaultTemplate(kind) : preferred;
    }

    static FontBook fonts(Template template, Options options) {
        FontConfig.Builder b = FontConfig.builder(ProgramHome.locate().resolve("fonts")).systemFonts(options.systemFonts());
        if (options.userFontsDir() != null) b.userFontsDir(options.userFontsDir());
        if (options.cacheDir() != null) b.cacheDir(options.cacheDir());
        template.fonts().forEach((FontRole role, Template.FontSpec spec) -> b.explicit(role, spec.file(), spec.name()));
        return FontResolver.resolve(b.build());
    }

    private static List<Bookmark> outline(List<BookTypesetter.OutlineEntry> entries) {
        List<Bookmark> top = new ArrayList<>();
        List<Bookmark> children = null;
        String title = null;
        int page = 0;
        double y = 0;
        for (BookTypesetter.OutlineEntry e : entries) {
            if (e.level() == 1) {
                if (title != null) top.add(new Bookmark(title, page, y, children));
                title = e.title();
                page = e.pageIndex();
                y = e.y();
                children = new ArrayList<>();
            } else if (children != null) {
                children.add(new Bookmark(e.title(), e.pageIndex(), e.y()));
            } else {
                top.add(new Bookmark(e.title(), e.pageIndex(), e.y()));
            }
        }
        if (title != null) top.add(new Bookmark(title, page, y, children));
        return top;
    }

    private static String fileTitle(Path md) {
        String n = md.getFileName().toString();
        return n.endsWith(".md") ? n.substring(0, n.length() - 3) : n;
    }
}
