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

}
