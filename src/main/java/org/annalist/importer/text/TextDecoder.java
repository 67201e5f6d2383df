package org.annalist.importer.text;

import org.annalist.i18n.Texts;
import org.annalist.i18n.Localized;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.annalist.importer.ImportException;
import org.annalist.importer.Source;

/**
 * Turns the bytes of a text file into a string, recognising the encoding from the bytes alone: BOM, then
 * strict UTF-8, then UTF-16 without BOM (NUL bytes on alternate positions), then strict GB18030 (a superset
 * of GBK, which is what Notepad on Chinese Windows writes as "ANSI"). Anything that looks binary is refused
 * with a Chinese message saying what the file seems to be, because editors often rename files by mistake.
 */
public final class TextDecoder {

    /** Larger files are refused: no manuscript is 50 MB of text, and decoding it would stall the program. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /** The decoded text and a label for the report, e.g. "GB18030（GBK）". */
    public record Decoded(String text, String encoding, Charset charset) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /** Decodes {@code source}; throws with a Chinese message when it is empty, binary, too large or undecodable. */
    public static Decoded decode(Source source) throws ImportException {
        String name = source.name();
        byte[] b = source.bytes();
        if (b.length > MAX_BYTES) {
            throw new ImportException(name, Localized.of("import.text.tooLarge",
                    String.format(java.util.Locale.ROOT, "%.1f", b.length / 1024.0 / 1024.0)));
        }
        if (b.length == 0) throw new ImportException(name, Localized.of("import.text.empty"));
        Localized magic = Magic.describe(b);
        if (magic != null) throw new ImportException(name, magic);

        Decoded d = decodeBytes(name, b);
        checkControls(name, d.text());
        if (d.text().chars().allMatch(c -> Character.isWhitespace(c) || c == 0xA0 || c == 0x3000 || c == 0xFEFF)) {
            throw new ImportException(name, Localized.of("import.text.blank"));
        }
        return d;
    }

