package org.annalist.service;

import org.annalist.i18n.Localized;
import org.annalist.importer.ImportException;
import org.annalist.importer.Importer;
import org.annalist.importer.Source;
import org.annalist.importer.docx.DocImporter;
import org.annalist.importer.docx.DocxImporter;
import org.annalist.importer.html.HtmlImporter;
import org.annalist.importer.text.TextImporter;

import java.util.List;
import java.util.Set;

/** The importers the program knows, asked in order; the first that recognises the bytes reads the file. */
public final class Importers {
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "markdown", "");
    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml");

    private final List<Importer> all;
    private final Importer text;
    private final Importer html;

    public Importers(List<Importer> all, Importer text) {
        this(all, text, new HtmlImporter());
    }

    public Importers(List<Importer> all, Importer text, Importer html) {
        this.all = List.copyOf(all);
        this.text = text;
        this.html = html;
    }

    /** Word first (by their signatures), then HTML (by its first tags) before text, which takes any readable bytes. */
    public static Importers standard() {
        TextImporter text = new TextImporter();
        HtmlImporter html = new HtmlImporter();
        return new Importers(List.of(new DocxImporter(), new DocImporter(), html, text), text, html);
    }

    /**
     * The importer for the source. A file named like text whose bytes nobody recognises goes to the text
     * importer anyway, which says precisely what the bytes are; an empty file is refused as empty.
     */
    public Importer forSource(Source source) throws ImportException {
        // Nothing to recognise: a 0-byte file (an aborted download or copy, a new empty document) is named for what
        // it is, whatever its extension, not called an unknown format. Empty pasted text is the text importer's to say.
        if (source.bytes().length == 0 && !TextImporter.PASTED.equals(source.name())) throw ImportException.emptyFile(source.name());
        for (Importer i : all) {
            if (i.accepts(source)) return i;
        }
        if (TEXT_EXTENSIONS.contains(source.extension())) return text;
        // a page whose start is not recognisable HTML still goes to the page reader, which says what is wrong
        if (HTML_EXTENSIONS.contains(source.extension())) return html;
        throw new ImportException(source.name(), Localized.of("import.unknownFormat"));
    }
}
