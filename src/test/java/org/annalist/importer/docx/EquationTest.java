package org.annalist.importer.docx;

import static org.annalist.importer.docx.Docs.r;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.annalist.doc.Block;
import org.annalist.doc.Inline;
import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Word equations (Office Math, as Word writes it) come in as their linear text, each with a warning naming its paragraph. */
class EquationTest {
    private static String mr(String t) {
        return "<m:r><m:t>" + t + "</m:t></m:r>";
    }

    @Test
    void equationsBecomeLinearTextWithAWarning() throws Exception {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument()) {
            Docs.centred(doc, "公式测试", "黑体", 16, true);
            // inline: S=πr², in running text
            Docs.xml(doc, r("圆的面积为") + "<m:oMath>" + mr("S=π") + "<m:sSup><m:e>" + mr("r") + "</m:e><m:sup>" + mr("2")
                    + "</m:sup></m:sSup></m:oMath>" + r("。"));
            // display: a fraction, a root, a sum with limits, brackets
            Docs.xml(doc, "<m:oMathPara><m:oMath>" + mr("x=") + "<m:f><m:num>" + mr("−b±") + "<m:rad><m:radPr><m:degHide m:val=\"1\"/>"
                    + "</m:radPr><m:deg/><m:e>" + mr("b") + "<m:sSup><m:e>" + mr("") + "</m:e><m:sup>" + mr("2") + "</m:sup></m:sSup>"
                    + mr("−4ac") + "</m:e></m:rad></m:num><m:den>" + mr("2a") + "</m:den></m:f></m:oMath></m:oMathPara>");
            Docs.xml(doc, r("增长率") + "<m:oMath><m:nary><m:naryPr><m:chr m:val=\"∑\"/></m:naryPr><m:sub>" + mr("i=1")
                    + "</m:sub><m:sup>" + mr("n") + "</m:sup><m:e><m:sSub><m:e>" + mr("x") + "</m:e><m:sub>" + mr("i") + "</m:sub></m:sSub>"
                    + "</m:e></m:nary>" + mr("=") + "<m:d><m:e>" + mr("a+b") + "</m:e></m:d></m:oMath>" + r("。"));
            bytes = Docs.bytes(doc);
        }
        ImportResult r = new DocxImporter().read(new Source("公式.docx", bytes));
        List<Block> b = r.items().get(0).body().blocks();
        assertThat(b.get(0)).isEqualTo(new Block.Paragraph(List.of(new Inline.Text("圆的面积为S=πr^2。"))));
        assertThat(b.get(1)).isEqualTo(new Block.Paragraph(List.of(new Inline.Text("x=(−b±√(b^2−4ac))/(2a)"))));
        assertThat(b.get(2)).isEqualTo(new Block.Paragraph(List.of(new Inline.Text("增长率∑_(i=1)^n x_i=(a+b)。"))));
        String report = r.report().toText();
        assertThat(report).contains("第2行 公式已按线性文字导入（S=πr^2），请核对")
                .contains("第3行 公式已按线性文字导入（x=(−b±√(b^2−4ac))/(2a)）")
                .contains("第4行 公式已按线性文字导入（∑_(i=1)^n x_i=(a+b)）");
    }
}
