package org.annalist.importer.text;

import org.annalist.doc.Block;

/**
 * One line (or, after column re-joining, one paragraph) of the source with the 1-based number of the
 * source line it starts on, so that every report entry can point the editor at the original. A line read
 * from a structured source (a web page) may carry the {@code block} it came from — a paragraph with its
 * links, a heading, a table, a list — which the body keeps when the line is not furniture or head.
 */
record Line(int number, String text, Block block) {

    Line(int number, String text) {
        this(number, text, null);
    }

    /** The text without leading/trailing white space (indentation is layout, not wording). */
    String stripped() {
        return TextLines.strip(text);
    }
}
