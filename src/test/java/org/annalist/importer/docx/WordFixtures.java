package org.annalist.importer.docx;

import static org.annalist.importer.docx.Docs.r;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real Word files with review data, for tests in other packages (service, cli) too. */
public final class WordFixtures {
    public static final String DATE = "2024-05-01T10:00:00Z";

    private WordFixtures() {
    }

    /** A manuscript revised by two editors: a deletion and an insertion, a moved sentence, a formatting change. */
    public static byte[] revised() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            Docs.centred(doc, "本区概况", "黑体", 16, true);
            Docs.xml(doc, r("全区")
                    + "<w:del w:id=\"1\" w:author=\"张三\" w:date=\"" + DATE + "\"><w:r><w:delText>共有</w:delText></w:r></w:del>"
                    + "<w:ins w:id=\"2\" w:author=\"张三\" w:date=\"" + DATE + "\">" + r("辖")
                    + "<w:r><w:rPr><w:b/></w:rPr><w:t>10</w:t></w:r></w:ins>" + r("个乡镇。"));
            Docs.xml(doc, "<w:moveFromRangeStart w:id=\"3\" w:name=\"move41\" w:author=\"李四\" w:date=\"" + DATE + "\"/>"
                    + "<w:moveFrom w:id=\"4\" w:author=\"李四\" w:date=\"" + DATE + "\">" + r("历史悠久。") + "</w:moveFrom>"
                    + "<w:moveFromRangeEnd w:id=\"3\"/>" + r("地处黔中。"));
            Docs.xml(doc, r("交通便利，")
                    + "<w:moveToRangeStart w:id=\"5\" w:name=\"move41\" w:author=\"李四\" w:date=\"" + DATE + "\"/>"
                    + "<w:moveTo w:id=\"6\" w:author=\"李四\" w:date=\"" + DATE + "\">" + r("历史悠久。") + "</w:moveTo>"
                    + "<w:moveToRangeEnd w:id=\"5\"/>");
            Docs.xml(doc, "<w:r><w:rPr><w:i/><w:rPrChange w:id=\"7\" w:author=\"李四\"><w:rPr/></w:rPrChange></w:rPr>"
                    + "<w:t>改为斜体的文字。</w:t></w:r>");
            Docs.xml(doc, "<w:del w:id=\"8\" w:author=\"张三\"><w:r><w:delText>整段删去的话。</w:delText></w:r></w:del>");
            return Docs.bytes(doc);
        }
    }


    /**
     * A manuscript with a comment thread as Word 2013+ writes it: a comment marking part of a sentence, a reply to it
     * (linked in word/commentsExtended.xml by the w14:paraId of the comments' paragraphs), and a resolved comment
     * marking a table cell.
     */
    public static byte[] commented() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            Docs.centred(doc, "乌当区政协文史工作", "黑体", 16, true);
            Docs.xml(doc, r("2022年编撰完成") + "<w:commentRangeStart w:id=\"1\"/><w:commentRangeStart w:id=\"2\"/>"
                    + r("两期《乌当文史》") + "<w:commentRangeEnd w:id=\"1\"/><w:commentRangeEnd w:id=\"2\"/>"
                    + "<w:r><w:commentReference w:id=\"1\"/></w:r><w:r><w:commentReference w:id=\"2\"/></w:r>"
                    + r("，收录稿件70余篇。"));
            org.apache.poi.xwpf.usermodel.XWPFTable t = doc.createTable(2, 2);
            t.getRow(0).getCell(0).setText("项目");
            t.getRow(0).getCell(1).setText("篇数");
            t.getRow(1).getCell(0).setText("文史资料");
            org.apache.poi.xwpf.usermodel.XWPFParagraph cell = t.getRow(1).getCell(1).getParagraphs().get(0);
            cell.getCTP().set(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP.Factory.parse("<xml-fragment "
                    + Docs.W_NS + "><w:commentRangeStart w:id=\"3\"/>" + r("73") + "<w:commentRangeEnd w:id=\"3\"/></xml-fragment>"));
            org.apache.poi.xwpf.usermodel.XWPFComments comments = doc.createComments();
            comment(comments, 1, "初审 李编辑", "“两期”请与出版记录核对。", "1A2B3C01");
            comment(comments, 2, "作者 王老五", "已核对，确为两期。", "1A2B3C02");
            comment(comments, 3, "复审 赵主任", "73篇与正文“70余篇”一致。", "1A2B3C03");
            String ext = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w15:commentsEx xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">"
                    + "<w15:commentEx w15:paraId=\"1A2B3C01\" w15:done=\"0\"/>"
                    + "<w15:commentEx w15:paraId=\"1A2B3C02\" w15:paraIdParent=\"1A2B3C01\" w15:done=\"0\"/>"
                    + "<w15:commentEx w15:paraId=\"1A2B3C03\" w15:done=\"1\"/></w15:commentsEx>";
            var name = org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/word/commentsExtended.xml");
            var part = doc.getPackage().createPart(name, "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml");
            try (java.io.OutputStream os = part.getOutputStream()) {
                os.write(ext.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, org.apache.poi.openxml4j.opc.TargetMode.INTERNAL,
                    "http://schemas.microsoft.com/office/2011/relationships/commentsExtended");
            return Docs.bytes(doc);
        }
    }

    /**
     * The source of lo-commented.doc (saved from it by {@code soffice --headless --convert-to doc}, LibreOffice 7.4):
     * a comment marking words of a sentence, one marking a bold run signed with initials only and holding two
     * paragraphs, one marking a table cell without a date, and one on a point (no marked range).
     */
    public static byte[] commentedForDoc() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            Docs.centred(doc, "乌当区政协文史工作", "黑体", 16, true);
            Docs.xml(doc, r("2022年编撰完成") + "<w:commentRangeStart w:id=\"1\"/>" + r("两期《乌当文史》")
                    + "<w:commentRangeEnd w:id=\"1\"/><w:r><w:commentReference w:id=\"1\"/></w:r>" + r("，收录稿件70余篇。"));
            Docs.xml(doc, r("全区面积约") + "<w:commentRangeStart w:id=\"2\"/><w:r><w:rPr><w:b/></w:rPr><w:t>686</w:t></w:r>"
                    + r("平方公里") + "<w:commentRangeEnd w:id=\"2\"/><w:r><w:commentReference w:id=\"2\"/></w:r>" + r("。"));
            org.apache.poi.xwpf.usermodel.XWPFTable t = doc.createTable(2, 2);
            t.getRow(0).getCell(0).setText("项目");
            t.getRow(0).getCell(1).setText("篇数");
            t.getRow(1).getCell(0).setText("文史资料");
            t.getRow(1).getCell(1).getParagraphs().get(0).getCTP().set(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP.Factory
                    .parse("<xml-fragment " + Docs.W_NS + "><w:commentRangeStart w:id=\"3\"/>" + r("73")
                            + "<w:commentRangeEnd w:id=\"3\"/><w:r><w:commentReference w:id=\"3\"/></w:r></xml-fragment>"));
            Docs.xml(doc, r("以上为近年概况。") + "<w:r><w:commentReference w:id=\"4\"/></w:r>");
            org.apache.poi.xwpf.usermodel.XWPFComments comments = doc.createComments();
            comment(comments, 1, "初审 李编辑", "“两期”请与出版记录核对。", "1A2B3C01");
            org.apache.poi.xwpf.usermodel.XWPFComment c2 = comments.createComment(java.math.BigInteger.valueOf(2));
            c2.setAuthor("");
            c2.setInitials("ZR");
            c2.getCtComment().setDate(java.util.GregorianCalendar.from(java.time.ZonedDateTime.parse("2024-06-02T09:30:00Z")));
            c2.createParagraph().createRun().setText("面积请核对。");
            c2.createParagraph().createRun().setText("见《乌当区志》第3页。");
            org.apache.poi.xwpf.usermodel.XWPFComment c3 = comments.createComment(java.math.BigInteger.valueOf(3));
            c3.setAuthor("复审 赵主任");
            c3.createParagraph().createRun().setText("73篇与正文“70余篇”一致。");
            comment(comments, 4, "作者 王老五", "此段已按审读意见改定。", "1A2B3C04");
            return Docs.bytes(doc);
        }
    }

    private static void comment(org.apache.poi.xwpf.usermodel.XWPFComments comments, int id, String author, String text,
                                String paraId) {
        org.apache.poi.xwpf.usermodel.XWPFComment c = comments.createComment(java.math.BigInteger.valueOf(id));
        c.setAuthor(author);
        c.getCtComment().setDate(java.util.GregorianCalendar.from(java.time.ZonedDateTime.parse(DATE)));
        org.apache.poi.xwpf.usermodel.XWPFParagraph p = c.createParagraph();
        p.createRun().setText(text);
        ((org.w3c.dom.Element) p.getCTP().getDomNode()).setAttributeNS("http://schemas.microsoft.com/office/word/2010/wordml",
                "w14:paraId", paraId);
    }

    /**
     * A manuscript in English words only: a title, a paragraph with a picture that has no caption, and a resolved
     * comment, so that every Han character a report or listing of it shows is a message of the program.
     */
    public static byte[] illustrated() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            Docs.centred(doc, "Harbour Works", "Arial", 16, true);
            Docs.xml(doc, "<w:commentRangeStart w:id=\"1\"/>" + r("The new quay was finished in May.")
                    + "<w:commentRangeEnd w:id=\"1\"/><w:r><w:commentReference w:id=\"1\"/></w:r>");
            Docs.picture(doc.createParagraph().createRun(), "quay.png", 120, 80);
            Docs.para(doc, "The harbour office reported the figures.");
            org.apache.poi.xwpf.usermodel.XWPFComments comments = doc.createComments();
            comment(comments, 1, "Editor Li", "Check the month against the records.", "1A2B3C01");
            String ext = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w15:commentsEx xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">"
                    + "<w15:commentEx w15:paraId=\"1A2B3C01\" w15:done=\"1\"/></w15:commentsEx>";
            var name = org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/word/commentsExtended.xml");
            var part = doc.getPackage().createPart(name, "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml");
            try (java.io.OutputStream os = part.getOutputStream()) {
                os.write(ext.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, org.apache.poi.openxml4j.opc.TargetMode.INTERNAL,
                    "http://schemas.microsoft.com/office/2011/relationships/commentsExtended");
            return Docs.bytes(doc);
        }
    }

    /** 张三's move with 李四's changes inside it, hand-written WordprocessingML ({@link DocxHiddenTextTest}). */
    public static byte[] changesInsideMoves() throws Exception {
        return DocxHiddenTextTest.changesInsideMoves();
    }
}
