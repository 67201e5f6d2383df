package org.annalist.export.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.function.PDFunctionType2;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;

import java.io.IOException;

/**
 * The boxes of one exported page. Without crop marks the sheet is the trimmed page. With them the
 * MediaBox grows by the bleed plus room for the marks, TrimBox and BleedBox tell the printer where to cut
 * and how far art may run, and the marks are drawn outside the bleed so they never print on the page.
 */
final class PageGeometry {
    static final double MM = 72 / 25.4;
    static final double BLEED = PdfOptions.BLEED_MM * MM;
    /** Marks begin this far outside the trim (at the bleed edge) and run this long. */
    private static final double MARK_OFFSET = BLEED;
    private static final double MARK_LENGTH = 5 * MM;
    private static final double SLUG = MARK_OFFSET + MARK_LENGTH + 2 * MM;
    private static final float MARK_WIDTH = 0.25f;

    final double width;
    final double height;
    final double margin;

    PageGeometry(double width, double height, boolean cropMarks) {
        if (!(width > 0 && height > 0)) throw new IllegalArgumentException("page size " + width + " × " + height);
        this.width = width;
        this.height = height;
        this.margin = cropMarks ? SLUG : 0;
    }

    /** PDF x of the trim's left edge. */
    double originX() {
        return margin;
    }

    /** PDF y of the trim's top edge. */
    double originTop() {
        return margin + height;
    }

    PDPage newPage() {
        PDPage page = new PDPage(new PDRectangle((float) (width + 2 * margin), (float) (height + 2 * margin)));
        if (margin > 0) {
            page.setTrimBox(new PDRectangle((float) margin, (float) margin, (float) width, (float) height));
            page.setBleedBox(new PDRectangle((float) (margin - BLEED), (float) (margin - BLEED),
                    (float) (width + 2 * BLEED), (float) (height + 2 * BLEED)));
        }
        return page;
    }

    /** Draws the eight corner marks in registration colour (all separations), so they show on every plate. */
    void drawCropMarks(ContentBuffer cs, org.apache.pdfbox.cos.COSName colourSpace, PDColor registration) {
        if (margin == 0) return;
        cs.op("q");
        cs.name(colourSpace).op("CS");
        for (float c : registration.getComponents()) cs.number(c);
        cs.op("SCN");
        cs.number(MARK_WIDTH).op("w");
        double left = margin;
        double right = margin + width;
        double bottom = margin;
        double top = margin + height;
        for (double x : new double[]{left, right}) {
            double dir = x == left ? -1 : 1;
            for (double y : new double[]{bottom, top}) {
                double vdir = y == bottom ? -1 : 1;
                line(cs, x + dir * MARK_OFFSET, y, x + dir * (MARK_OFFSET + MARK_LENGTH), y);
                line(cs, x, y + vdir * MARK_OFFSET, x, y + vdir * (MARK_OFFSET + MARK_LENGTH));
            }
        }
        cs.op("Q");
    }

    private static void line(ContentBuffer cs, double x0, double y0, double x1, double y1) {
        cs.number(x0).number(y0).op("m");
        cs.number(x1).number(y1).op("l");
        cs.op("S");
    }

    /**
     * Separation /All with a DeviceGray alternate (tint 1 → black). Gray rather than CMYK keeps the
     * marks legal in PDF/A-2b under an sRGB output intent.
     */
    static PDColor registrationColour() {
        COSDictionary fn = new COSDictionary();
        fn.setInt(COSName.FUNCTION_TYPE, 2);
        fn.setItem(COSName.DOMAIN, array(0, 1));
        fn.setItem(COSName.C0, array(1));
        fn.setItem(COSName.C1, array(0));
        fn.setItem(COSName.N, COSInteger.ONE);
        PDSeparation all = new PDSeparation();
        all.setColorantName("All");
        all.setAlternateColorSpace(PDDeviceGray.INSTANCE);
        all.setTintTransform(new PDFunctionType2(fn));
        return new PDColor(new float[]{1}, all);
    }

    private static COSArray array(float... values) {
        COSArray a = new COSArray();
        for (float v : values) a.add(new COSFloat(v));
        return a;
    }
}
