package org.annalist.service;

import org.annalist.doc.Block;
import org.annalist.doc.Document;
import org.annalist.doc.Inline;
import org.annalist.doc.Markdown;
import org.annalist.importer.ImportException;
import org.annalist.importer.ImportResult;
import org.annalist.importer.ImportedItem;
import org.annalist.importer.Source;
import org.annalist.importer.html.HtmlImporter;
import org.annalist.importer.text.TextImporter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the clipboard becomes when pasted into an item: the same importers as a file, so that a page copied from
 * Word, WPS or a browser (the clipboard's HTML) keeps its headings, lists, tables, notes and links and loses the
 * site furniture, and copied plain text of several lines is cleaned like pasted web text. The result is the
 * Markdown of the blocks to insert; titles the importer found are kept as the first paragraphs (pasting must not
 * drop text).
 */
public final class Pasting {
    private Pasting() {
    }

    /** The Markdown for the clipboard's HTML, or null when the importer finds no text in it. */
    public static String fromHtml(String html) {
        if (html == null || html.isBlank()) return null;
        try {
            ImportResult r = new HtmlImporter().read(new Source("粘贴的网页.html", html.getBytes(StandardCharsets.UTF_8)));
            return markdown(r);
        } catch (ImportException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The Markdown for pasted plain text of several lines, read as pasted web text (furniture, numbering,
     * paragraphs); null for a single line, or when the importer finds no text — the caller then inserts the text
     * as typed.
     */
    public static String fromText(String text) {
        if (text == null || text.isEmpty()) return "";
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!t.strip().contains("\n")) return null;
        try {
            String md = markdown(new TextImporter().readPasted(t));
            if (md != null) return md;
        } catch (ImportException | RuntimeException e) {
            // below: the lines as paragraphs
        }
        return null;
    }

    private static String markdown(ImportResult r) {
        List<Block> blocks = new ArrayList<>();
        for (ImportedItem item : r.items()) {
            if (item.title() != null && !item.title().isBlank()) blocks.add(new Block.Paragraph(List.of(new Inline.Text(item.title().strip()))));
            if (item.subtitle() != null && !item.subtitle().isBlank()) blocks.add(new Block.Paragraph(List.of(new Inline.Text(item.subtitle().strip()))));
            blocks.addAll(item.body().blocks());
        }
        if (blocks.isEmpty()) return null;
        return Markdown.write(new Document(blocks)).strip();
    }
}
