package org.annalist.export.docx;

import org.annalist.doc.Block;
import org.annalist.doc.Document;
import org.annalist.doc.Imprint;
import org.annalist.doc.ImprintText;
import org.annalist.doc.Inline;
import org.annalist.export.docx.RunWriter.Format;
import org.annalist.i18n.Texts;
import org.annalist.model.ReviewComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a document tree as a .docx with the template's page design. A publication gets its title page, 版权页 and
 * 目录 (a TOC field with its entries filled in, page numbers as PAGEREF fields) in a one-column front section; each
 * 类目 opens on a new odd page in a one-column section holding its heading (no running head there), followed by a
 * continuous two-column section on the character grid for everything under it.
 */
public final class DocxWriter {

    /**
     * {@code bookTitle}: the even pages' running head; {@code category}: the odd pages' when the document has no 类目
     * heading of its own (one item); {@code frontMatter}: title page, 版权页 and 目录; {@code images}: a figure's
     * source → a readable file, or null.
     */
    public record Options(String bookTitle, String category, boolean frontMatter, Function<String, Path> images,
                          boolean reviewData, List<ReviewComment> comments, Progress progress,
                          Function<String, String> sortKey, java.util.function.Supplier<java.util.Map<Long, Double>> squeezed,
                          java.util.function.Supplier<PageNumbers> pages) {
        public Options {
            comments = comments == null ? List.of() : List.copyOf(comments);
            if (progress == null) progress = Progress.NONE;
            if (squeezed == null) squeezed = java.util.Map::of;
            if (pages == null) pages = () -> PageNumbers.NONE;
        }

        public Options(String bookTitle, String category, boolean frontMatter, Function<String, Path> images) {
            this(bookTitle, category, frontMatter, images, true, List.of(), Progress.NONE, null, null, null);
        }

        /**
         * With review data ({@code on}): pending suggestions as tracked changes and {@code comments} as Word comments;
         * without: the text as it stands before the suggestions (insertions left out, deletions kept), no comments.
         */
        public Options withReview(boolean on, List<ReviewComment> comments) {
            return new Options(bookTitle, category, frontMatter, images, on, on ? comments : List.of(), progress, sortKey, squeezed, pages);
        }

        public Options withProgress(Progress p) {
            return new Options(bookTitle, category, frontMatter, images, reviewData, comments, p, sortKey, squeezed, pages);
        }

        /** {@code key}: a term's sort key in the 索引 (its pinyin) when the text gives no reading. */
        public Options withSortKey(Function<String, String> key) {
            return new Options(bookTitle, category, frontMatter, images, reviewData, comments, progress, key, squeezed, pages);
        }

        /**
         * What our own typesetting of the same tree did, for the .docx to do the same: the characters its lines
         * compressed ({@link org.annalist.typeset.page.BookTypesetter.Composed#squeezed()}, by source key; each is
         * written with that width as its scale, w:w) asked of {@code squeezed} once, where the body begins, and the
         * folios of the headings and index marks (by their ids and keys, see {@code SourceKeys}), the results the
         * 目录's and 索引's fields carry, asked of {@code later} once, after the body is written. The typesetting may
         * run meanwhile on another thread (the suppliers then wait for it; what they throw stops the writing).
         */
        public Options withPages(java.util.function.Supplier<java.util.Map<Long, Double>> squeezed,
                                 java.util.function.Supplier<PageNumbers> later) {
            return new Options(bookTitle, category, frontMatter, images, reviewData, comments, progress, sortKey, squeezed, later);
        }
    }

