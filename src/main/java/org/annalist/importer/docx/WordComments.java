package org.annalist.importer.docx;

import org.annalist.i18n.Localized;
import org.annalist.i18n.Texts;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annalist.importer.ImportResult;
import org.annalist.model.ImportReport;
import org.annalist.model.ReviewComment;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Word comments (批注) → review comments: author, date, text, the paragraph their marked range starts in, the exact
 * text they mark, and threads. Word 2013+ keeps replies in word/commentsExtended.xml: each w15:commentEx names a
 * comment by the w14:paraId of its last paragraph and, for a reply, its parent by w15:paraIdParent; w15:done
 * marks a thread resolved. A Word file is one item, so every comment belongs to item 0.
 */
final class WordComments {
    static final String EXTENDED_REL = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended";
    static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";

    private WordComments() {
    }

    static List<ImportResult.ImportedComment> read(XWPFDocument doc, DocxReader.Result parsed, ImportReport report) {
        List<ImportResult.ImportedComment> out = new ArrayList<>();
        XWPFComment[] all = doc.getComments();
        if (all == null || all.length == 0) return out;
        ReviewMarks marks = parsed.review();
        Map<Integer, String> paragraphs = new HashMap<>();
        texts(parsed.elements(), paragraphs);
        Map<String, String> anchors = anchors(doc);
        Map<String, String[]> extended = extended(doc);
        Map<String, Integer> byParaId = new HashMap<>();
        List<String> parents = new ArrayList<>();
        int replies = 0, done = 0;
        for (XWPFComment c : all) {
            java.util.Calendar date = c.getCtComment().isSetDate() ? c.getCtComment().getDate() : null;
            ReviewMarks.Range range = marks.range(c.getId());
            String quote = range == null || range.text().isBlank() ? null : range.text().strip();
            String paraId = lastParaId(c);
            String[] ex = paraId == null ? null : extended.get(paraId);
            boolean resolved = ex != null && ("1".equals(ex[1]) || "true".equals(ex[1]));
            if (resolved) done++;
            String text = c.getText().strip() + (resolved ? Texts.get("report.comments.resolvedNote") : "");
            String anchor = range != null && paragraphs.containsKey(range.paragraph())
                    ? clip(paragraphs.get(range.paragraph())) : anchors.get(c.getId());
            ReviewComment rc = new ReviewComment(0, 0, c.getAuthor(), date == null ? null : date.toInstant(), text,
                    anchor, "word", null, quote);
            if (paraId != null) byParaId.put(paraId, out.size());
            parents.add(ex == null ? null : ex[0]);
            out.add(new ImportResult.ImportedComment(0, -1, rc));
        }
        // parents may in principle come later in the file: linked once all are known
        for (int i = 0; i < out.size(); i++) {
            Integer parent = parents.get(i) == null ? null : byParaId.get(parents.get(i));
            if (parent != null && parent != i) {
                out.set(i, new ImportResult.ImportedComment(0, parent, out.get(i).comment()));
                replies++;
            }
        }
        report.detected(0, Texts.get("report.comments"), Texts.get("report.comments.count", out.size(),
                replies > 0 ? Localized.of("report.comments.replies", replies) : "",
                done > 0 ? Localized.of("report.comments.resolved", done) : ""));
        return out;
    }

    /** The w14:paraId of a comment's last paragraph, which commentsExtended.xml refers to. */
    private static String lastParaId(XWPFComment c) {
        String id = null;
        for (org.w3c.dom.Element p : Dom.children(c.getCtComment().getDomNode())) {
            if (!"p".equals(p.getLocalName())) continue;
            String v = p.getAttributeNS("http://schemas.microsoft.com/office/word/2010/wordml", "paraId");
            if (v != null && !v.isEmpty()) id = v;
        }
        return id;
    }

    /** paraId → {paraIdParent, done} from word/commentsExtended.xml, empty when the file has none. */
    private static Map<String, String[]> extended(XWPFDocument doc) {
        Map<String, String[]> out = new HashMap<>();
        try {
            for (PackageRelationship rel : doc.getPackagePart().getRelationshipsByType(EXTENDED_REL)) {
                PackagePart part = doc.getPackagePart().getRelatedPart(rel);
                org.w3c.dom.Document xml;
                try (InputStream in = part.getInputStream()) {
                    xml = XMLHelper.newDocumentBuilder().parse(in);
                }
                var list = xml.getElementsByTagNameNS(W15, "commentEx");
                for (int i = 0; i < list.getLength(); i++) {
                    org.w3c.dom.Element e = (org.w3c.dom.Element) list.item(i);
                    String parent = e.getAttributeNS(W15, "paraIdParent");
                    out.put(e.getAttributeNS(W15, "paraId"), new String[] {parent.isEmpty() ? null : parent, e.getAttributeNS(W15, "done")});
                }
            }
        } catch (Exception e) {
            // A damaged commentsExtended part loses the threads only; the comments themselves are still imported.
        }
        return out;
    }

    /** Paragraph number → its text, table cells included. */
    static void texts(List<WordModel.Element> elements, Map<Integer, String> into) {
        for (WordModel.Element e : elements) {
            if (e instanceof WordModel.Para p) {
                into.put(p.index(), p.text().replace('\n', ' ').strip());
            } else if (e instanceof WordModel.Tbl t) {
                for (WordModel.TRow r : t.rows()) for (WordModel.TCell c : r.cells()) texts(c.content(), into);
            }
        }
    }

    static String clip(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "……" : text;
    }

    /**
     * For each comment id, the text of the body paragraph where its marked range starts (first 60 characters), or
     * for a comment on a point (no range), the paragraph holding its reference mark.
     */
    private static Map<String, String> anchors(XWPFDocument doc) {
        Map<String, String> out = new HashMap<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            for (var start : p.getCTP().getCommentRangeStartList()) {
                // A mark without its w:id (a damaged file) belongs to no comment.
                if (start.getId() != null) out.putIfAbsent(start.getId().toString(), clip(p.getText().strip()));
            }
        }
        for (XWPFParagraph p : doc.getParagraphs()) {
            for (var run : p.getCTP().getRList()) {
                for (var ref : run.getCommentReferenceList()) {
                    if (ref.getId() != null) out.putIfAbsent(ref.getId().toString(), clip(p.getText().strip()));
                }
            }
        }
        return out;
    }
}
