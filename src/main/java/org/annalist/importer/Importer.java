package org.annalist.importer;

import org.annalist.model.ImportOptions;

/** Turns the bytes of one manuscript file into items. Implementations are stateless and thread-safe. */
public interface Importer {

    /** A short name for reports, e.g. "文本". */
    String formatName();

    /**
     * Whether this importer recognises the content (by its bytes, not the file name's extension;
     * the name is only a hint).
     */
    boolean accepts(Source source);

    /**
     * Parses the source.
     *
     * @throws ImportException with a Chinese message naming the file and the problem
     */
    ImportResult read(Source source) throws ImportException;

    /** Parses the source with the editor's choices; formats without such choices ignore them. */
    default ImportResult read(Source source, ImportOptions options) throws ImportException {
        return read(source);
    }
}
