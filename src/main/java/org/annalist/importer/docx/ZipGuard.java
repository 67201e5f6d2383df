package org.annalist.importer.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.annalist.importer.ImportException;

/**
 * Checks a .docx container before POI opens it. Recognition looks only at the bytes (ZIP magic and the name
 * word/document.xml stored uncompressed in the headers), never at the extension, and inflates nothing, so
 * asking "is this Word?" is cheap and safe. {@link #check} inflates every entry once with a counter: a
 * truncated or damaged file fails here with a clear reason, and a zip bomb is stopped at the limits below
 * long before memory runs out (POI's own ZipSecureFile limits remain in force behind this).
 */
final class ZipGuard {
    /** A manuscript with photographs is well under this; more is refused as a probable zip bomb. */
    static final long MAX_TOTAL = 400L * 1024 * 1024;
    static final long MAX_ENTRY = 200L * 1024 * 1024;
    /** Inflated size / file size above which a large file is treated as a bomb (text XML compresses ~10:1). */
    static final long MAX_RATIO = 100;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] DOCUMENT = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENCRYPTED = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[] END = {'P', 'K', 5, 6};

    private ZipGuard() {
    }

    static boolean isDocx(byte[] b) {
        return startsWith(b, ZIP) && indexOf(b, DOCUMENT, 0) >= 0;
    }

    /** An OLE2 compound file with an EncryptedPackage stream: Office's password-protected OOXML. */
    static boolean isEncryptedOoxml(byte[] b) {
        return startsWith(b, OLE2) && indexOf(b, ENCRYPTED, 0) >= 0;
    }

    static void check(String name, byte[] b) throws ImportException {
        if (lastIndexOf(b, END) < 0) {
            throw new ImportException(name, "文件不完整（可能下载或复制时被截断）。请重新获取原文件");
        }
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            byte[] buf = new byte[64 * 1024];
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                long entry = 0;
                for (int n; (n = zip.read(buf)) > 0; ) {
                    entry += n;
                    total += n;
                    if (entry > MAX_ENTRY || total > MAX_TOTAL
                            || (total > 20L * 1024 * 1024 && total / Math.max(1, b.length) > MAX_RATIO)) {
                        throw new ImportException(name, "文件解压后过大（“" + e.getName() + "”等超过 "
                                + MAX_TOTAL / 1024 / 1024 + " MB 的安全限制），可能是恶意构造的压缩包，已拒绝导入");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // The technical reason (java.util.zip's English) is kept in the cause, for the log.
            throw new ImportException(name, "文件已损坏或不完整，无法解压。请在 Word 或 WPS 中打开后另存为 .docx 再导入", e);
        }
        if (total == 0) throw new ImportException(name, "文件已损坏：压缩包中没有内容");
    }

    private static boolean startsWith(byte[] b, byte[] p) {
        if (b.length < p.length) return false;
        for (int i = 0; i < p.length; i++) if (b[i] != p[i]) return false;
        return true;
    }

    static int indexOf(byte[] b, byte[] p, int from) {
        outer:
        for (int i = from; i <= b.length - p.length; i++) {
            for (int j = 0; j < p.length; j++) if (b[i + j] != p[j]) continue outer;
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] b, byte[] p) {
        // The end-of-central-directory record sits in the last 64 KiB + 22 bytes (its comment is at most 64 KiB).
        int from = Math.max(0, b.length - 65_557);
        int found = -1;
        for (int i = indexOf(b, p, from); i >= 0; i = indexOf(b, p, i + 1)) found = i;
        return found;
    }
}
