package org.annalist.typeset.page;

import org.annalist.typeset.font.FontBook;
import org.annalist.typeset.font.FontRole;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.Positioned;

import java.util.ArrayList;
import java.util.List;

/**
 * A line "text ······ 页码" across a measure: the text at the left (after an indent), the number flush
 * right, and leader dots between them on a fixed half-em grid so the dots of all lines align.
 */
final class Leaders {
    private static final String DOT = "·";

    private Leaders() {
    }

    static Frame line(FontBook fonts, FontRole role, double size, double indent, String text, String number,
                      double measure, double height) {
        Frame left = SimpleLine.set(fonts, role, size, 0, text, height);
        Frame right = SimpleLine.set(fonts, role, size, 0, number, height);
        List<Positioned> items = new ArrayList<>();
        items.add(new Positioned(indent, 0, left));
        double numberX = measure - right.width();
        double step = size / 2;
        double from = indent + left.width() + step;
        double to = numberX - step;
        Frame dot = SimpleLine.set(fonts, FontRole.SONG, size, 0, DOT, height);
        for (double x = Math.ceil(from / step) * step; x + dot.width() <= to; x += step) {
            items.add(new Positioned(x, 0, dot));
        }
        items.add(new Positioned(numberX, 0, right)); // last, so extracted text reads "标题……页码"
        return new Frame("line", measure, height, left.baseline(), items);
    }
}
