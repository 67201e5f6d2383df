package org.annalist.importer.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Damages Word files the ways real files get damaged, and the ways a careless or hostile producer writes them,
 * deterministically from a {@link Random}: a .docx at the ZIP level (its XML parts' bytes, elements and attributes;
 * its entries; the container's raw bytes), a .doc in its OLE2 streams (the FIB, the table stream, the text) and as a
 * whole. Every step is described in {@code log} so that a finding can be understood and replayed.
 */
final class Mutator {
    private Mutator() {
    }

    /** A fixed time for re-zipped entries, so the same seed gives the same bytes. */
    private static final long ZIP_TIME = 1_700_000_000_000L;

    private static final String[] NASTY_VALUES = {"-1", "0", "-2147483648", "2147483647", "2147483648", "4294967296",
            "99999999999999999999999", "-99999999999", "", " ", "abc", "1.5", "NaN", "1e308", "%1%2%3%4%5%6%7%8%9", "%",
            "rId999", "#", "../../../../etc/passwd", "http://", "\u4E00\u4E8C\u4E09", "true", "x".repeat(5000)};
    private static final String[] ATTRIBUTES = {"w:val", "r:id", "r:embed", "w:id", "w:ilvl", "w:numId", "w:abstractNumId",
            "w:styleId", "w:type", "w:author", "w:date", "w:gridSpan", "w:vMerge", "w:w", "Target", "Id", "Type", "w:fldCharType",
            "w:paraId", "w15:paraIdParent", "w:name", "PartName", "ContentType", "w:ascii", "w:eastAsia", "w:hint", "w:char",
            "w:font", "w:tooltip", "w:anchor", "w:customMarkFollows", "cx", "cy", "w:sz"};
    private static final String[] ELEMENTS = {"w:numFmt", "w:lvlText", "w:lvl", "w:abstractNum", "w:num", "w:numPr", "w:numId",
            "w:ilvl", "w:start", "w:lvlOverride", "w:startOverride", "w:tbl", "w:tblGrid", "w:gridCol", "w:tr", "w:tc", "w:tcPr",
            "w:gridSpan", "w:vMerge", "w:footnote", "w:endnote", "w:footnoteReference", "w:comment", "w:commentRangeStart",
            "w:commentRangeEnd", "w:commentReference", "w:style", "w:pStyle", "w:rStyle", "w:basedOn", "w:name", "w:t", "w:r",
            "w:p", "w:pPr", "w:rPr", "w:fldChar", "w:instrText", "w:fldSimple", "w:hyperlink", "w:sectPr", "w:body",
            "w:ins", "w:del", "w:delText", "w:moveFrom", "w:moveTo", "w:moveFromRangeStart", "w:moveToRangeEnd", "w:rPrChange",
            "w:drawing", "a:blip", "pic:pic", "wp:inline", "wp:extent", "m:oMath", "m:r", "m:t", "m:f", "w:sym", "w:tab",
            "w:br", "w:sdt", "w:sdtContent", "w:outlineLvl", "w:jc", "w:b", "w:sz", "w:rFonts", "Relationship", "Override",
            "Default", "w15:commentEx", "w:bookmarkStart"};
    private static final byte[][] INSERTS = {"<".getBytes(StandardCharsets.US_ASCII), ">".getBytes(StandardCharsets.US_ASCII),
            "&".getBytes(StandardCharsets.US_ASCII), "\"".getBytes(StandardCharsets.US_ASCII), "<w:p>".getBytes(StandardCharsets.US_ASCII),
            "</w:p>".getBytes(StandardCharsets.US_ASCII), "]]>".getBytes(StandardCharsets.US_ASCII), {0}, {(byte) 0xFF},
            {(byte) 0xE4}, {(byte) 0xE4, (byte) 0xB8}, "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>".getBytes(StandardCharsets.US_ASCII),
            "&#0;".getBytes(StandardCharsets.US_ASCII), "&amp;&lt;".getBytes(StandardCharsets.US_ASCII), "\u4E00".getBytes(StandardCharsets.UTF_8)};
    private static final Pattern ELEMENT_START = Pattern.compile("<([A-Za-z][\\w.-]*:[A-Za-z][\\w.-]*|Relationship|Override|Default)(?=[\\s/>])");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([A-Za-z][\\w.-]*(?::[A-Za-z][\\w.-]*)?)=\"([^\"]*)\"");

    // ---------------------------------------------------------------- .docx

    /** A damaged copy of a .docx. */
    static byte[] docx(byte[] original, Random rnd, StringBuilder log) throws IOException {
        LinkedHashMap<String, byte[]> entries = unzip(original);
        List<String> names = new ArrayList<>(entries.keySet());
        List<String> duplicates = new ArrayList<>();
        boolean stored = false;
        int what = rnd.nextInt(100);
        if (what < 70) {
            String name = pickPart(names, rnd);
            int steps = 1 + (rnd.nextInt(3) == 0 ? rnd.nextInt(6) : 0);
            byte[] part = entries.get(name);
            log.append(name).append(':');
            for (int i = 0; i < steps; i++) part = xml(part, rnd, log);
            entries.put(name, part);
        } else if (what < 82) {
            String name = names.get(rnd.nextInt(names.size()));
            switch (rnd.nextInt(4)) {
                case 0 -> {
                    entries.remove(name);
                    log.append(" remove entry ").append(name);
                }
                case 1 -> {
                    duplicates.add(name);
                    log.append(" duplicate entry ").append(name);
                }
                case 2 -> {
                    entries.put(name, new byte[0]);
                    log.append(" empty entry ").append(name);
                }
                default -> {
                    byte[] b = entries.remove(name);
                    String renamed = rnd.nextBoolean() ? name.toUpperCase(java.util.Locale.ROOT) : name + "x";
                    entries.put(renamed, b);
                    log.append(" rename entry ").append(name).append(" → ").append(renamed);
                }
            }
        } else if (what < 86) {
            stored = true;
            log.append(" all entries stored (no compression)");
        }
        byte[] zipped = zip(entries, duplicates, stored);
        if (what >= 86) zipped = raw(zipped, rnd, log);
        return zipped;
    }

    /** word/document.xml half the time; else any part, XML parts four times as likely as media. */
    private static String pickPart(List<String> names, Random rnd) {
        if (names.contains("word/document.xml") && rnd.nextBoolean()) return "word/document.xml";
        List<String> xml = names.stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).toList();
        if (!xml.isEmpty() && rnd.nextInt(5) > 0) return xml.get(rnd.nextInt(xml.size()));
        return names.get(rnd.nextInt(names.size()));
    }

    /** One damage to an XML part: its bytes, an element or an attribute. */
    static byte[] xml(byte[] part, Random rnd, StringBuilder log) {
        int kind = rnd.nextInt(13);
        if (part.length == 0) kind = 1;
        switch (kind) {
            case 0 -> {
                return flip(part, 1 + rnd.nextInt(8), rnd, log);
            }
            case 1 -> {
                byte[] ins = INSERTS[rnd.nextInt(INSERTS.length)];
                int at = rnd.nextInt(part.length + 1);
                log.append(" insert ").append(printable(ins)).append(" at ").append(at);
                return splice(part, at, 0, ins);
            }
            case 2 -> {
                int at = rnd.nextInt(part.length);
                int len = 1 + rnd.nextInt(Math.min(64, part.length - at));
                log.append(" delete ").append(len).append(" bytes at ").append(at);
                return splice(part, at, len, new byte[0]);
            }
            case 3 -> {
                int at = rnd.nextInt(part.length);
                log.append(" truncate at ").append(at).append('/').append(part.length);
                return java.util.Arrays.copyOf(part, at);
            }
            default -> {
                String s = new String(part, StandardCharsets.UTF_8);
                String t = switch (kind) {
                    case 4, 5 -> element(s, rnd, log, kind == 4);
                    case 6 -> removeAttribute(s, rnd, log);
                    case 7, 8 -> setAttribute(s, rnd, log);
                    case 9 -> swapAttributes(s, rnd, log);
                    case 10 -> level(s, rnd, log);
                    case 11 -> nest(s, rnd, log);
                    default -> element(s, rnd, log, rnd.nextBoolean());
                };
                return t.getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /** Duplicates (copies: 1, 2 or 50) or removes an element, a known one half the time. */
    private static String element(String s, Random rnd, StringBuilder log, boolean duplicate) {
        String wanted = rnd.nextBoolean() ? ELEMENTS[rnd.nextInt(ELEMENTS.length)] : null;
        int[] e = pickElement(s, wanted, rnd);
        if (e == null) {
            log.append(" (no element ").append(wanted == null ? "" : wanted).append(')');
            return s;
        }
        String el = s.substring(e[0], e[1]);
        Matcher n = ELEMENT_START.matcher(el);
        String name = n.lookingAt() ? n.group(1) : "?";
        if (duplicate) {
            int copies = switch (rnd.nextInt(4)) {
                case 0, 1 -> 1;
                case 2 -> 2;
                default -> 50;
            };
            log.append(" duplicate ×").append(copies).append(" <").append(name).append("> at ").append(e[0]);
            return s.substring(0, e[1]) + el.repeat(copies) + s.substring(e[1]);
        }
        log.append(" remove <").append(name).append("> at ").append(e[0]);
        return s.substring(0, e[0]) + s.substring(e[1]);
    }

    /** Wrappers Word allows to nest (tables in cells, content controls, links, changes, fields' runs), as open and close. */
    private static final String[][] NESTINGS = {
            {"<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>"},
            {"<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"},
            {"<w:hyperlink w:anchor=\"a\">", "</w:hyperlink>"},
            {"<w:ins w:id=\"901\" w:author=\"x\">", "</w:ins>"},
            {"<w:smartTag w:uri=\"u\" w:element=\"e\">", "</w:smartTag>"},
            {"<w:customXml w:element=\"e\">", "</w:customXml>"},
            {"<w:fldSimple w:instr=\"PAGE\">", "</w:fldSimple>"}};

    /**
     * An element wrapped in the same wrapper 3, 60, 300 or 990 deep: what a recursive reader must survive (tables
     * nested in tables, content controls in content controls). Deeper than 1000 POI refuses the part at once.
     */
    private static String nest(String s, Random rnd, StringBuilder log) {
        String[] w = NESTINGS[rnd.nextInt(NESTINGS.length)];
        String target = w[0].startsWith("<w:tbl") || w[0].startsWith("<w:sdt>") ? "w:p" : "w:r";
        int[] e = pickElement(s, target, rnd);
        if (e == null) return element(s, rnd, log, true);
        int depth = new int[]{3, 60, 300, 990}[rnd.nextInt(4)];
        String inner = s.substring(e[0], e[1]);
        log.append(" nest <").append(target).append("> at ").append(e[0]).append(' ').append(depth).append(" deep in ").append(w[0]);
        return s.substring(0, e[0]) + w[0].repeat(depth) + inner + w[1].repeat(depth) + s.substring(e[1]);
    }

    /**
     * A random element (named {@code wanted}, or any when null) as {start, end}, or null. Only the chosen element's end
     * is looked for (a few tries when it has none): finding every element's end is quadratic on big parts.
     */
    private static int[] pickElement(String s, String wanted, Random rnd) {
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher m = ELEMENT_START.matcher(s);
        while (m.find()) {
            if (wanted != null && !m.group(1).equals(wanted)) continue;
            starts.add(m.start());
            names.add(m.group(1));
        }
        for (int tries = 0; tries < 5 && !starts.isEmpty(); tries++) {
            int i = rnd.nextInt(starts.size());
            int end = extent(s, starts.get(i), names.get(i));
            if (end > starts.get(i)) return new int[]{starts.get(i), end};
        }
        return null;
    }

    /** The end of the element starting at {@code start}: after its "/>" or its matching end tag; -1 if none. */
    private static int extent(String s, int start, String name) {
        int gt = s.indexOf('>', start);
        if (gt < 0) return -1;
        if (s.charAt(gt - 1) == '/') return gt + 1;
        int depth = 1;
        Pattern tag = Pattern.compile("<(/?)" + Pattern.quote(name) + "(?=[\\s/>])");
        Matcher m = tag.matcher(s);
        int from = gt + 1;
        while (m.find(from)) {
            int close = s.indexOf('>', m.end());
            if (close < 0) return -1;
            if (m.group(1).isEmpty()) {
                if (s.charAt(close - 1) != '/') depth++;
            } else if (--depth == 0) {
                return close + 1;
            }
            from = close + 1;
        }
        return -1;
    }

    private static List<Matcher> attributes(String s, String wanted) {
        List<Matcher> out = new ArrayList<>();
        Matcher m = ATTRIBUTE.matcher(s);
        while (m.find()) {
            if (m.group(1).startsWith("xmlns")) continue;
            if (wanted == null || m.group(1).equals(wanted)) {
                Matcher copy = ATTRIBUTE.matcher(s);
                copy.find(m.start());
                out.add(copy);
            }
        }
        return out;
    }

    private static Matcher pickAttribute(String s, Random rnd) {
        String wanted = rnd.nextBoolean() ? ATTRIBUTES[rnd.nextInt(ATTRIBUTES.length)] : null;
        List<Matcher> all = attributes(s, wanted);
        if (all.isEmpty() && wanted != null) all = attributes(s, null);
        return all.isEmpty() ? null : all.get(rnd.nextInt(all.size()));
    }

    private static String removeAttribute(String s, Random rnd, StringBuilder log) {
        Matcher a = pickAttribute(s, rnd);
        if (a == null) return s;
        log.append(" remove attribute ").append(a.group(1)).append(" at ").append(a.start());
        return s.substring(0, a.start()) + s.substring(a.end());
    }

    private static String setAttribute(String s, Random rnd, StringBuilder log) {
        Matcher a = pickAttribute(s, rnd);
        if (a == null) return s;
        String v = NASTY_VALUES[rnd.nextInt(NASTY_VALUES.length)];
        log.append(" set ").append(a.group(1)).append(" at ").append(a.start()).append(" from \"").append(a.group(2))
                .append("\" to \"").append(v.length() > 20 ? v.substring(0, 20) + "…(" + v.length() + ")" : v).append('"');
        return s.substring(0, a.start(2)) + v.replace("&", "&amp;").replace("\"", "&quot;") + s.substring(a.end(2));
    }

    private static String swapAttributes(String s, Random rnd, StringBuilder log) {
        List<Matcher> all = attributes(s, null);
        if (all.size() < 2) return s;
        Matcher a = all.get(rnd.nextInt(all.size()));
        Matcher b = all.get(rnd.nextInt(all.size()));
        if (a.start() == b.start()) return s;
        if (a.start() > b.start()) {
            Matcher t = a;
            a = b;
            b = t;
        }
        log.append(" swap values of ").append(a.group(1)).append(" at ").append(a.start()).append(" and ")
                .append(b.group(1)).append(" at ").append(b.start());
        return s.substring(0, a.start(2)) + b.group(2) + s.substring(a.end(2), b.start(2)) + a.group(2) + s.substring(b.end(2));
    }

    /** A list or outline level, heading level or span far out of range. */
    private static String level(String s, Random rnd, StringBuilder log) {
        Matcher m = Pattern.compile("<(w:ilvl|w:outlineLvl|w:gridSpan|w:numId|w:start|w:lvl|w:sz)\\b[^>]*?(?:w:val|w:ilvl)=\"([^\"]*)\"").matcher(s);
        List<int[]> found = new ArrayList<>();
        while (m.find()) found.add(new int[]{m.start(2), m.end(2)});
        if (found.isEmpty()) return setAttribute(s, rnd, log);
        int[] v = found.get(rnd.nextInt(found.size()));
        String[] values = {"-1", "-5", "9", "10", "255", "2147483647", "-2147483648", "99999999999"};
        String value = values[rnd.nextInt(values.length)];
        log.append(" level/span value at ").append(v[0]).append(" from \"").append(s, v[0], v[1]).append("\" to \"").append(value).append('"');
        return s.substring(0, v[0]) + value + s.substring(v[1]);
    }

    static LinkedHashMap<String, byte[]> unzip(byte[] zip) throws IOException {
        LinkedHashMap<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.put(e.getName(), in.readAllBytes());
        }
        return out;
    }

    /**
     * The entries zipped with a fixed time; each name in {@code duplicates} written twice (Java's ZipOutputStream refuses
     * that, so the second copy is written under a placeholder name of the same length, patched afterwards).
     */
    static byte[] zip(Map<String, byte[]> entries, List<String> duplicates, boolean stored) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String[]> patches = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                put(zip, e.getKey(), e.getValue(), stored);
                if (duplicates.contains(e.getKey())) {
                    String placeholder = e.getKey().substring(0, e.getKey().length() - 1) + "\u0001";
                    put(zip, placeholder, e.getValue(), stored);
                    patches.add(new String[]{placeholder, e.getKey()});
                }
            }
        }
        byte[] b = out.toByteArray();
        for (String[] p : patches) {
            byte[] from = p[0].getBytes(StandardCharsets.UTF_8);
            byte[] to = p[1].getBytes(StandardCharsets.UTF_8);
            for (int i = ZipGuard.indexOf(b, from, 0); i >= 0; i = ZipGuard.indexOf(b, from, i + 1)) {
                System.arraycopy(to, 0, b, i, to.length);
            }
        }
        return b;
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes, boolean stored) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(ZIP_TIME);
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            e.setMethod(ZipEntry.STORED);
            e.setSize(bytes.length);
            e.setCompressedSize(bytes.length);
            e.setCrc(crc.getValue());
        }
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** A .docx made by POI with its times fixed (entry times, the document properties' dates): the same bytes every run. */
    static byte[] normalised(byte[] docx) throws IOException {
        LinkedHashMap<String, byte[]> entries = unzip(docx);
        byte[] core = entries.get("docProps/core.xml");
        if (core != null) {
            String s = new String(core, StandardCharsets.UTF_8).replaceAll(
                    "(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", "$12024-01-01T00:00:00Z$3");
            entries.put("docProps/core.xml", s.getBytes(StandardCharsets.UTF_8));
        }
        return zip(entries, List.of(), false);
    }

    // ---------------------------------------------------------------- .doc

    /** A damaged copy of a binary .doc: one of its OLE2 streams changed, or the file's raw bytes. */
    static byte[] doc(byte[] original, Random rnd, StringBuilder log) throws IOException {
        if (rnd.nextInt(4) == 0) return raw(original, rnd, log);
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(original))) {
            DirectoryEntry root = fs.getRoot();
            List<String> streams = new ArrayList<>();
            for (Entry e : root) if (e instanceof DocumentEntry) streams.add(e.getName());
            String name;
            int pick = rnd.nextInt(10);
            if (pick < 5 && streams.contains("WordDocument")) name = "WordDocument";
            else if (pick < 8 && (streams.contains("1Table") || streams.contains("0Table"))) name = streams.contains("1Table") ? "1Table" : "0Table";
            else name = streams.get(rnd.nextInt(streams.size()));
            byte[] stream;
            try (DocumentInputStream in = fs.createDocumentInputStream(name)) {
                stream = in.readAllBytes();
            }
            log.append(name).append(':');
            byte[] changed;
            if (name.endsWith("Table") && streams.contains("WordDocument") && rnd.nextBoolean()) {
                byte[] fib;
                try (DocumentInputStream in = fs.createDocumentInputStream("WordDocument")) {
                    fib = in.readAllBytes();
                }
                changed = structure(stream, fib, rnd, log);
            } else {
                changed = stream(name, stream, rnd, log);
            }
            root.getEntry(name).delete();
            if (changed != null) root.createDocument(name, new ByteArrayInputStream(changed));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** One damage to a stream; null removes it. */
    private static byte[] stream(String name, byte[] s, Random rnd, StringBuilder log) {
        if (s.length == 0) {
            log.append(" (empty)");
            return s;
        }
        int kind = rnd.nextInt(10);
        if (name.equals("WordDocument") && kind < 4) return fib(s, rnd, log);
        switch (kind) {
            case 4, 5 -> {
                return flip(s, 1 + rnd.nextInt(16), rnd, log);
            }
            case 6 -> {
                byte[] b = s.clone();
                int at = rnd.nextInt(Math.max(1, b.length - 3));
                int v = nastyInt(b.length, rnd);
                log.append(" int at ").append(at).append(" := ").append(v);
                if (at + 4 <= b.length) ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(at, v);
                return b;
            }
            case 7 -> {
                int at = rnd.nextInt(s.length);
                log.append(" truncate at ").append(at).append('/').append(s.length);
                return java.util.Arrays.copyOf(s, at);
            }
            case 8 -> {
                if (!name.equals("WordDocument")) {
                    log.append(" remove stream");
                    return null;
                }
                return flip(s, 1, rnd, log);
            }
            default -> {
                byte[] b = s.clone();
                int at = rnd.nextInt(b.length);
                int len = Math.min(b.length - at, 1 + rnd.nextInt(512));
                byte fill = rnd.nextBoolean() ? 0 : (byte) 0xFF;
                java.util.Arrays.fill(b, at, at + len, fill);
                log.append(" fill ").append(len).append(" bytes at ").append(at).append(" with ").append(fill & 0xFF);
                return b;
            }
        }
    }

    /**
     * The File Information Block: a header flag or count, or one of the (offset, length) pairs that locate the table
     * stream's structures (fcLcb array from 0x9A), set to a value out of range.
     */
    private static byte[] fib(byte[] s, Random rnd, StringBuilder log) {
        byte[] b = s.clone();
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int choice = rnd.nextInt(3);
        if (choice == 0 || b.length < 0x9A + 8 * 20) {
            return flip(b, 1 + rnd.nextInt(4), Math.min(b.length, 0x9A), rnd, log);
        }
        int pairs = Math.min(93, (b.length - 0x9A) / 8);
        int pair = rnd.nextInt(pairs);
        int at = 0x9A + 8 * pair + (choice == 1 ? 0 : 4);
        int v = nastyInt(b.length, rnd);
        log.append(" FIB fcLcb pair ").append(pair).append(choice == 1 ? " fc" : " lcb").append(" := ").append(v);
        buf.putInt(at, v);
        return b;
    }

    /**
     * Damage inside one of the table stream's structures the FIB locates (the piece table, the paragraph and character
     * property tables, the comment and note tables, the revision authors…): bytes flipped, or a 16- or 32-bit value in
     * it set out of range.
     */
    private static byte[] structure(byte[] table, byte[] fib, Random rnd, StringBuilder log) {
        ByteBuffer f = ByteBuffer.wrap(fib).order(ByteOrder.LITTLE_ENDIAN);
        List<Integer> pairs = new ArrayList<>();
        for (int i = 0; i < 93 && 0x9A + 8 * i + 8 <= fib.length; i++) {
            int fc = f.getInt(0x9A + 8 * i);
            int lcb = f.getInt(0x9A + 8 * i + 4);
            if (fc >= 0 && lcb > 0 && (long) fc + lcb <= table.length) pairs.add(i);
        }
        if (pairs.isEmpty()) return flip(table, 1 + rnd.nextInt(8), rnd, log);
        int pair = pairs.get(rnd.nextInt(pairs.size()));
        int fc = f.getInt(0x9A + 8 * pair);
        int lcb = f.getInt(0x9A + 8 * pair + 4);
        log.append(" structure of fcLcb pair ").append(pair).append(" (").append(fc).append('+').append(lcb).append("):");
        byte[] b = table.clone();
        ByteBuffer t = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        switch (rnd.nextInt(3)) {
            case 0 -> {
                return flip(b, 1 + rnd.nextInt(4), fc, fc + lcb, rnd, log);
            }
            case 1 -> {
                int at = fc + rnd.nextInt(Math.max(1, lcb - 3));
                int v = nastyInt(lcb, rnd);
                log.append(" int at ").append(at).append(" := ").append(v);
                if (at + 4 <= b.length) t.putInt(at, v);
            }
            default -> {
                int at = fc + rnd.nextInt(Math.max(1, lcb - 1));
                short v = (short) new int[]{0, -1, 0x7FFF, 0x8000, 1, 0xFFFE, lcb}[rnd.nextInt(7)];
                log.append(" short at ").append(at).append(" := ").append(v);
                if (at + 2 <= b.length) t.putShort(at, v);
            }
        }
        return b;
    }

    private static int nastyInt(int size, Random rnd) {
        int[] values = {0, -1, 1, 2, 3, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x7FFFFFF0, size, size - 1, size + 1, 0xFFFF, 0x10000};
        return rnd.nextInt(4) == 0 ? rnd.nextInt() : values[rnd.nextInt(values.length)];
    }

    // ---------------------------------------------------------------- raw bytes

    /** The container's raw bytes: flipped (anywhere or in the last 128 bytes, where a ZIP's directory is), cut, or zeroed. */
    static byte[] raw(byte[] b, Random rnd, StringBuilder log) {
        log.append(" raw:");
        switch (rnd.nextInt(5)) {
            case 0, 1 -> {
                return flip(b, 1 + rnd.nextInt(16), rnd, log);
            }
            case 2 -> {
                byte[] c = b.clone();
                int from = Math.max(0, c.length - 128);
                log.append(" in the tail");
                return flip(c, 1 + rnd.nextInt(4), from, c.length, rnd, log);
            }
            case 3 -> {
                int at = rnd.nextInt(b.length);
                log.append(" truncate at ").append(at).append('/').append(b.length);
                return java.util.Arrays.copyOf(b, at);
            }
            default -> {
                byte[] c = b.clone();
                int at = rnd.nextInt(c.length);
                int len = Math.min(c.length - at, 1 + rnd.nextInt(1024));
                java.util.Arrays.fill(c, at, at + len, (byte) 0);
                log.append(" zero ").append(len).append(" bytes at ").append(at);
                return c;
            }
        }
    }

    private static byte[] flip(byte[] b, int count, Random rnd, StringBuilder log) {
        return flip(b, count, 0, b.length, rnd, log);
    }

    private static byte[] flip(byte[] b, int count, int to, Random rnd, StringBuilder log) {
        return flip(b, count, 0, to, rnd, log);
    }

    private static byte[] flip(byte[] b, int count, int from, int to, Random rnd, StringBuilder log) {
        byte[] c = b.clone();
        if (to <= from) return c;
        log.append(" flip");
        for (int i = 0; i < count; i++) {
            int at = from + rnd.nextInt(to - from);
            int mask = 1 + rnd.nextInt(255);
            c[at] ^= (byte) mask;
            log.append(' ').append(at).append('^').append(mask);
        }
        return c;
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] c = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(insert, 0, c, at, insert.length);
        System.arraycopy(b, at + remove, c, at + insert.length, b.length - at - remove);
        return c;
    }

    private static String printable(byte[] b) {
        StringBuilder sb = new StringBuilder("\"");
        for (byte x : b) {
            if (x >= 0x20 && x < 0x7F) sb.append((char) x);
            else sb.append(String.format("\\x%02X", x & 0xFF));
        }
        return sb.append('"').toString();
    }
}
