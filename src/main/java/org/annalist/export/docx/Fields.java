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

    // the same fields written as XML text into a paragraph of the body ({@link Para}): each a direct run

    private static final String BEGIN = "<w:fldChar w:fldCharType=\"begin\"/>";
    private static final String SEPARATE = "<w:fldChar w:fldCharType=\"separate\"/>";
    private static final String END = "<w:fldChar w:fldCharType=\"end\"/>";

    /** A whole field; {@code result} null for a field without one (XE). Returns the result's run (its text may be set later), or null. */
    static Para.Run complex(Para p, String instruction, String result) {
        begin(p, instruction);
        Para.Run r = null;
        if (result != null) {
            separate(p);
            r = p.add(Para.Run.text("", result));
        }
        end(p);
        return r;
    }

    static void begin(Para p, String instruction) {
        p.add(Para.Run.other("", BEGIN));
        p.add(Para.Run.other("", Xml.text(new StringBuilder("<w:instrText xml:space=\"preserve\">"), " " + instruction + " ")
                .append("</w:instrText>").toString()));
    }

    static void separate(Para p) {
        p.add(Para.Run.other("", SEPARATE));
    }

    static void end(Para p) {
        p.add(Para.Run.other("", END));
    }
}
