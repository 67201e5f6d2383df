package org.annalist.export.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.util.NumberFormatUtil;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page's content stream being written: operands and operators as bytes in one growable array.
 *
 * <p>Why not PDFBox's {@code PDPageContentStream}: every operator goes through its checks, a formatter
 * and a stream cache a few bytes at a time; for a book of 800 pages of text that was a third of writing
 * the PDF. The page writer knows the page's state (text object open, font, line width) itself, so it
 * writes the operators here and the finished bytes go to the compressor in one piece. Numbers are
 * formatted as PDFBox formats them (at most five fraction digits, no exponent).
 */
final class ContentBuffer {
    static final int FRACTION_DIGITS = GlyphArray.FRACTION_DIGITS;

    private byte[] bytes = new byte[1 << 15];
    private int length;
    private final byte[] number = new byte[NUMBER_BYTES];

    /** Room for any float as formatted by {@link #format}: up to 39 integer digits, sign, point, fraction. */
    static final int NUMBER_BYTES = 48;

    /**
     * Formats a finite number as PDFBox writes operands (at most {@link #FRACTION_DIGITS} fraction digits,
     * no exponent) into {@code out}, which holds {@link #NUMBER_BYTES}; returns the length.
     */
    static int format(float value, byte[] out) {
        if (!Float.isFinite(value)) throw new IllegalArgumentException(value + " is not a finite number");
        int n = NumberFormatUtil.formatFloatFast(value, FRACTION_DIGITS, out);
        if (n >= 0) return n;
        // out of the fast path's range (beyond ±9.2e18): the digits of PDFBox's NumberFormat fallback
        String s = new BigDecimal(value).setScale(FRACTION_DIGITS, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        for (int i = 0; i < s.length(); i++) out[i] = (byte) s.charAt(i);
        return s.length();
    }

    void reset() {
        length = 0;
    }

    int length() {
        return length;
    }

    /** The bytes written so far (a copy). */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    /** A number operand followed by a space. */
    ContentBuffer number(double value) {
        int n = format((float) value, number);
        ensure(n + 1);
        System.arraycopy(number, 0, bytes, length, n);
        length += n;
        return put((byte) ' ');
    }

    /** A name operand ({@code /F1}) followed by a space; resource names need no escaping. */
    ContentBuffer name(COSName name) {
        put((byte) '/');
        ascii(name.getName());
        return put((byte) ' ');
    }

    /** An operator and the end of its line. */
    ContentBuffer op(String operator) {
        ascii(operator);
        return put((byte) '\n');
    }

    /** Bytes already formatted as content (a TJ operator from {@link GlyphArray}). */
    ContentBuffer raw(byte[] source, int offset, int count) {
        ensure(count);
        System.arraycopy(source, offset, bytes, length, count);
        length += count;
        return this;
    }

    byte[] array() {
        return bytes;
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) bytes[length++] = (byte) s.charAt(i);
    }

    private ContentBuffer put(byte b) {
        ensure(1);
        bytes[length++] = b;
        return this;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }
}
