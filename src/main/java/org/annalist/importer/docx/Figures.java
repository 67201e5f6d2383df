package org.annalist.importer.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.annalist.doc.Block;
import org.annalist.doc.Inline;
import org.annalist.doc.Inlines;
import org.annalist.importer.ImportResult;
import org.annalist.importer.docx.WordModel.Image;

/**
 * Embedded pictures → attachments plus a {@link Block.Figure} pointing at them ({@code attachment:new/<n>}, see
 * {@link ImportResult}). Pictures beyond the limits are left out with a warning rather than failing the file:
 * the text is what the editor needs first, and a 300-megapixel scan would exhaust memory when typeset.
 */
final class Figures {
    static final long MAX_IMAGE_BYTES = 50L * 1024 * 1024;
    static final long MAX_PIXELS = 120_000_000L;
    private static final java.util.regex.Pattern FILE_NAME =
            java.util.regex.Pattern.compile("(?i)^\\S+\\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp)$");
    /** Alt text Word 365 writes by itself ("图片包含 文本 描述已自动生成"): not the author's caption. */
    private static final java.util.regex.Pattern GENERATED =
            java.util.regex.Pattern.compile("(?i).*(?:描述已自动生成|自动生成的描述|automatically generated).*");

    private Figures() {
    }

    /** The figure for the image, or null when it was refused (reported). */
    static Block.Figure figure(Image img, List<Inline> caption, int paragraph, MapContext ctx) {
        String what = "图片“" + img.name() + "”";
        if (img.bytes().length > MAX_IMAGE_BYTES) {
            ctx.report.warning(paragraph, what + "有 " + String.format("%.1f", img.bytes().length / 1024.0 / 1024.0) + " MB，超过 "
                    + MAX_IMAGE_BYTES / 1024 / 1024 + " MB，未导入（文字照常导入）；请压缩后单独添加");
            return null;
        }
        String metafile = Metafiles.kind(img);
        if (metafile != null) {
            int[] px = new int[2];
            try {
                byte[] png = Metafiles.png(img, px);
                ctx.report.detected(paragraph, what + "（" + metafile + " 矢量图）", "已转为 PNG 图片（" + px[0] + "×" + px[1]
                        + " 像素）以便排版；矢量原图在原稿附件中，印刷要求高时请换用原图导出的高清图");
                String base = img.name().contains(".") ? img.name().substring(0, img.name().lastIndexOf('.')) : img.name();
                img = new Image(base + ".png", "image/png", png, img.widthEmu(), img.heightEmu(), img.description(), img.title());
            } catch (Metafiles.RenderException e) {
                ctx.report.warning(paragraph, what + "是 " + metafile + " 矢量图，无法转为 PNG（" + e.getMessage()
                        + "），已按原格式作为附件保存，暂不能排版；请在 Word 中把它另存为 PNG 图片后替换");
            }
        }
        boolean raster = img.mediaType().equals("image/png") || img.mediaType().equals("image/jpeg");
        if (raster) {
            long[] size = pixels(img.bytes());
            if (size == null) {
                ctx.report.warning(paragraph, what + "已损坏，无法读取，未导入");
                return null;
            }
            if (size[0] * size[1] > MAX_PIXELS) {
                ctx.report.warning(paragraph, what + "像素过多（" + size[0] + "×" + size[1] + "），未导入；请缩小后单独添加");
                return null;
            }
        } else if (Metafiles.kind(img) == null) { // a metafile that could not be rendered was reported above
            ctx.report.warning(paragraph, what + "的格式（" + img.mediaType() + "）暂不能排版，已作为附件保存，请转换为 PNG 或 JPEG");
        }
        int index = ctx.attachments.size();
        ctx.attachments.add(new ImportResult.Attachment(img.name(), img.mediaType(), img.bytes()));
        ctx.images++;
        if (img.widthEmu() > 0 && img.heightEmu() > 0) {
            ctx.report.detected(paragraph, what + "（版面尺寸）",
                    String.format("%.1f×%.1f 厘米", img.widthEmu() / 360000.0, img.heightEmu() / 360000.0));
        }
        if (caption.isEmpty()) {
            // Word's alt text (说明文字) is often the only caption an author gave a picture; a bare file name, which
            // Word and other writers put there by default, is not one.
            String alt = altText(img);
            if (alt.isEmpty() || FILE_NAME.matcher(alt).matches()) {
                ctx.report.warning(paragraph, what + "没有图注，请补充");
            } else if (GENERATED.matcher(alt).matches()) {
                ctx.report.warning(paragraph, what + "没有图注，请补充（替代文字是 Word 自动生成的：" + alt + "）");
            } else {
                caption = List.of(new Inline.Text(alt));
                ctx.report.detected(paragraph, what + "的替代文字→图注（请核对）", alt);
            }
        } else {
            String alt = altText(img);
            if (!alt.isEmpty() && !FILE_NAME.matcher(alt).matches() && !Inlines.plainText(caption).contains(alt)) {
                ctx.report.detected(paragraph, what + "的替代文字（已有图注，未用作图注）", alt);
            }
        }
        return new Block.Figure(ImportResult.NEW_ATTACHMENT + index, caption);
    }

    /** The picture's title and description as Word keeps them (title first), one line; empty when none. */
    static String altText(Image img) {
        String title = img.title() == null ? "" : img.title().strip();
        String descr = img.description() == null ? "" : img.description().strip();
        String text;
        if (title.isEmpty() || descr.startsWith(title)) text = descr;
        else if (descr.isEmpty()) text = title;
        else text = title + "：" + descr;
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** Width and height read from the header only (no decoding), or null when unreadable. */
    private static long[] pixels(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) return null;
            ImageReader r = readers.next();
            try {
                r.setInput(in, true, true);
                return new long[] {r.getWidth(0), r.getHeight(0)};
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
