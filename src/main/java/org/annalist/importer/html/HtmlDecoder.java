package org.annalist.importer.html;

import org.annalist.i18n.Texts;
import org.annalist.importer.ImportException;
import org.annalist.importer.Source;
import org.annalist.importer.text.TextDecoder;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's characters: a byte order mark wins, then the charset the page declares in its first bytes
 * ({@code <meta charset>} or {@code http-equiv}), then the text importer's detection (UTF-8, GB18030…). A
 * declaration the bytes contradict (a page re-saved as UTF-8 that still says gb2312) is not believed.
 */
final class HtmlDecoder {
    /** The HTML standard looks for the declaration in the first 1024 bytes; pages saved by hand put it later. */
    private static final int PRESCAN = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    record Decoded(String text, String encoding, Charset charset) {
    }

    private HtmlDecoder() {
    }

    static Decoded decode(Source source) throws ImportException {
        byte[] b = source.bytes();
        boolean bom = b.length >= 2 && ((b[0] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xEF);
        if (!bom) {
            Charset declared = declared(b);
            if (declared != null) {
                String s = strict(b, declared);
                if (s != null) return new Decoded(s, Texts.get("report.html.declared", declared.name()), declared);
            }
        }
        TextDecoder.Decoded d = TextDecoder.decode(source);
        return new Decoded(d.text(), d.encoding(), d.charset());
    }

    /** The charset named in the page's head, or null; GB2312 and GBK are read as their superset GB18030. */
    static Charset declared(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return null;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("gb_2312-80")) name = "GB18030";
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String strict(byte[] b, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