    /** Told after each top-level block written; may throw to stop (the file is then not written). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> {
        };

        void at(int done, int total);
    }

    private DocxWriter() {
    }

    /** Writes {@code doc} to {@code out} (through a temporary file beside it, so a failure leaves no half file). */
    public static DocxReport write(Document doc, DocxDesign design, Options options, Path out) throws IOException {
        List<String> warnings = new ArrayList<>();
        // a heading with no text is left out, as the PDF leaves it out (no 类目 opening of its own, no 目录 line)
        if (doc.blocks().stream().anyMatch(DocxWriter::emptyHeading)) {
            doc = doc.withBlocks(doc.blocks().stream().filter(b -> !emptyHeading(b)).toList());
        }
        try (XWPFDocument x = new XWPFDocument()) {
            x.createStyles().setStyles(StylesDocument.Factory.parse(DocxStyles.xml(design)).getStyles());
            x.setEvenAndOddHeadings(true);
            x.setMirrorMargins(true);
            x.getSettings().setUpdateFields();
            Settings.compressPunctuation(x.getSettings().getCTSettings());
            x.createFootnotes();
            PageSetup pages = new PageSetup(x, design, options.bookTitle());
            BlockWriter blocks = new BlockWriter(x, design, options.images() == null ? s -> null : options.images(), warnings);
            blocks.runs.reviewData(options.reviewData());
            int total = doc.blocks().size();
            int done = 0;
            int toc = 0;
            int sections = 0;
            // the 目录's PAGEREF results, filled in once the folios are known (after the body)
            List<PendingFolio> folios = new ArrayList<>();
            if (options.frontMatter()) {
                toc = frontMatter(doc, design, blocks, pages, folios);
                attach(blocks.lastParagraph(), pages.section(PageSetup.Kind.FRONT, "nextPage", PageSetup.Context.NONE));
                // the title page, the 版权页 and the 目录
                sections += 3;
            }
            // what our composition compressed, asked for where the body begins (it may be composed meanwhile on
            // another thread; the front matter's text is not traced to the tree and never compressed)
            // (meanwhile, the first write of a package in this run, done on a small one: see DocxPackage.warmUp)
            DocxPackage.warmUp();
            blocks.runs.squeezed(options.squeezed().get());
            int categories = 0;
            int openings = 0;
            PageSetup.Context heads = options.category() == null ? PageSetup.Context.NONE
                    : PageSetup.Context.NONE.at(1, options.category(), design.headingStyle(1));
            // the section being written (its properties go where it ends) and whether anything is in it yet
            Section current = new Section(PageSetup.Kind.BODY, "nextPage", heads);
            boolean written = false;
            for (Block b : doc.blocks()) {
                Heading at = Heading.of(b, design);
                if (at != null && design.style(at.style()).opens()) {
                    // a heading that opens a new page (a 类目; a 文史 栏目 or 篇名): a section of its own from there,
                    // with no running head on its first page; set across the columns, it stands in a one-column
                    // section and the rest follows in a continuous one in the body's columns
                    blocks.flushEndnotes();
                    if (written) {
                        attach(blocks.lastParagraph(), current.properties(pages));
                        sections++;
                    }
                    heads = heads.at(at.level(), at.text(), at.style());
                    DocxDesign.Style style = design.style(at.style());
                    String start = style.newPage() == DocxDesign.NewPage.ANY ? "nextPage" : "oddPage";
                    Para heading = blocks.opening(b);
                    if (style.spanColumns() && design.columns() > 1) {
                        attach(heading, new Section(PageSetup.Kind.OPENING, start, heads).properties(pages));
                        sections++;
                        current = new Section(PageSetup.Kind.BODY, "continuous", heads);
                        written = false;
                    } else {
                        current = new Section(PageSetup.Kind.BODY_OPENING, start, heads);
                        written = true;
                    }
                    openings++;
                } else {
                    if (at != null) heads = heads.at(at.level(), at.text(), at.style());
                    blocks.block(b);
                    written = true;
                }
                if (b instanceof Block.Heading h && h.level() == 1) categories++;
                options.progress().at(++done, total);
            }
            blocks.flushEndnotes();
            PageNumbers numbers = options.pages().get();
            for (PendingFolio f : folios) {
                String folio = numbers.heading(f.headingId());
                if (!folio.isEmpty()) f.result().text = folio;
            }
            // the 索引 of a publication or a 类目 (not of one item): a new odd page like a 类目 opening, then the index
            // in the two columns of the body
            int indexEntries = 0;
            List<Index.Entry> entries = Index.entries(blocks.runs.terms(), options.sortKey());
            if (!entries.isEmpty() && (openings > 0 || options.frontMatter())) {
                if (written) {
                    attach(blocks.lastParagraph(), current.properties(pages));
                    sections++;
                }
                String title = Texts.get("docx.index");
                heads = heads.at(1, title, design.headingStyle(1));
                Para heading = blocks.heading(new Block.Heading(1, List.of(new Inline.Text(title)), org.annalist.doc.Attr.EMPTY));
                attach(heading, new Section(PageSetup.Kind.OPENING, "oddPage", heads).properties(pages));
                sections++;
                current = new Section(PageSetup.Kind.BODY, "continuous", heads);
                indexEntries = Index.write(blocks, blocks.runs, entries, numbers);
            }
            int comments = options.reviewData() ? Comments.write(x, blocks, options.comments(), warnings) : 0;
            if (blocks.body.isEmpty()) blocks.lastParagraph();
            String last = current.properties(pages);
            sections++;
            save(x, blocks, last, out);
            return new DocxReport(out, categories, sections, blocks.footnotes, blocks.endnoteCount, blocks.tables,
                    blocks.figures, blocks.runs.suggestions(), toc, comments, blocks.runs.indexTerms(), indexEntries, warnings);
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean emptyHeading(Block b) {
        return b instanceof Block.Heading h && BlockWriter.text(h.content()).isBlank();
    }

    private static void attach(Para p, String section) {
        p.section(section);
    }

    private static void save(XWPFDocument x, BlockWriter blocks, String lastSection, Path out) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = org.annalist.export.PartFiles.reserve(out);
        try {
            DocxPackage.write(x, blocks, lastSection, tmp);
            // on the disk before it takes the old file's place: what is reported written survives a power cut
            org.annalist.export.PartFiles.moveIntoPlace(tmp, out);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A section being written: its kind, how it starts, the headings its running heads name. */
    private record Section(PageSetup.Kind kind, String start, PageSetup.Context heads) {
        String properties(PageSetup pages) {
            return pages.section(kind, start, heads);
        }
    }

    /**
     * A heading of the tree as the running heads see it: its level (a 篇名 without one: 2, as our typesetter has it),
     * its text and its template style (类目, 分目 … by level; 篇名 for an article's title).
     */
    private record Heading(int level, String text, String style) {
        static Heading of(Block b, DocxDesign d) {
            if (b instanceof Block.Heading h) return new Heading(h.level(), BlockWriter.text(h.content()), d.headingStyle(h.level()));
            if (b instanceof Block.ArticleHead a && a.part() == Block.ArticleHead.Part.TITLE) {
                return new Heading(a.level() == 0 ? 2 : a.level(), BlockWriter.text(a.content()), "篇名");
            }
            return null;
        }
    }

    /** A 目录 entry's PAGEREF result run (written empty) and the id of the heading whose folio it shows. */
    private record PendingFolio(Para.Run result, String headingId) {
    }

    /**
     * Title page, 版权页 and 目录; the number of 目录 entries. Each entry's PAGEREF, after the TOC style's right tab
     * with its leader dots, gets an empty result run, listed in {@code folios} to carry its heading's folio once known
     * (it stays empty when not known).
     */
    private static int frontMatter(Document doc, DocxDesign design, BlockWriter blocks, PageSetup pages, List<PendingFolio> folios) {
        RunWriter runs = blocks.runs;
        Para title = blocks.createParagraph().style(DocxStyles.id("书名"));
        runs.text(title, doc.meta().title(), Format.PLAIN);
        if (!doc.meta().subtitle().isBlank()) {
            Para sub = blocks.createParagraph().style(DocxStyles.id("副题"));
            runs.text(sub, doc.meta().subtitle(), Format.PLAIN);
        }
        attach(blocks.lastParagraph(), pages.section(PageSetup.Kind.FRONT, "nextPage", PageSetup.Context.NONE));
        imprint(doc, design, blocks);
        attach(blocks.lastParagraph(), pages.section(PageSetup.Kind.IMPRINT, "nextPage", PageSetup.Context.NONE));
        Para head = blocks.createParagraph().style(DocxStyles.id("目录标题"));
        runs.text(head, Texts.get("docx.toc"), Format.PLAIN);
        List<Block> listed = doc.blocks().stream().filter(b -> BlockWriter.tocLevel(b) > 0).toList();
        if (listed.isEmpty()) return 0;
        for (int i = 0; i < listed.size(); i++) {
            Block b = listed.get(i);
            Para p = blocks.createParagraph().style("TOC" + BlockWriter.tocLevel(b));
            if (i == 0) {
                Fields.begin(p, "TOC \\o \"1-2\" \\h \\z \\u");
                Fields.separate(p);
            }
            runs.text(p, BlockWriter.text(inlines(b)), Format.PLAIN);
            p.add(Para.Run.other("", "<w:tab/>"));
            var result = Fields.complex(p, "PAGEREF " + BlockWriter.tocBookmark(i) + " \\h", "");
            folios.add(new PendingFolio(result, b.attr().id()));
            if (i == listed.size() - 1) Fields.end(p);
        }
        return listed.size();
    }

    private static List<Inline> inlines(Block b) {
        if (b instanceof Block.Heading h) return h.content();
        if (b instanceof Block.ArticleHead a) return a.content();
        return List.of();
    }

    /**
     * The 版权页 as the PDF's says it ({@link ImprintText}): the CIP data in its box when the book has a 书号, then the
     * 版本记录's rows, at the foot of its page (its section is aligned to the bottom). 印张 and 字数 are left off: they
     * count the printed book's pages, which the word processor lays out itself (the PDF's 版权页 has them).
     */
    private static void imprint(Document doc, DocxDesign design, BlockWriter blocks) {
        RunWriter runs = blocks.runs;
        Imprint im = doc.meta().imprint();
        String title = ImprintText.title(doc.meta().title(), im);
        ImprintText.Cip cip = ImprintText.cip(title, im);
        List<Para> written = new ArrayList<>();
        // lines the page's text takes, each paragraph's characters over the characters a 小五 line holds
        int perLine = (int) Math.floor(design.textWidth() / DocxStyles.IMPRINT_SIZE);
        int lines = 0;
        if (cip != null) {
            Para head = blocks.createParagraph().style(DocxStyles.id("CIP数据"));
            runs.text(head, cip.heading(), Format.PLAIN.face(DocxDesign.Face.HEI.windowsName()));
            written.add(head);
            lines += 2; // the box's rules and padding
            List<String> box = new ArrayList<>(List.of(cip.entry(), cip.isbn(), cip.access()));
            if (cip.number() != null) box.add(cip.number());
            for (int i = 0; i < box.size(); i++) {
                Para p = blocks.createParagraph().style(DocxStyles.id(i < 3 ? "CIP条目" : "CIP数据"));
                runs.text(p, box.get(i), Format.PLAIN);
                lines += lines(box.get(i), perLine - 4);
            }
            blocks.createParagraph().style(DocxStyles.id("版权页"));
            lines += 2;
        }
        for (ImprintText.Row row : ImprintText.record(title, im, design.format(), null, null)) {
            String label = row.label().isEmpty() ? "　　　　" : row.label();
            Para p = blocks.createParagraph().style(DocxStyles.id("版权页"));
            runs.text(p, label + "　" + row.value(), Format.PLAIN);
            written.add(p);
            lines += lines(row.value(), perLine - 5);
        }
        // at the foot of the text block as the PDF sets it: the space left above (two lines kept in hand, so a line
        // the word processor breaks otherwise never pushes the page over); Word's bottom alignment of the section
        // does the same where it is read (LibreOffice 7.4 does not)
        double left = design.textHeight() - (lines + 2) * DocxStyles.IMPRINT_SIZE * 1.5;
        if (!written.isEmpty() && left > 0) written.get(0).spaceBefore(DocxStyles.twips(left));
    }

    /** Lines a text of full-width characters takes at {@code perLine} characters a line (Latin counted half). */
    private static int lines(String text, int perLine) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) width += text.charAt(i) < 0x2E80 ? 0.5 : 1;
        return Math.max(1, (int) Math.ceil(width / Math.max(1, perLine)));
    }
}
