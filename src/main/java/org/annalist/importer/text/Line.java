package org.annalist.importer.text;

/**
 * One line (or, after column re-joining, one paragraph) of the source with the 1-based number of the
 * source line it starts on, so that every report entry can point the editor at the original.
 */
record Line(int number, String text) {

    /** The text without leading/trailing white space (indentation is layout, not wording). */
    String stripped() {
        return TextLines.strip(text);
    }
}
