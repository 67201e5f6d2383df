package org.annalist.typeset.inline;

import java.util.List;
import java.util.Locale;

/**
 * A composed paragraph: its lines (each with a line frame on the baseline grid), the style used, and warnings
 * in Chinese for anything the composer had to work around (缺字, stripped characters, over-long runs).
 */
public record ComposedParagraph(List<ComposedLine> lines, ParagraphStyle style, List<String> warnings) {
    public ComposedParagraph {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }

    /** Total height: the sum of the line frames' heights (whole grid steps). */
    public double height() {
        double h = 0;
        for (ComposedLine l : lines) h += l.frame().height();
        return h;
    }

    /** One line per line: {@code |text| 24.00em r=-0.12}, widths in em of the body size, for tests and debugging. */
    public String dump() {
        StringBuilder sb = new StringBuilder();
        for (ComposedLine l : lines) {
            sb.append('|').append(l.text()).append("| ")
                    .append(String.format(Locale.ROOT, "%.2fem r=%.2f", l.width() / style.bodySize(), l.ratio()));
            if (l.overfull()) sb.append(" overfull");
            sb.append('\n');
        }
        return sb.toString();
    }
}
