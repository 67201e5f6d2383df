package org.annalist.importer.docx;

import static org.annalist.importer.docx.LibreOfficeFilesTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.annalist.doc.Block;
import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * EMF and WMF pictures (made by LibreOffice Draw from an SVG drawing: a frame, a red square, a blue circle) inside a
 * Word file become PNG attachments the typesetter can place; a damaged one is kept as it is, with a warning.
 */
class MetafileTest {

    private static byte[] docx(byte[] picture, PictureType type, String name) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            Docs.centred(doc, "矢量图测试", "黑体", 16, true);
            Docs.para(doc, "下图为示意图。");
            doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(picture), type, name,
                    Units.toEMU(200), Units.toEMU(100));
            Docs.para(doc, "图1 示意图");
            return Docs.bytes(doc);
        }
    }

    private static void assertRendered(ImportResult r, String what) throws Exception {
        List<Block> b = r.items().get(0).body().blocks();
        assertThat(b).hasSize(2);
        Block.Figure f = (Block.Figure) b.get(1);
        assertThat(f.source()).isEqualTo("attachment:new/0");
        assertThat(r.attachments()).hasSize(1);
        ImportResult.Attachment a = r.attachments().get(0);
        assertThat(a.mediaType()).isEqualTo("image/png");
        assertThat(a.name()).endsWith(".png");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(a.bytes()));
        // kept for a person to look at
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/test-output"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/test-output/metafile-" + what + ".png"), a.bytes());

        // the drawing (400×200 px of 1/96 inch: 300×150 points, less the margin LibreOffice trims) at 200 dpi
        assertThat(img.getWidth()).isBetween(700, 900);
        assertThat(img.getHeight()).isBetween(350, 450);
        // the drawing is there: red in the square's middle, blue in the circle's, white between
        int red = img.getRGB(img.getWidth() * 100 / 400, img.getHeight() / 2);
        int blue = img.getRGB(img.getWidth() * 280 / 400, img.getHeight() / 2);
        int white = img.getRGB(img.getWidth() * 200 / 400, img.getHeight() / 2);
        assertThat((red >> 16) & 0xFF).isGreaterThan(150);
        assertThat(red & 0xFF).isLessThan(80);
        assertThat(blue & 0xFF).isGreaterThan(150);
        assertThat((blue >> 16) & 0xFF).isLessThan(80);
        assertThat(white & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(r.report().toText()).contains("（" + what + " 矢量图）").contains("已转为 PNG 图片").contains("图片 1 幅");
    }

    @Test
    void emfBecomesPng() throws Exception {
        ImportResult r = new DocxImporter().read(new Source("矢量图.docx", docx(resource("lo-drawing.emf"), PictureType.EMF, "drawing.emf")));
        assertRendered(r, "EMF");
    }

    @Test
    void wmfBecomesPng() throws Exception {
        ImportResult r = new DocxImporter().read(new Source("矢量图.docx", docx(resource("lo-drawing.wmf"), PictureType.WMF, "drawing.wmf")));
        assertRendered(r, "WMF");
    }

    @Test
    void aDamagedMetafileIsKeptWithAWarning() throws Exception {
        byte[] emf = resource("lo-drawing.emf");
        byte[] damaged = java.util.Arrays.copyOf(emf, 60); // the header's start only
        ImportResult r = new DocxImporter().read(new Source("坏图.docx", docx(damaged, PictureType.EMF, "broken.emf")));
        assertThat(r.attachments()).hasSize(1);
        assertThat(r.attachments().get(0).mediaType()).contains("emf");
        assertThat(r.report().toText()).contains("是 EMF 矢量图，无法转为 PNG（").contains("已按原格式作为附件保存");
    }
}
