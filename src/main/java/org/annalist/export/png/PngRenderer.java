package org.annalist.export.png;

import org.annalist.i18n.LocalizedIOException;
import org.annalist.i18n.Localized;
import org.annalist.export.SkippedCharacters;
import org.annalist.typeset.frame.Frame;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Renders a frame to an image at a given resolution: white background, antialiased, one pixel per
 * {@code 72 / dpi} points. Works headless. One renderer keeps its fonts loaded; reuse it across pages.
 */
public final class PngRenderer {
    private final FramePainter painter = new FramePainter();

    /** Pixels for {@code points} at {@code dpi}, rounded up so the whole frame fits. */
    public static int pixels(double points, double dpi) {
        return (int) Math.ceil(points * dpi / 72 - 1e-9);
    }

    public BufferedImage render(Frame frame, double dpi) throws IOException {
        return render(frame, dpi, new SkippedCharacters());
    }

    public BufferedImage render(Frame frame, double dpi, SkippedCharacters skipped) throws IOException {
        if (!(dpi > 0)) throw new IllegalArgumentException("dpi " + dpi);
        int w = Math.max(1, pixels(frame.width(), dpi));
        int h = Math.max(1, pixels(frame.height(), dpi));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(dpi / 72, dpi / 72);
            painter.paint(g, frame, skipped);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Renders and writes a PNG file; returns the characters that had to be skipped. */
    public SkippedCharacters write(Frame frame, double dpi, Path out) throws IOException {
        SkippedCharacters skipped = new SkippedCharacters();
        BufferedImage image = render(frame, dpi, skipped);
        try {
            if (!ImageIO.write(image, "png", out.toFile())) throw new IOException("PNG writer missing");
        } catch (IOException e) {
            throw new LocalizedIOException(Localized.of("export.unwritable", out.toAbsolutePath(), e.getMessage()), e);
        }
        return skipped;
    }
}
