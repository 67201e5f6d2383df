package org.annalist.importer.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;

import javax.imageio.ImageIO;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Builds real .docx files with POI for the tests (no fixtures checked in, no mocks). */
final class Docs {
    private Docs() {
    }

    static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        doc.close();
        return out.toByteArray();
    }

    /** A paragraph style with the given id and name (as Word and WPS store "heading 1" / "标题 1"). */
    static void style(XWPFDocument doc, String id, String name) {
        XWPFStyles styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        styles.addStyle(new XWPFStyle(s));
    }

    static XWPFParagraph para(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (!text.isEmpty()) p.createRun().setText(text);
        return p;
    }

    static final String W_NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\""
            + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"";

    /**
     * A paragraph written as Word writes it, from WordprocessingML inside w:p (prefixes w:, m:, w14: declared):
     * for what POI's generated classes in poi-ooxml-lite cannot build (moves, equations, revision marks).
     */
    static XWPFParagraph xml(XWPFDocument doc, String inner) throws Exception {
        XWPFParagraph p = doc.createParagraph();
        p.getCTP().set(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP.Factory.parse("<xml-fragment " + W_NS + ">" + inner + "</xml-fragment>"));
        return p;
    }

    /** A run of plain text in WordprocessingML. */
    static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    static XWPFParagraph styled(XWPFDocument doc, String styleId, String text) {
        XWPFParagraph p = para(doc, text);
        p.setStyle(styleId);
        return p;
    }

    /** A run in 黑体 (East Asian font) of the given size, bold when asked: how 公文 headings are typed by hand. */
    static XWPFRun run(XWPFParagraph p, String text, String eastAsiaFont, int sizePt, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        if (eastAsiaFont != null) r.setFontFamily(eastAsiaFont, XWPFRun.FontCharRange.eastAsia);
        if (sizePt > 0) r.setFontSize(sizePt);
        r.setBold(bold);
        return r;
    }

    static XWPFParagraph centred(XWPFDocument doc, String text, String font, int size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, font, size, bold);
        return p;
    }

    /** A numbering definition with one level in the given format and level text; returns the w:numId. */
    static BigInteger numbering(XWPFDocument doc, STNumberFormat.Enum fmt, String levelText) {
        XWPFNumbering numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size()));
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(fmt);
        lvl.addNewLvlText().setVal(levelText);
        BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        return numbering.addNum(absId);
    }

    static void picture(XWPFRun run, String name, int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        run.addPicture(new ByteArrayInputStream(png.toByteArray()), PictureType.PNG, name, Units.toEMU(w), Units.toEMU(h));
    }

    /** The docx encrypted with a password as Word does it (agile encryption in an OLE2 container). */
    static byte[] encrypt(byte[] docx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(docx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
