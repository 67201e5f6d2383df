package org.annalist.export.pdf;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.util.Arrays;

/**
 * One TJ operator with its operand, built in a reusable byte buffer: strings of two-byte glyph ids (the
 * character codes of an Identity-H font) and the numeric adjustments between them.
 *
 * <p>Why not PDFBox's {@code showTextWithPositioning}: it takes Unicode strings and, for every character,
 * encodes it again through the font's cmap (a boxed HashMap lookup) and registers it for the subset, on
 * top of the strings, Float boxes and arrays the caller allocates per run. The page writer already knows
 * each glyph id and registers each character once ({@link EmbeddedFont#use}), so it builds the operator
 * here, allocating nothing per glyph, and hands the finished bytes to the content stream in one call.
 *
 * <p>The bytes are those {@code showTextWithPositioning} writes for the same glyphs (GlyphArrayTest
 * compares the two): a string is a literal {@code (…)} (with {@code ( ) \} escaped) when none of its
 * bytes is above 127 or an end-of-line byte, and {@code <HEX>} otherwise; a number is formatted like
 * {@code writeOperand(float)} and followed by a space.
 */
final class GlyphArray {
    /**
     * Fraction digits of numbers in a page content stream: PDPageContentStream's constructor sets 5
     * (PDFBox 3.0.3 to 3.0.8), and its formatter cannot be read from outside.
     */
    static final int FRACTION_DIGITS = 5;

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] END = "] TJ\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] out = new byte[4096];
    private int length;
    /** Glyph bytes of the string being collected; whether it can be literal is known only at its end. */
    private byte[] string = new byte[1024];
    private int stringLength;
    private boolean needsHex;
    /** The last number formatted, its float bits and length; NaN bits never match a finite number. */
    private final byte[] number = new byte[ContentBuffer.NUMBER_BYTES];
    private int lastBits = Float.floatToRawIntBits(Float.NaN);
    private int lastLength;

    /** Starts a new operator, forgetting the previous one. */
    void begin() {
        length = 0;
        stringLength = 0;
        needsHex = false;
        put((byte) '[');
    }

    void glyph(int gid) {
        if (stringLength + 2 > string.length) string = Arrays.copyOf(string, string.length * 2);
        byte hi = (byte) (gid >> 8);
        byte lo = (byte) gid;
        string[stringLength++] = hi;
        string[stringLength++] = lo;
        if (!needsHex) needsHex = !literal(hi) || !literal(lo);
    }

    /** A TJ adjustment in thousandths of the font size; positive moves the next glyph left. */
    void adjust(float thousandths) {
        if (!Float.isFinite(thousandths)) throw new IllegalArgumentException(thousandths + " is not a finite number");
        closeString();
        // A justified line spaces all its glyphs by one amount, so mostly the number is the previous one.
        int bits = Float.floatToRawIntBits(thousandths);
        int n = bits == lastBits ? lastLength : ContentBuffer.format(thousandths, number);
        lastBits = bits;
        lastLength = n;
        ensure(n + 1);
        System.arraycopy(number, 0, out, length, n);
        length += n;
        put((byte) ' ');
    }

    /**
     * Ends the array and writes it with the TJ operator into {@code cs}, which must be in a text object
     * with the font whose glyph ids the array holds already set.
     */
    @SuppressWarnings("deprecation")
    void show(PDPageContentStream cs) throws IOException {
        end();
        // PDPageContentStream is final and its byte-level write methods are protected, so raw bytes go in
        // through appendRawCommands (deprecated as "discouraged": it bypasses PDFBox's operator checks, which
        // PageWriter satisfies itself: BT and Tf come first, through the ordinary methods).
        cs.appendRawCommands(Arrays.copyOf(out, length));
    }

    /** Ends the array and appends it with the TJ operator to a page's content (same conditions as {@link #show}). */
    void writeTo(ContentBuffer content) {
        end();
        content.raw(out, 0, length);
    }

    private void end() {
        closeString();
        ensure(END.length);
        System.arraycopy(END, 0, out, length, END.length);
        length += END.length;
    }

    private static boolean literal(byte b) {
        return b >= 0 && b != '\n' && b != '\r';
    }

    private void closeString() {
        if (stringLength == 0) return;
        if (needsHex) {
            ensure(2 * stringLength + 2);
            out[length++] = '<';
            for (int i = 0; i < stringLength; i++) {
                out[length++] = HEX[(string[i] >> 4) & 0xF];
                out[length++] = HEX[string[i] & 0xF];
            }
            out[length++] = '>';
        } else {
            ensure(2 * stringLength + 2);
            out[length++] = '(';
            for (int i = 0; i < stringLength; i++) {
                byte b = string[i];
                if (b == '(' || b == ')' || b == '\\') out[length++] = '\\';
                out[length++] = b;
            }
            out[length++] = ')';
        }
        stringLength = 0;
        needsHex = false;
    }

    private void put(byte b) {
        ensure(1);
        out[length++] = b;
    }

    private void ensure(int more) {
        if (length + more > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
    }
}
