package org.annalist.importer.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.annalist.doc.Block;
import org.annalist.i18n.Texts;
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
        String what = img.name();
        if (img.bytes().length > MAX_IMAGE_BYTES) {
            ctx.report.warning(paragraph, Texts.get("report.docx.largePicture", what,
                    String.format("%.1f", img.bytes().length / 1024.0 / 1024.0), MAX_IMAGE_BYTES / 1024 / 1024));
            return null;
        }
        String metafile = Metafiles.kind(img);
        if (metafile != null) {
            int[] px = new int[2];
            try {
                byte[] png = Metafiles.png(img, px);
                ctx.report.detected(paragraph, Texts.get("report.figure.vector", what, metafile),
                        Texts.get("report.figure.converted", px[0], px[1]));
                String base = img.name().contains(".") ? img.name().substring(0, img.name().lastIndexOf('.')) : img.name();
                img = new Image(base + ".png", "image/png", png, img.widthEmu(), img.heightEmu(), img.description(), img.title());
            } catch (Metafiles.RenderException e) {
                ctx.report.warning(paragraph, Texts.get("report.figure.notConverted", what, metafile, e.getMessage()));
            }
        }
        boolean raster = img.mediaType().equals("image/png") || img.mediaType().equals("image/jpeg");
        if (raster) {
            long[] size = pixels(img.bytes());
            if (size == null) {
                ctx.report.warning(paragraph, Texts.get("report.figure.damaged", what));
                return null;
            }
            if (size[0] * size[1] > MAX_PIXELS) {
                ctx.report.warning(paragraph, Texts.get("report.figure.tooManyPixels", what, size[0], size[1]));
                return null;
            }
        } else if (Metafiles.kind(img) == null) { // a metafile that could not be rendered was reported above
            ctx.report.warning(paragraph, Texts.get("report.figure.format", what, img.mediaType()));
        }
        int index = ctx.attachments.size();
        ctx.attachments.add(new ImportResult.Attachment(img.name(), img.mediaType(), img.bytes()));
        ctx.images++;
        if (img.widthEmu() > 0 && img.heightEmu() > 0) {
            ctx.report.detected(paragraph, Texts.get("report.figure.size", what), Texts.get("report.figure.sizeValue",
                    String.format("%.1f", img.widthEmu() / 360000.0), String.format("%.1f", img.heightEmu() / 360000.0)));
        }
        if (caption.isEmpty()) {
            // Word's alt text (说明文字) is often the only caption an author gave a picture; a bare file name, which
            // Word and other writers put there by default, is not one.
            String alt = altText(img);
            if (alt.isEmpty() || FILE_NAME.matcher(alt).matches()) {
                ctx.report.warning(paragraph, Texts.get("report.figure.noCaption", what));
            } else if (GENERATED.matcher(alt).matches()) {
                ctx.report.warning(paragraph, Texts.get("report.figure.noCaptionGenerated", what, alt));
            } else {
                caption = List.of(new Inline.Text(alt));
                ctx.report.detected(paragraph, Texts.get("report.figure.altCaption", what), alt);
            }
        } else {
            String alt = altText(img);
            if (!alt.isEmpty() && !FILE_NAME.matcher(alt).matches() && !Inlines.plainText(caption).contains(alt)) {
                ctx.report.detected(paragraph, Texts.get("report.figure.altKept", what), alt);
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
