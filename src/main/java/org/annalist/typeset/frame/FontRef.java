package org.annalist.typeset.frame;

/**
 * Which font face a glyph run uses, by file and PostScript name (a .ttc holds several faces), so that
 * exporters can load the same face without depending on the font package.
 */
public record FontRef(String file, String postScriptName) {
}
