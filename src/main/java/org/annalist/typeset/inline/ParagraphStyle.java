package org.annalist.typeset.inline;

/**
 * How a paragraph is composed. {@code measure} is the line length in pt (usually a whole number of characters ×
 * {@code bodySize}); {@code indentEm} the first-line indent in em of the body size (R11: 2); {@code linePitch}
 * the constant baseline-to-baseline distance (the grid); {@code hanLatinSpaceEm} the space between Han and Latin
 * letters or digits (R9: ¼ em).
 */
public record ParagraphStyle(double measure, double bodySize, double indentEm, PunctuationStyle punctuation,
                             ProhibitionLevel prohibition, double linePitch, BreakAlgorithm algorithm,
                             double hanLatinSpaceEm) {
    public ParagraphStyle {
        if (!(measure > 0) || !(bodySize > 0) || !(linePitch > 0) || Double.isInfinite(measure)) {
            throw new IllegalArgumentException("measure, body size and line pitch must be positive");
        }
        if (!(indentEm >= 0) || !(hanLatinSpaceEm >= 0)) throw new IllegalArgumentException("negative indent or spacing");
        if (punctuation == null || prohibition == null || algorithm == null) throw new IllegalArgumentException("missing option");
    }

    /**
     * Body text of {@code charsPerLine} characters of {@code bodySize} pt: 2-em indent, 全角 punctuation, GB
     * prohibitions, line pitch 1.5 × body size, Knuth–Plass, ¼-em Han–Latin space.
     */
    public static ParagraphStyle body(int charsPerLine, double bodySize) {
        return new ParagraphStyle(charsPerLine * bodySize, bodySize, 2, PunctuationStyle.QUANJIAO, ProhibitionLevel.GB,
                bodySize * 1.5, BreakAlgorithm.TOTAL_FIT, 0.25);
    }

    public ParagraphStyle withMeasure(double m) {
        return new ParagraphStyle(m, bodySize, indentEm, punctuation, prohibition, linePitch, algorithm, hanLatinSpaceEm);
    }

    public ParagraphStyle withIndent(double em) {
        return new ParagraphStyle(measure, bodySize, em, punctuation, prohibition, linePitch, algorithm, hanLatinSpaceEm);
    }

    public ParagraphStyle withPunctuation(PunctuationStyle p) {
        return new ParagraphStyle(measure, bodySize, indentEm, p, prohibition, linePitch, algorithm, hanLatinSpaceEm);
    }

    public ParagraphStyle withProhibition(ProhibitionLevel p) {
        return new ParagraphStyle(measure, bodySize, indentEm, punctuation, p, linePitch, algorithm, hanLatinSpaceEm);
    }

    public ParagraphStyle withLinePitch(double pitch) {
        return new ParagraphStyle(measure, bodySize, indentEm, punctuation, prohibition, pitch, algorithm, hanLatinSpaceEm);
    }

    public ParagraphStyle withAlgorithm(BreakAlgorithm a) {
        return new ParagraphStyle(measure, bodySize, indentEm, punctuation, prohibition, linePitch, a, hanLatinSpaceEm);
    }

    public ParagraphStyle withHanLatinSpace(double em) {
        return new ParagraphStyle(measure, bodySize, indentEm, punctuation, prohibition, linePitch, algorithm, em);
    }

    double indent() {
        return indentEm * bodySize;
    }
}
