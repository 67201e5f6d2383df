package org.annalist.importer.docx;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.annalist.importer.docx.WordModel.Image;
import org.apache.poi.hemf.usermodel.HemfPicture;
import org.apache.poi.hwmf.usermodel.HwmfPicture;

/**
 * Windows metafiles (EMF, WMF: what Word keeps for pasted charts, Visio drawings and old clip art) rendered to PNG,
 * since the typesetter places PNG and JPEG only. POI draws them with Java2D (no screen needed). The picture is
 * rendered at {@link #DPI} from its own size, or from its size on the page when the file has none, and never
 * larger than {@link #MAX_SIDE} pixels a side.
 */
final class Metafiles {
    static final double DPI = 200;
    static final int MAX_SIDE = 2400;

    /** A rendering that did not work, with the reason for the editor. */
    static final class RenderException extends Exception {
        /** {@code reason}: the key of a message saying why, in the language of messages. */
        RenderException(String reason, Throwable cause) {
            super(org.annalist.i18n.Texts.get(reason), cause);
        }
    }

    private Metafiles() {
    }

    /** "EMF", "WMF", or null when the picture is no metafile (by media type, name or signature). */
    static String kind(Image img) {
        String type = img.mediaType().toLowerCase(Locale.ROOT), name = img.name().toLowerCase(Locale.ROOT);
        byte[] b = img.bytes();
        if (type.contains("emf") || name.endsWith(".emf")
                || (b.length > 44 && b[0] == 1 && b[1] == 0 && b[2] == 0 && b[3] == 0 && b[40] == ' ' && b[41] == 'E' && b[42] == 'M' && b[43] == 'F')) {
            return "EMF";
        }
        if (type.contains("wmf") || name.endsWith(".wmf")
                || (b.length > 4 && (b[0] & 0xFF) == 0xD7 && (b[1] & 0xFF) == 0xCD && (b[2] & 0xFF) == 0xC6 && (b[3] & 0xFF) == 0x9A)) {
            return "WMF";
        }
        return null;
    }

    /** The metafile as PNG bytes; {@code pixels} receives the width and height. */
    static byte[] png(Image img, int[] pixels) throws RenderException {
        boolean emf = "EMF".equals(kind(img));
        try {
            Dimension2D size;
            HemfPicture e = null;
            HwmfPicture w = null;
            if (emf) {
                e = new HemfPicture(new ByteArrayInputStream(windowToBounds(img.bytes())));
                size = e.getSize();
            } else {
                w = new HwmfPicture(new ByteArrayInputStream(img.bytes()));
                size = w.getSize();
            }
            double wPt = size == null ? 0 : size.getWidth(), hPt = size == null ? 0 : size.getHeight();
            if (!(wPt > 0 && hPt > 0) && img.widthEmu() > 0 && img.heightEmu() > 0) {
                wPt = img.widthEmu() / 12700.0;
                hPt = img.heightEmu() / 12700.0;
            }
            if (!(wPt > 0 && hPt > 0)) throw new RenderException("report.figure.noSize", null);
            double scale = Math.min(DPI / 72, MAX_SIDE / Math.max(wPt, hPt));
            int width = Math.max(1, (int) Math.round(wPt * scale)), height = Math.max(1, (int) Math.round(hPt * scale));
            BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                Rectangle2D box = new Rectangle2D.Double(0, 0, width, height);
                if (e != null) e.draw(g, box);
                else w.draw(g, box);
            } finally {
                g.dispose();
            }
            if (blank(out)) throw new RenderException("report.figure.blank", null);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(out, "png", bytes);
            pixels[0] = width;
            pixels[1] = height;
            return bytes.toByteArray();
        } catch (RenderException ex) {
            throw ex;
        } catch (IOException | RuntimeException | StackOverflowError ex) {
            // POI throws many runtime types on damaged or unusual records; the picture is then kept as it is.
            throw new RenderException("report.figure.badRecords", ex);
        }
    }

    private static final int EMR_SETWINDOWEXTEX = 9, EMR_SETVIEWPORTEXTEX = 11;

    /**
     * POI 5.3 maps an EMF's window extent onto the whole picture and then scales once more by viewport ÷ window;
     * EMFs from LibreOffice (and Office charts) set a viewport of, say, 96 device units per 2540 window units, so
     * the drawing came out a small fraction of its size in the top-left corner. The copy returned sets the first
     * window extent to the window that really covers the picture's device bounds (bounds × window ÷ viewport) and
     * the viewport extent equal to it, so POI draws what GDI shows. A file without both extents is unchanged.
     */
    static byte[] windowToBounds(byte[] emf) {
        if (emf.length < 88) return emf;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(emf.clone()).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        long boundsW = (long) b.getInt(16) - b.getInt(8) + 1, boundsH = (long) b.getInt(20) - b.getInt(12) + 1;
        int window = -1, viewport = -1;
        for (int pos = 0; pos + 16 <= emf.length && (window < 0 || viewport < 0); ) {
            int type = b.getInt(pos), size = b.getInt(pos + 4);
            if (size < 8 || (long) pos + size > emf.length) break;
            if (type == EMR_SETWINDOWEXTEX && window < 0) window = pos;
            if (type == EMR_SETVIEWPORTEXTEX && viewport < 0) viewport = pos;
            pos += size;
        }
        if (window < 0 || viewport < 0 || boundsW <= 0 || boundsH <= 0) return emf;
        int wx = b.getInt(window + 8), wy = b.getInt(window + 12), vx = b.getInt(viewport + 8), vy = b.getInt(viewport + 12);
        if (wx == 0 || wy == 0 || vx == 0 || vy == 0) return emf;
        int nx = (int) Math.round((double) boundsW * wx / vx), ny = (int) Math.round((double) boundsH * wy / vy);
        b.putInt(window + 8, nx);
        b.putInt(window + 12, ny);
        b.putInt(viewport + 8, nx);
        b.putInt(viewport + 12, ny);
        return b.array();
    }

    /** Every pixel white: nothing was drawn (records POI does not render, or an empty picture). */
    private static boolean blank(BufferedImage img) {
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) return false;
            }
        }
        return true;
    }
}
