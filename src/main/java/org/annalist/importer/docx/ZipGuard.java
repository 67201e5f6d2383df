package org.annalist.importer.docx;

import org.annalist.i18n.Localized;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.annalist.importer.ImportException;

/**
 * Checks a .docx container before POI opens it. Recognition looks only at the bytes, never at the extension: the
 * ZIP magic and the name word/document.xml stored uncompressed in the headers (inflating nothing), or else the
 * package's own word, its officeDocument relationship in _rels/.rels and the content type of the part it names
 * (a main part called word/document2.xml or anything else), reading just those two small entries. {@link #check}
 * inflates every entry once with a counter: a truncated or damaged file, or one with two entries of the same name,
 * fails here with a clear reason, a zip bomb is stopped at the limits below long before memory runs out (POI's own
 * ZipSecureFile limits remain in force behind this), and parts too large to import (a 100 MB photograph) are named
 * so {@link #without} can leave them out before POI reads them into memory.
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
    private static final byte[] CONTENT_TYPES = "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENCRYPTED = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[] END = {'P', 'K', 5, 6};

    private ZipGuard() {
    }

    static boolean isDocx(byte[] b) {
        if (!startsWith(b, ZIP)) return false;
        return indexOf(b, DOCUMENT, 0) >= 0 || (indexOf(b, CONTENT_TYPES, 0) >= 0 && mainPart(b) != null);
    }

    /** Content types of a WordprocessingML main part: document, macro-enabled document, templates. */
    private static final Set<String> WORD_MAIN = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
            "application/vnd.ms-word.template.macroEnabledTemplate.main+xml");
    private static final Pattern ELEMENT = Pattern.compile("<(?:\\w+:)?(Relationship|Override|Default)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    /** Bounds on recognising by the package's own word: a package's first entries are its small XML parts. */
    private static final int MAX_LOOKED_AT = 64, MAX_SMALL_PART = 1024 * 1024;

    /**
     * The name of the package's main part ("word/document2.xml") when the package says it is a Word document:
     * _rels/.rels names it by the officeDocument relationship and [Content_Types].xml gives it a WordprocessingML
     * main content type. Null otherwise (a spreadsheet, a damaged package, not a package).
     */
    static String mainPart(byte[] b) {
        Map<String, String> parts = smallParts(b, "[Content_Types].xml", "_rels/.rels");
        String rels = parts.get("_rels/.rels"), types = parts.get("[Content_Types].xml");
        if (rels == null || types == null) return null;
        String target = null;
        for (Map<String, String> rel : elements(rels, "Relationship")) {
            String type = rel.getOrDefault("Type", "");
            if (type.endsWith("/officeDocument") && !"External".equals(rel.get("TargetMode"))) {
                target = rel.get("Target");
                break;
            }
        }
        if (target == null || target.isBlank()) return null;
        String part = target.startsWith("/") ? target.substring(1) : target.startsWith("./") ? target.substring(2) : target;
        for (Map<String, String> override : elements(types, "Override")) {
            String name = override.getOrDefault("PartName", "");
            if (name.startsWith("/")) name = name.substring(1);
            if (name.equalsIgnoreCase(part)) return WORD_MAIN.contains(override.getOrDefault("ContentType", "").strip()) ? part : null;
        }
        // No override: the part takes the default type of its extension (a few writers give .xml the main type).
        String ext = part.substring(part.lastIndexOf('.') + 1);
        for (Map<String, String> def : elements(types, "Default")) {
            if (ext.equalsIgnoreCase(def.getOrDefault("Extension", ""))) {
                return WORD_MAIN.contains(def.getOrDefault("ContentType", "").strip()) ? part : null;
            }
        }
        return null;
    }

    private static List<Map<String, String>> elements(String xml, String element) {
        List<Map<String, String>> out = new ArrayList<>();
        Matcher m = ELEMENT.matcher(xml);
        while (m.find()) {
            if (!m.group(1).equals(element)) continue;
            Map<String, String> attrs = new HashMap<>();
            Matcher a = ATTRIBUTE.matcher(m.group(2));
            while (a.find()) attrs.put(a.group(1), a.group(2) != null ? a.group(2) : a.group(3));
            out.add(attrs);
        }
        return out;
    }

    /** The named entries as UTF-8 text, read without inflating anything large; missing or unreadable ones left out. */
    private static Map<String, String> smallParts(byte[] b, String... names) {
        Map<String, String> out = new HashMap<>();
        Set<String> wanted = Set.of(names);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            int seen = 0;
            for (ZipEntry e; (e = zip.getNextEntry()) != null && seen++ < MAX_LOOKED_AT && out.size() < wanted.size(); ) {
                if (!wanted.contains(e.getName())) continue;
                byte[] data = zip.readNBytes(MAX_SMALL_PART + 1);
                if (data.length <= MAX_SMALL_PART) out.put(e.getName(), new String(data, StandardCharsets.UTF_8));
            }
        } catch (IOException | IllegalArgumentException e) {
            // a damaged package simply is not recognised by its own word
        }
        return out;
    }

    /** An OLE2 compound file with an EncryptedPackage stream: Office's password-protected OOXML. */
    static boolean isEncryptedOoxml(byte[] b) {
        return startsWith(b, OLE2) && indexOf(b, ENCRYPTED, 0) >= 0;
    }

    /** A part left out of the import because it is too large: its name in the package and its size in bytes. */
    record Omitted(String name, long size) {
    }

    /**
     * Inflates every entry once, counting: throws when the package is truncated, damaged or bomb-like; returns the
     * parts other than XML that are larger than a picture may be ({@link Figures#MAX_IMAGE_BYTES}), which the import
     * leaves out (POI would read each whole into memory, and refuses 100 MB and more as damage).
     */
    static List<Omitted> check(String name, byte[] b) throws ImportException {
        if (lastIndexOf(b, END) < 0) {
            throw new ImportException(name, Localized.of("import.zip.truncated"));
        }
        long total = 0;
        List<Omitted> large = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            byte[] buf = new byte[64 * 1024];
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                // Two entries of one name (part names compare without case in a package): readers differ in which
                // they take, so the text imported could differ from what Word shows. POI refuses them too (5.4+).
                if (!names.add(e.getName().toLowerCase(java.util.Locale.ROOT))) {
                    throw new ImportException(name, Localized.of("import.zip.duplicate", e.getName()));
                }
                long entry = 0;
                for (int n; (n = zip.read(buf)) > 0; ) {
                    entry += n;
                    total += n;
                    if (entry > MAX_ENTRY || total > MAX_TOTAL
                            || (total > 20L * 1024 * 1024 && total / Math.max(1, b.length) > MAX_RATIO)) {
                        throw new ImportException(name, Localized.of("import.zip.bomb", e.getName(), MAX_TOTAL / 1024 / 1024));
                    }
                }
                String lower = e.getName().toLowerCase(java.util.Locale.ROOT);
                if (entry > Figures.MAX_IMAGE_BYTES && !lower.endsWith(".xml") && !lower.endsWith(".rels")) {
                    large.add(new Omitted(e.getName(), entry));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // The technical reason (java.util.zip's English) is kept in the cause, for the log.
            throw new ImportException(name, Localized.of("import.zip.damaged"), e);
        }
        if (total == 0) throw new ImportException(name, Localized.of("import.zip.emptyArchive"));
        return large;
    }

    /**
     * The package without the named entries, the others copied as they are. A relationship to a missing part is
     * skipped by POI, so a left-out picture simply does not appear; the text around it is read as usual.
     */
    static byte[] without(byte[] b, Set<String> names) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(Math.max(1024, b.length / 4));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(b));
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (names.contains(e.getName())) continue;
                zip.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
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
