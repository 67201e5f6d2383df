package org.annalist.export.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A /ToUnicode CMap from the characters actually drawn. PDFBox 3.0.3 builds this map by looking each
 * glyph up backwards in the font's cmap and taking the lowest code point; CJK fonts give one glyph to an
 * ideograph and its Kangxi radical (一 U+4E00 and ⼀ U+2F00), so copied or searched text came out as
 * radicals ("⻓江" for 长江, see apache/pdfbox#470). We know which character each glyph was drawn for, so
 * we write the map ourselves.
 */
final class ToUnicodeCMap {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final Map<Integer, Integer> glyphToCodePoint = new TreeMap<>();

    /**
     * Records that {@code glyph} was drawn for {@code codePoint}. When two characters share a glyph the
     * map can keep only one; a unified ideograph wins over radicals and compatibility forms.
     */
    void add(int glyph, int codePoint) {
        Integer previous = glyphToCodePoint.putIfAbsent(glyph, codePoint);
        if (previous != null && previous != codePoint && isVariantForm(previous) && !isVariantForm(codePoint)) {
            glyphToCodePoint.put(glyph, codePoint);
        }
    }

    boolean isEmpty() {
        return glyphToCodePoint.isEmpty();
    }

    private static boolean isVariantForm(int cp) {
        return (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }

    /** The CMap program; character codes are the two-byte CIDs of Identity-H, which PDFBox sets to glyph ids. */
    byte[] toBytes() {
        StringBuilder sb = new StringBuilder(256 + glyphToCodePoint.size() * 16);
        sb.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        // The CMap format allows at most 100 entries per bfchar block.
        int inBlock = 0;
        int remaining = glyphToCodePoint.size();
        for (Map.Entry<Integer, Integer> e : glyphToCodePoint.entrySet()) {
            if (inBlock == 0) sb.append(Math.min(100, remaining)).append(" beginbfchar\n");
            hex4(sb.append('<'), e.getKey()).append("> <");
            int cp = e.getValue();
            if (Character.isBmpCodePoint(cp)) hex4(sb, cp);
            else hex4(hex4(sb, Character.highSurrogate(cp)), Character.lowSurrogate(cp));
            sb.append(">\n");
            remaining--;
            if (++inBlock == 100 || remaining == 0) {
                sb.append("endbfchar\n");
                inBlock = 0;
            }
        }
        sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Four upper-case hex digits, as {@code %04X} would give for a value below 0x10000 (without its cost). */
    private static StringBuilder hex4(StringBuilder sb, int v) {
        for (int shift = 12; shift >= 0; shift -= 4) sb.append(HEX[(v >> shift) & 0xF]);
        return sb;
    }
}
