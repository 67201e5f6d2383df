package org.annalist.export.docx;

import org.annalist.i18n.Texts;
import org.annalist.model.ReviewComment;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;

import javax.xml.namespace.QName;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Review comments (批注) as Word comments: each thread marks the text it quotes in the paragraph it is anchored to
 * (w:commentRangeStart/End and a w:commentReference), replies share their thread's range, and word/commentsExtended.xml
 * links each reply to its parent (w15:paraIdParent) and marks resolved threads (w15:done) — what Word 2013+, WPS and
 * our own Word importer read. A comment whose passage is no longer in the text is put on the first paragraph with a
 * warning, never dropped.
 */
final class Comments {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    static final String EXTENDED_REL = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended";
    static final String EXTENDED_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml";

    private Comments() {
    }

    /** The notes the Word importer appends to a comment resolved in Word (in every language of the program). */
    static List<String> resolvedNotes() {
        List<String> out = new ArrayList<>();
        for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            String n = Texts.bundle(l).getString("report.comments.resolvedNote").strip();
            if (!n.isEmpty() && !out.contains(n)) out.add(n);
        }
        return out;
    }

    /** A comment's text without the importer's "resolved in Word" note, and whether it carried one. */
    static Object[] text(String text) {
        String t = text.strip();
        for (String n : resolvedNotes()) {
            if (t.endsWith(n)) return new Object[] {t.substring(0, t.length() - n.length()).strip(), true};
        }
        return new Object[] {t, false};
    }

    /** Writes the comments into the document; the number written. */
    static int write(XWPFDocument x, BlockWriter body, List<ReviewComment> all, List<String> warnings) throws IOException {
        if (all.isEmpty()) return 0;
        Map<Long, ReviewComment> byId = new HashMap<>();
        for (ReviewComment c : all) byId.put(c.id(), c);
        // threads: each comment under the root of its chain of parents, in the order stored
        Map<Long, List<ReviewComment>> threads = new LinkedHashMap<>();
        for (ReviewComment c : all) {
            ReviewComment root = c;
            for (int guard = 0; root.parentId() != null && byId.containsKey(root.parentId()) && guard < all.size(); guard++) {
                root = byId.get(root.parentId());
            }
            threads.computeIfAbsent(root.id(), k -> new ArrayList<>()).add(c);
        }
        List<Para> paragraphs = new ArrayList<>();
        for (Object o : body.body) if (o instanceof Para p) paragraphs.add(p);
        XWPFComments part = x.createComments();
        List<String[]> extended = new ArrayList<>();
        Map<Long, String> paraIds = new HashMap<>();
        int next = 0;
        for (List<ReviewComment> thread : threads.values()) {
            ReviewComment root = thread.get(0);
            Para p = place(paragraphs, root);
            if (p == null) {
                p = paragraphs.isEmpty() ? body.createParagraph() : paragraphs.get(0);
                warnings.add(Texts.get("docx.comment.unplaced", root.author(), clip(root.text())));
            }
            List<BigInteger> ids = new ArrayList<>();
            for (ReviewComment c : thread) {
                BigInteger id = BigInteger.valueOf(next++);
                ids.add(id);
                Object[] t = text(c.text());
                boolean resolved = root.resolved() || c.resolved() || (Boolean) t[1] || (Boolean) text(root.text())[1];
                XWPFComment wc = part.createComment(id);
                wc.setAuthor(c.author());
                wc.setInitials(initials(c.author()));
                if (c.writtenAt() != null) {
                    GregorianCalendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
                    when.setTimeInMillis(c.writtenAt().toEpochMilli());
                    wc.setDate(when);
                }
                XWPFParagraph last = null;
                for (String line : ((String) t[0]).split("\n", -1)) {
                    last = wc.createParagraph();
                    last.setStyle("CommentText");
                    last.createRun().setText(line);
                }
                String paraId = String.format(Locale.ROOT, "%08X", 0x10000000 + next);
                setParaId(last, paraId);
                paraIds.put(c.id(), paraId);
                String parent = c == root ? null : paraIds.get(c.parentId() != null && paraIds.containsKey(c.parentId()) ? c.parentId() : root.id());
                extended.add(new String[] {paraId, parent, resolved ? "1" : "0"});
            }
            mark(p, quote(root), ids);
        }
        extendedPart(x, extended);
        return next;
    }

    private static String quote(ReviewComment c) {
        return c.quote() == null ? "" : c.quote().strip();
    }

    /** The paragraph a comment belongs to: holding its quote and starting like its anchor, else either alone. */
    private static Para place(List<Para> paragraphs, ReviewComment c) {
        String anchor = c.anchor() == null ? "" : c.anchor().replace("……", "").strip();
        if (anchor.length() > 20) anchor = anchor.substring(0, 20);
        String quote = quote(c);
        Para byQuote = null, byAnchor = null;
        for (Para p : paragraphs) {
            String text = p.plain();
            boolean q = !quote.isEmpty() && text.contains(quote);
            boolean a = !anchor.isEmpty() && text.strip().startsWith(anchor);
            if (q && (a || anchor.isEmpty())) return p;
            if (q && byQuote == null) byQuote = p;
            if (a && byAnchor == null) byAnchor = p;
        }
        return byQuote != null ? byQuote : byAnchor;
    }

    /**
     * Marks the quote in the paragraph (the whole paragraph when the quote is empty or not found as plain runs) with
     * the comments' ranges and references.
     */
    private static void mark(Para p, String quote, List<BigInteger> ids) {
        String text = p.plain();
        int from = quote.isEmpty() ? -1 : text.indexOf(quote);
        Object start, end;
        if (from < 0) {
            start = p.kids.isEmpty() ? null : p.kids.get(0);
            end = null;
        } else {
            start = splitAt(p, from);
            end = splitAt(p, from + quote.length());
        }
        for (BigInteger id : ids) p.insertBefore("<w:commentRangeStart w:id=\"" + id + "\"/>", start);
        for (BigInteger id : ids) p.insertBefore("<w:commentRangeEnd w:id=\"" + id + "\"/>", end);
        for (BigInteger id : ids) {
            p.insertBefore(Para.Run.other("<w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr>",
                    "<w:commentReference w:id=\"" + id + "\"/>"), end);
        }
    }

    /**
     * The child before which a mark at plain-text offset {@code at} goes, splitting the run of text the offset falls
     * in (null: at the end of the paragraph).
     */
    private static Object splitAt(Para p, int at) {
        int pos = 0;
        Para.Run lastRun = null;
        for (int i = 0; i < p.kids.size(); i++) {
            if (!(p.kids.get(i) instanceof Para.Run r)) continue;
            lastRun = r;
            String t = r.text == null ? "" : r.text;
            if (at == pos) return r;
            if (at < pos + t.length()) {
                if (r.text == null) return r;
                int k = at - pos;
                Para.Run second = Para.Run.text(r.rPr, t.substring(k));
                r.text = t.substring(0, k);
                r.preserve = true;
                second.preserve = true;
                p.kids.add(i + 1, second);
                return second;
            }
            pos += t.length();
        }
        // past the last plain run: after it (before anything that follows, such as a field or a note reference)
        if (lastRun == null) return null;
        int i = p.kids.indexOf(lastRun);
        return i + 1 < p.kids.size() ? p.kids.get(i + 1) : null;
    }

    private static void setParaId(XWPFParagraph p, String id) {
        try (XmlCursor c = p.getCTP().newCursor()) {
            c.toNextToken();
            c.insertAttributeWithValue(new QName(W14, "paraId", "w14"), id);
        }
    }

    /** word/commentsExtended.xml: each comment's paraId, the parent it replies to, whether its thread is resolved. */
    private static void extendedPart(XWPFDocument x, List<String[]> entries) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<w15:commentsEx xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:w15=\"")
                .append(W15).append("\" mc:Ignorable=\"w15\">");
        for (String[] e : entries) {
            xml.append("<w15:commentEx w15:paraId=\"").append(e[0]).append('"');
            if (e[1] != null) xml.append(" w15:paraIdParent=\"").append(e[1]).append('"');
            xml.append(" w15:done=\"").append(e[2]).append("\"/>");
        }
        xml.append("</w15:commentsEx>");
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/commentsExtended.xml");
            PackagePart part = x.getPackage().createPart(name, EXTENDED_TYPE);
            try (OutputStream o = part.getOutputStream()) {
                o.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
            x.getPackagePart().addRelationship(name, TargetMode.INTERNAL, EXTENDED_REL);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static String initials(String author) {
        String a = author == null ? "" : author.strip();
        return a.isEmpty() ? "A" : a.codePointCount(0, a.length()) <= 2 ? a : a.substring(a.offsetByCodePoints(0, a.codePointCount(0, a.length()) - 2));
    }

    private static String clip(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "……" : s;
    }
}
