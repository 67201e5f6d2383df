package org.annalist.importer.html;

import org.annalist.i18n.Texts;
import org.annalist.importer.ImportException;
import org.annalist.importer.ImportResult;
import org.annalist.importer.ImportedItem;
import org.annalist.importer.Importer;
import org.annalist.importer.Source;
import org.annalist.importer.text.WebText;
import org.annalist.model.ImportReport;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Imports a web page saved as .html/.htm: decoded ({@link HtmlDecoder}), read with jsoup into pieces in reading
 * order ({@link HtmlPieces}: block elements → paragraphs, headings, lists, tables; links kept; scripts, styles,
 * forms and {@code <nav>} dropped), then cleaned exactly as pasted web text ({@link WebText}): site furniture
 * removed and reported, title, byline and date found, Chinese numbering → headings.
 */
public final class HtmlImporter implements Importer {

    @Override
    public String formatName() {
        return "网页";
    }

    /** True when the first bytes look like an HTML document; the extension only helps for a bare fragment. */
    @Override
    public boolean accepts(Source source) {
        return looksLikeHtml(source.bytes(), source.extension());
    }

    static boolean looksLikeHtml(byte[] b, String extension) {
        if (b.length == 0) return false;
        int n = Math.min(b.length, 2048);
        String head;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) head = new String(b, 2, (n - 2) & ~1, StandardCharsets.UTF_16LE);
        else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) head = new String(b, 2, (n - 2) & ~1, StandardCharsets.UTF_16BE);
        else head = new String(b, 0, n, StandardCharsets.ISO_8859_1);
        String s = head.replace("\u00EF\u00BB\u00BF", "").replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
        while (s.startsWith("<!--") && s.contains("-->")) s = s.substring(s.indexOf("-->") + 3).stripLeading();
        if (s.startsWith("<?xml")) s = s.substring(Math.max(0, s.indexOf("?>") + 2)).stripLeading();
        if (s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<head")) return true;
        boolean named = extension.equals("html") || extension.equals("htm") || extension.equals("xhtml");
        return named && s.startsWith("<") && (s.contains("<body") || s.contains("<p") || s.contains("<div") || s.contains("<meta"));
    }

    @Override
    public ImportResult read(Source source) throws ImportException {
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(source);
        ImportReport report = new ImportReport(source.name());
        report.format(Texts.get("report.html.format"));
        report.format(Texts.get("report.text.encoding", decoded.encoding()));
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document page = parser.parseInput(decoded.text(), "");
        List<WebText.Piece> pieces = HtmlPieces.read(page, report);
        List<ImportedItem> items = WebText.items(source.name(), pieces, report);
        return new ImportResult(items, report, "text/html; charset=" + decoded.charset().name());
    }
}
