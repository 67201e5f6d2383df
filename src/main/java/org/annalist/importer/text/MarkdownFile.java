package org.annalist.importer.text;

import org.annalist.i18n.Texts;
import org.annalist.doc.Block;
import org.annalist.doc.Blocks;
import org.annalist.doc.Document;
import org.annalist.doc.Markdown;
import org.annalist.importer.ImportResult;
import org.annalist.importer.ImportedItem;
import org.annalist.importer.Source;
import org.annalist.model.ImportReport;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;

import java.util.ArrayList;
import java.util.List;

/**
 * A .md file, read with the program's own Markdown dialect (docs/markup.md) so that emphasis, tables,
 * notes and index terms survive; the head (a leading {@code #} title, subtitle, byline) is found by the
 * same {@link HeadDetector} as for plain text, looking at the first few blocks as lines.
 */
final class MarkdownFile {
    /** How many leading blocks may belong to the head (title, subtitle, byline, date). */
    private static final int HEAD_BLOCKS = 6;

    private MarkdownFile() {
    }

    static ImportResult read(Source source, TextDecoder.Decoded decoded, ImportReport report) {
        String text = decoded.text();
        Document doc = Markdown.parse(text);
        if (!doc.meta().title().isEmpty()) {
            // a book file's "% 书名" line: the head detector sees it as the "# 标题" it stands for
            List<Block> withTitle = new ArrayList<>();
            withTitle.add(new Block.Heading(1, List.of(new org.annalist.doc.Inline.Text(doc.meta().title()))));
            withTitle.addAll(doc.blocks());
            doc = doc.withBlocks(withTitle);
        }
        report.format(Texts.get("report.markdown.format"));
        List<String> sourceLines = text.lines().toList();

        List<Line> head = new ArrayList<>();
        int searchFrom = 0;
        for (Block b : doc.blocks()) {
            if (head.size() == HEAD_BLOCKS) break;
            String plain = Blocks.plainText(b).strip();
            if (b instanceof Block.Heading h) {
                plain = "#".repeat(h.level()) + " " + plain;
            } else if (!(b instanceof Block.Paragraph)) {
                break;
            }
            int line = lineOf(sourceLines, plain.replaceFirst("^#+ ", ""), searchFrom);
            if (line > 0) searchFrom = line;
            head.add(new Line(line, plain));
        }
        HeadDetector.Head h = HeadDetector.detect(head, true, report);
        List<Block> body = doc.blocks().subList(Math.min(h.bodyStart(), doc.blocks().size()), doc.blocks().size());
        boolean titleFromHeading = !h.title().isEmpty() && !head.isEmpty() && head.get(0).text().startsWith("# ");
        int minLevel = body.stream().filter(b -> b instanceof Block.Heading).mapToInt(b -> ((Block.Heading) b).level())
                .min().orElse(1);
        if (titleFromHeading && minLevel > 1) {
            body = body.stream().map(b -> b instanceof Block.Heading x ? new Block.Heading(x.level() - 1, x.content()) : b).toList();
            report.detected(0, Texts.get("report.markdown.levels"), Texts.get("report.markdown.levelsShifted"));
        }
        if (h.title().isEmpty()) report.warning(0, Texts.get("report.noTitle"));
        ItemKind kind = h.title().isEmpty() && h.credits().isEmpty() ? ItemKind.ENTRY : ItemKind.ARTICLE;
        ItemMetadata meta = new ItemMetadata(null, h.credits(), null, null, List.of(), null, h.date());
        ImportedItem item = new ImportedItem(kind, h.title(), h.subtitle(), new Document(body), meta);
        return new ImportResult(List.of(item), report, "text/markdown; charset=" + decoded.charset().name());
    }

    /** The 1-based source line where a block's text begins (by its first characters), or 0. */
    private static int lineOf(List<String> lines, String plain, int from) {
        String probe = plain.length() > 8 ? plain.substring(0, 8) : plain;
        if (probe.isBlank()) return 0;
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(probe)) return i + 1;
        }
        return 0;
    }
}
