package org.annalist.importer.text;

import org.annalist.i18n.Texts;
import org.annalist.i18n.Localized;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.annalist.doc.Document;
import org.annalist.importer.ImportException;
import org.annalist.model.ImportReport;
import org.annalist.importer.ImportResult;
import org.annalist.importer.ImportedItem;
import org.annalist.importer.Importer;
import org.annalist.importer.Source;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;

/**
 * Imports .txt / .md files and pasted text. Pipeline: {@link TextDecoder} (encoding, binary refusal) →
 * {@link TextLines} (line ends, blank lines) → {@link Furniture} (web and page furniture) → {@link ColumnLayout}
 * (two-column page extracts) → {@link ArticleSplitter} (several articles in one file) → {@link HeadDetector}
 * (title, subtitle, byline) → {@link Outline} (Chinese numbering → headings). Wording is never changed.
 *
 * <p>Dates: {@code collectedOn} (征集时间) is set from the byline date when there is one, else from the web
 * page's 发布日期 — the day the text became available is the best stand-in the file offers for when it was
 * collected; both are also in the report, so the editor can correct it.
 *
 * <p>Kind: {@link ItemKind#ARTICLE} when a title or byline was found or the page's 类目 is 专文/特载/专记;
 * otherwise {@link ItemKind#ENTRY} (untitled yearbook text). The caller may override it.
 */
public final class TextImporter implements Importer {

    public static final String PASTED = "粘贴的文本";
    private static final Set<String> ARTICLE_CATEGORIES = Set.of("专文", "特载", "专记", "文献", "文选");

    @Override
    public String formatName() {
        return "文本";
    }

    /** True when the bytes decode as text and do not look binary; the extension plays no part. */
    @Override
    public boolean accepts(Source source) {
        try {
            TextDecoder.decode(source);
            return true;
        } catch (ImportException e) {
            return false;
        }
    }

    /** Imports pasted text (from the clipboard) as if it were a UTF-8 file named {@value #PASTED}. */
    public ImportResult readPasted(String text) throws ImportException {
        return read(new Source(PASTED, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public ImportResult read(Source source) throws ImportException {
        TextDecoder.Decoded decoded = TextDecoder.decode(source);
        ImportReport report = new ImportReport(source.name());
        String ext = source.extension();
        boolean markdown = ext.equals("md") || ext.equals("markdown");
        report.format(Texts.get("report.text.encoding", decoded.encoding()));
        if (markdown) return MarkdownFile.read(source, decoded, report);

        List<Line> lines = TextLines.split(decoded.text(), report);
        Findings found = new Findings();
        lines = Furniture.apply(lines, found, report);
        if (lines.isEmpty()) throw new ImportException(source.name(), Localized.of("import.text.noBody"));

        Set<Integer> centred = Set.of();
        boolean continued = false;
        ColumnLayout.Layout layout = markdown ? null : ColumnLayout.rebuild(lines, report);
        if (layout != null) {
            lines = layout.paragraphs();
            centred = layout.headings();
            continued = layout.continuesFromPreviousPage();
        }

        List<ImportedItem> items = items(lines, centred, continued, markdown, found, report);
        String mediaType = (markdown ? "text/markdown" : "text/plain") + "; charset=" + decoded.charset().name();
        return new ImportResult(items, report, mediaType);
    }

    /** The common tail: several articles → each one's head (title, subtitle, byline) and body outline. */
    static List<ImportedItem> items(List<Line> lines, Set<Integer> centred, boolean continued, boolean markdown,
                                    Findings found, ImportReport report) {
        List<List<Line>> articles = ArticleSplitter.split(lines, report);
        List<ImportedItem> items = new ArrayList<>();
        for (List<Line> article : articles) {
            HeadDetector.Head head = continued
                    // A page that starts mid-paragraph has no title of its own on it.
                    ? new HeadDetector.Head("", null, List.of(), null, 0)
                    : HeadDetector.detect(article, markdown, report);
            if (head.title().isEmpty()) {
                report.warning(article.isEmpty() ? 0 : article.get(0).number(), Texts.get("report.noTitle"));
            }
            int mdShift = markdown && !head.title().isEmpty() && article.get(0).stripped().startsWith("# ") ? 1 : 0;
            Document body = Outline.build(article.subList(head.bodyStart(), article.size()), centred, markdown, mdShift, report);
            items.add(new ImportedItem(kind(head, found), head.title(), head.subtitle(), body, metadata(head, found, report)));
        }
        return items;
    }

    private static ItemKind kind(HeadDetector.Head head, Findings found) {
        if (!head.title().isEmpty() || !head.credits().isEmpty()) return ItemKind.ARTICLE;
        if (found.category != null && ARTICLE_CATEGORIES.contains(found.category)) return ItemKind.ARTICLE;
        return ItemKind.ENTRY;
    }

    private static ItemMetadata metadata(HeadDetector.Head head, Findings found, ImportReport report) {
        String source = found.sourceUrl != null ? found.sourceUrl : found.pageSource();
        if (found.sourceUrl == null && source != null) report.detected(0, Texts.get("report.text.source"), source);
        LocalDate date = head.date() != null ? head.date() : found.publishedOn;
        return new ItemMetadata(found.contributor, head.credits(), null, null, List.of(), source, date);
    }
}
