package org.annalist.typeset.page;

import org.annalist.i18n.Texts;
import org.annalist.typeset.flow.Line;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.Image;
import org.annalist.typeset.frame.Positioned;
import org.annalist.typeset.style.Template;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A figure's picture as a line of the flow: as wide as the column (never enlarged beyond
 * {@link #MIN_DPI}), no taller than the column allows, its height rounded up to whole grid lines so the
 * text after it stays on the grid, centred in that box. Only the image header is read here.
 */
final class FigureSetter {
    /** Enlarging a small picture further than this makes it visibly blurred in print. */
    static final double MIN_DPI = 150;
    /** Grid lines a picture leaves free in its column (for its caption and the text around it). */
    private static final int FREE_LINES = 4;
    private static final long MAX_BYTES = 80L * 1024 * 1024;

    private final Template t;
    private final Function<String, Path> resolve;
    private final List<String> warnings;

    FigureSetter(Template t, Function<String, Path> resolve, List<String> warnings) {
        this.t = t;
        this.resolve = resolve;
        this.warnings = warnings;
    }

    /** The picture's line one column wide, or null (with a warning naming the image and the problem). */
    Line picture(String source, String caption) {
        return picture(source, caption, t.columnWidth());
    }

    /** The picture's line at most {@code measure} wide (a column, or the text block for 通栏), or null. */
    Line picture(String source, String caption, double measure) {
        String name = caption == null || caption.isBlank() ? source : "“" + caption + "”（" + source + "）";
        Path file;
        try {
            file = resolve.apply(source);
        } catch (RuntimeException e) {
            warnings.add(Texts.get("typeset.figure.unavailable", name, e.getMessage()));
            return null;
        }
        if (file == null || !Files.isRegularFile(file)) {
            warnings.add(file == null ? Texts.get("typeset.figure.noFile", name) : Texts.get("typeset.figure.noFileAt", name, file));
            return null;
        }
        int[] size;
        try {
            if (Files.size(file) > MAX_BYTES) {
                warnings.add(Texts.get("typeset.figure.tooLarge", name, Files.size(file) / (1024 * 1024)));
                return null;
            }
            size = dimensions(file);
        } catch (IOException e) {
            warnings.add(Texts.get("typeset.figure.unreadable", name, e.getMessage()));
            return null;
        }
        if (size == null) {
            warnings.add(Texts.get("typeset.figure.notImage", name));
            return null;
        }
        double pitch = t.linePitch();
        double width = Math.min(measure, size[0] * 72.0 / MIN_DPI);
        double height = width * size[1] / size[0];
        double maxHeight = (t.linesPerColumn() - FREE_LINES) * pitch;
        if (height > maxHeight) {
            width *= maxHeight / height;
            height = maxHeight;
        }
        int steps = Math.max(1, (int) Math.ceil(height / pitch - 1e-9));
        double box = steps * pitch;
        Image img = new Image(file.toAbsolutePath().toString(), width, height);
        Frame f = new Frame("figure", measure, box, 0,
                List.of(new Positioned((measure - width) / 2, (box - height) / 2, img)));
        return new Line(f, steps, List.of());
    }

    /** Width and height in pixels from the header, or null when no reader knows the format. */
    static int[] dimensions(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) return null;
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            while (readers.hasNext()) {
                ImageReader r = readers.next();
                String format = r.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.equals("png") && !format.equals("jpeg") && !format.equals("jpg")) continue;
                try {
                    r.setInput(in);
                    int w = r.getWidth(0);
                    int h = r.getHeight(0);
                    return w > 0 && h > 0 ? new int[]{w, h} : null;
                } finally {
                    r.dispose();
                }
            }
            return null;
        }
    }
}
