import java.awt.*;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.*;
import java.nio.file.*;
import javax.imageio.ImageIO;

/**
 * Draws the program's icon — a red seal with 鉴 in the shipped Noto Serif SC — as installer/annalist.png (256 px,
 * Linux) and installer/annalist.ico (256, 48, 32 and 16 px as PNG entries, Windows). Run from the project root:
 * {@code java installer/MakeIcon.java}.
 */
public class MakeIcon {
    public static void main(String[] args) throws Exception {
        Font serif = Font.createFont(Font.TRUETYPE_FONT, new File("fonts/NotoSerifSC-Regular.ttf"));
        ImageIO.write(draw(256, serif), "png", new File("installer/annalist.png"));
        int[] sizes = {256, 48, 32, 16};
        byte[][] pngs = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            ImageIO.write(draw(sizes[i], serif), "png", b);
            pngs[i] = b.toByteArray();
        }
        try (DataOutputStream o = new DataOutputStream(new FileOutputStream("installer/annalist.ico"))) {
            o.write(le16(0)); o.write(le16(1)); o.write(le16(sizes.length));
            int offset = 6 + 16 * sizes.length;
            for (int i = 0; i < sizes.length; i++) {
                o.write(sizes[i] >= 256 ? 0 : sizes[i]); o.write(sizes[i] >= 256 ? 0 : sizes[i]);
                o.write(0); o.write(0); o.write(le16(1)); o.write(le16(32));
                o.write(le32(pngs[i].length)); o.write(le32(offset));
                offset += pngs[i].length;
            }
            for (byte[] p : pngs) o.write(p);
        }
    }

    static BufferedImage draw(int size, Font serif) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double s = size / 256.0;
        Color red = new Color(0xa6, 0x1b, 0x1b), paper = new Color(0xff, 0xf8, 0xe7);
        g.setColor(red);
        g.fill(new RoundRectangle2D.Double(8 * s, 8 * s, 240 * s, 240 * s, 72 * s, 72 * s));
        if (size >= 32) {
            g.setColor(paper);
            g.setStroke(new BasicStroke((float) Math.max(1, 6 * s)));
            g.draw(new RoundRectangle2D.Double(26 * s, 26 * s, 204 * s, 204 * s, 44 * s, 44 * s));
        }
        g.setColor(paper);
        g.setFont(serif.deriveFont(Font.PLAIN, (float) (size >= 32 ? 160 * s : 200 * s)));
        FontMetrics m = g.getFontMetrics();
        String t = "鉴";
        int w = m.stringWidth(t);
        g.drawString(t, (size - w) / 2f, size / 2f + (m.getAscent() - m.getDescent()) / 2f);
        g.dispose();
        return img;
    }

    static byte[] le16(int v) { return new byte[]{(byte) v, (byte) (v >> 8)}; }

    static byte[] le32(int v) { return new byte[]{(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)}; }
}
