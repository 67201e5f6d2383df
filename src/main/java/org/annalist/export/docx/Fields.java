package org.annalist.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

import java.util.function.Consumer;

/**
 * Word fields (STYLEREF, PAGE, PAGEREF, TOC, XE) as begin – instruction – separate – result – end, with a result
 * already filled in so that a reader that does not update fields still shows something true.
 */
final class Fields {
    private Fields() {
    }

    /**
     * A whole field in one paragraph; {@code result} null for a field without a result (XE). Returns the run holding
     * the result (its text may be set later, once the result is known), or null.
     */
    static XWPFRun complex(XWPFParagraph p, String instruction, String result, Consumer<XWPFRun> style) {
        begin(p, instruction, style);
        XWPFRun r = null;
        if (result != null) {
            separate(p);
            r = p.createRun();
            style.accept(r);
            r.setText(result);
        }
        end(p);
        return r;
    }

    /** The field's start and instruction (a field may end in a later paragraph: TOC, INDEX). */
    static void begin(XWPFParagraph p, String instruction, Consumer<XWPFRun> style) {
        XWPFRun b = p.createRun();
        style.accept(b);
        b.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun i = p.createRun();
        style.accept(i);
        CTText t = i.getCTR().addNewInstrText();
        t.setStringValue(" " + instruction + " ");
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    static void separate(XWPFParagraph p) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    static void end(XWPFParagraph p) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
