package org.annalist.importer.text;

import org.annalist.doc.Block;
import org.annalist.i18n.Localized;
import org.annalist.importer.ImportException;
import org.annalist.importer.ImportedItem;
import org.annalist.model.ImportReport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The .txt path's cleaning for a web article in another wrapper — an .html page, a Word file holding a pasted
 * page: the same {@link Furniture} rules, the same head (title, subtitle, byline, date) and outline, the same
 * report. The other importers hand over the page as {@link Piece}s in reading order, so that a web article is
 * cleaned alike whatever it came in.
 */
public final class WebText {

    /** One block of the page: its plain text, the tree block it came from (null: plain text), its source line. */
    public record Piece(int line, String text, Block block) {
    }

    /** What removing furniture did: the source lines removed, and what they told about the page. */
    public record Cleaned(Set<Integer> removedLines, LocalDate publishedOn, String contributor, String source) {
    }

    /** Rules that find what only web pages carry; printed-page furniture (folios, running heads) is no evidence. */
    private static final Set<String> WEB_RULES = Set.of("breadcrumb", "nav-menu", "masthead", "copyright", "contact",
            "editor", "hot-words", "prev-next", "disclaimer", "source-url", "link-list", "published", "page-tools");
    /** How many furniture lines make a document a pasted web page: one could be a quoted line. */
    static final int WEB_EVIDENCE = 2;

    private WebText() {
    }

    /** The page read as the text importer reads a .txt: furniture removed, articles split, heads and outline found. */
    public static List<ImportedItem> items(String fileName, List<Piece> pieces, ImportReport report) throws ImportException {
        Findings found = new Findings();
        List<Line> lines = Furniture.apply(lines(pieces), found, report);
        if (lines.isEmpty()) throw new ImportException(fileName, Localized.of("import.text.noBody"));
        return TextImporter.items(lines, Set.of(), false, false, found, report);
    }

    /** Whether the paragraphs hold at least {@value #WEB_EVIDENCE} lines of web furniture. */
    public static boolean looksLikeWebPage(List<Piece> pieces) {
        List<Line> lines = lines(pieces);
        List<Furniture.Rule> web = Furniture.RULES.stream().filter(r -> WEB_RULES.contains(r.name())).toList();
        ImportReport scratch = new ImportReport("");
        Findings f = new Findings();
        int evidence = 0;
        for (int i = 0; i < lines.size(); ) {
            int n = 0;
            for (Furniture.Rule r : web) {
                n = r.matcher().match(lines, i, f, scratch);
                if (n > 0) break;
            }
            if (n > 0 && ++evidence >= WEB_EVIDENCE) return true;
            i += Math.max(n, 1);
        }
        return false;
    }

    /** Removes the furniture among the pieces (reported with their lines) and says which lines went. */
    public static Cleaned removeFurniture(List<Piece> pieces, ImportReport report) {
        Findings found = new Findings();
        List<Line> all = lines(pieces);
        Set<Integer> kept = new HashSet<>();
        for (Line l : Furniture.apply(all, found, report)) kept.add(l.number());
        Set<Integer> removed = new HashSet<>();
        for (Line l : all) if (!kept.contains(l.number())) removed.add(l.number());
        String source = found.sourceUrl != null ? found.sourceUrl : found.pageSource();
        return new Cleaned(Set.copyOf(removed), found.publishedOn, found.contributor, source);
    }

    private static List<Line> lines(List<Piece> pieces) {
        List<Line> out = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            if (p.block() == null && TextLines.strip(p.text()).isEmpty()) continue;
            out.add(new Line(p.line(), p.text(), p.block()));
        }
        return out;
    }
}