    private static Decoded decodeBytes(String name, byte[] b) throws ImportException {
        // Byte order marks first: they are unambiguous. UTF-32 before UTF-16 because FF FE 00 00 starts with FF FE.
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) return bom(name, b, 4, Charset.forName("UTF-32BE"), Texts.get("report.encoding.bom", "UTF-32BE"));
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) return bom(name, b, 4, Charset.forName("UTF-32LE"), Texts.get("report.encoding.bom", "UTF-32LE"));
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) return bom(name, b, 3, StandardCharsets.UTF_8, Texts.get("report.encoding.bom", "UTF-8"));
        if (startsWith(b, 0xFF, 0xFE)) return bom(name, b, 2, StandardCharsets.UTF_16LE, Texts.get("report.encoding.bom", "UTF-16LE"));
        if (startsWith(b, 0xFE, 0xFF)) return bom(name, b, 2, StandardCharsets.UTF_16BE, Texts.get("report.encoding.bom", "UTF-16BE"));

        boolean hasNul = false;
        for (byte x : b) if (x == 0) { hasNul = true; break; }
        if (hasNul) {
            // UTF-16 without BOM: ASCII characters put NULs on one parity. Chinese characters have none, so the
            // NUL pattern alone is weak for Chinese text; decode both ways and keep the one that reads as text.
            // Binary data decoded as UTF-16 gives characters from all over the BMP and fails the check.
            if (b.length % 2 == 0) {
                for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
                    String s = strict(b, 0, cs);
                    if (s != null && textLike(s)) return new Decoded(s, Texts.get("report.encoding.noBom", cs.name()), cs);
                }
            }
            throw new ImportException(name, Localized.of("import.text.binary"));
        }

        String utf8 = strict(b, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            boolean ascii = true;
            for (byte x : b) if (x < 0) { ascii = false; break; }
            return new Decoded(utf8, ascii ? Texts.get("report.encoding.ascii") : "UTF-8", StandardCharsets.UTF_8);
        }
        // Text that is UTF-8 almost everywhere but has a few bad bytes is damaged UTF-8 (or a paste of two
        // encodings); reading it as GB18030 would turn every Chinese character into nonsense, so refuse it.
        Utf8Stats st = utf8Stats(b);
        if (st.validMultibyte >= 4 && st.invalid * 20 <= st.validMultibyte) {
            throw new ImportException(name, Localized.of("import.text.badUtf8", st.firstBadLine, st.invalid));
        }
        String gb = strict(b, 0, GB18030);
        if (gb != null && plausibleChinese(gb)) return new Decoded(gb, Texts.get("report.encoding.gb"), GB18030);
        throw new ImportException(name, Localized.of("import.text.unknownEncoding"));
    }

    private static Decoded bom(String name, byte[] b, int skip, Charset cs, String label) throws ImportException {
        String s = strict(b, skip, cs);
        if (s == null) throw new ImportException(name, Localized.of("import.text.badBom", cs.name()));
        return new Decoded(s, label, cs);
    }

    /** Decodes with REPORT on every error; null when the bytes are not valid in {@code cs}. */
    static String strict(byte[] b, int offset, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private record Utf8Stats(int validMultibyte, int invalid, int firstBadLine) {
    }

    /** Counts well-formed multi-byte UTF-8 sequences and stray bytes, and the line of the first stray byte. */
    private static Utf8Stats utf8Stats(byte[] b) {
        int valid = 0, invalid = 0, line = 1, firstBad = 0;
        int i = 0;
        while (i < b.length) {
            int x = b[i] & 0xFF;
            if (x == '\n') line++;
            if (x < 0x80) { i++; continue; }
            int len = x >= 0xF0 && x <= 0xF4 ? 4 : x >= 0xE0 ? 3 : x >= 0xC2 && x <= 0xDF ? 2 : 0;
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) ok = (b[i + k] & 0xC0) == 0x80;
            if (ok) {
                valid++;
                i += len;
            } else {
                invalid++;
                if (firstBad == 0) firstBad = line;
                i++;
            }
        }
        return new Utf8Stats(valid, invalid, firstBad);
    }

    /**
     * GB18030 maps almost every byte pair, so a successful decode proves little. Real GBK text is mostly ASCII,
     * common CJK ideographs and CJK punctuation; random bytes decode to rare ideographs, private-use and
     * four-byte characters.
     */
    private static boolean plausibleChinese(String s) {
        int total = 0, odd = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) continue;
            total++;
            boolean common = (cp >= 0x4E00 && cp <= 0x9FA5) || (cp >= 0x3000 && cp <= 0x303F)
                    || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x2000 && cp <= 0x206F) || cp == 0xB7 || cp == 0xD7
                    || (cp >= 0x2460 && cp <= 0x25FF) || (cp >= 0x0391 && cp <= 0x0451) || cp == 0xA0;
            if (!common) odd++;
        }
        return total == 0 || odd * 10 <= total;
    }

    /** Whether nearly all characters are printable ASCII, line ends, common CJK or CJK punctuation. */
    private static boolean textLike(String s) {
        int total = 0, good = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            total++;
            if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t' || (c >= 0x4E00 && c <= 0x9FA5)
                    || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2000 && c <= 0x206F)
                    || c == 0xA0 || c == 0xB7) {
                good++;
            }
        }
        return total > 0 && good * 100 >= total * 95;
    }

    /** A few stray control characters are tolerated (and removed later); many mean binary data. */
    private static void checkControls(String name, String s) throws ImportException {
        int controls = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isStrayControl(s.charAt(i))) controls++;
        }
        if (controls > Math.max(3, s.length() / 200)) throw new ImportException(name, Localized.of("import.text.binary"));
    }

    /** C0 controls other than tab, line feed, carriage return and form feed, plus DEL. */
    static boolean isStrayControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    /** Known file signatures, with what to tell the editor. */
    static final class Magic {
        private Magic() {
        }

        static Localized describe(byte[] b) {
            if (ascii(b, "%PDF")) return Localized.of("import.text.is.pdf");
            if (startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0x50, 0x4B, 0x05, 0x06)) return zip(b);
            if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1))
                return Localized.of("import.text.is.oldOffice");
            if (ascii(b, "{\\rtf")) return Localized.of("import.text.is.rtf");
            if (startsWith(b, 0x89, 0x50, 0x4E, 0x47)) return Localized.of("import.text.is.png");
            if (startsWith(b, 0xFF, 0xD8, 0xFF)) return Localized.of("import.text.is.jpeg");
            if (ascii(b, "GIF87a") || ascii(b, "GIF89a")) return Localized.of("import.text.is.gif");
            if (ascii(b, "II*\0") || ascii(b, "MM\0*")) return Localized.of("import.text.is.tiff");
            if (startsWith(b, 0x7F, 0x45, 0x4C, 0x46)) return Localized.of("import.text.is.elf");
            if (ascii(b, "MZ") && b.length > 64 && hasNul(b, 64))
                return Localized.of("import.text.is.exe");
            if (ascii(b, "Rar!")) return Localized.of("import.text.is.rar");
            if (startsWith(b, 0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C)) return Localized.of("import.text.is.7z");
            if (startsWith(b, 0x1F, 0x8B)) return Localized.of("import.text.is.gzip");
            if (ascii(b, "ID3")) return Localized.of("import.text.is.mp3");
            return null;
        }

        private static Localized zip(byte[] b) {
            // Office Open XML and OpenDocument are ZIP files; their entry names are stored uncompressed.
            String head = new String(b, 0, Math.min(b.length, 64 * 1024), StandardCharsets.ISO_8859_1);
            if (head.contains("word/")) return Localized.of("import.text.is.docx");
            if (head.contains("xl/")) return Localized.of("import.text.is.xlsx");
            if (head.contains("ppt/")) return Localized.of("import.text.is.pptx");
            if (head.contains("application/vnd.oasis.opendocument")) return Localized.of("import.text.is.odf");
            return Localized.of("import.text.is.zip");
        }

        private static boolean ascii(byte[] b, String s) {
            if (b.length < s.length()) return false;
            for (int i = 0; i < s.length(); i++) if (b[i] != (byte) s.charAt(i)) return false;
            return true;
        }

        private static boolean hasNul(byte[] b, int n) {
            for (int i = 0; i < Math.min(n, b.length); i++) if (b[i] == 0) return true;
            return false;
        }
    }
}
