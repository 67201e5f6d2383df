package org.annalist.typeset.page;

import java.util.List;

/**
 * 开本: which full sheet of printing paper, folded how many times, gives a trimmed page of the book's size —
 * 185×260 mm is 16开 of 787×1092 mm paper (正度), 210×285 mm 大16开 of 889×1194 mm (大度). A piece of the sheet
 * must exceed the trimmed page by a trimming allowance on both sides.
 */
public record PaperFormat(int sheetWidth, int sheetHeight, int fold) {
    /** Full sheets in use in Chinese book printing (mm). */
    private static final List<int[]> SHEETS = List.of(
            new int[]{787, 1092}, new int[]{850, 1168}, new int[]{880, 1230}, new int[]{889, 1194}, new int[]{890, 1240});
    /** Each fold as columns × rows of pieces on the sheet. */
    private static final int[][] FOLDS = {{2, 2}, {2, 4}, {4, 2}, {4, 4}, {4, 8}, {8, 4}, {8, 8}};
    private static final double MIN_TRIM = 3;
    private static final double MAX_TRIM = 20;

    /** The format of a trimmed page {@code width}×{@code height} mm, or null when no common sheet gives it. */
    public static PaperFormat of(double width, double height) {
        double shortSide = Math.min(width, height);
        double longSide = Math.max(width, height);
        PaperFormat best = null;
        double bestWaste = Double.MAX_VALUE;
        for (int[] sheet : SHEETS) {
            for (int[] fold : FOLDS) {
                double a = (double) sheet[0] / fold[0];
                double b = (double) sheet[1] / fold[1];
                double pieceShort = Math.min(a, b);
                double pieceLong = Math.max(a, b);
                double t1 = pieceShort - shortSide;
                double t2 = pieceLong - longSide;
                if (t1 < MIN_TRIM || t1 > MAX_TRIM || t2 < MIN_TRIM || t2 > MAX_TRIM) continue;
                if (t1 + t2 < bestWaste) {
                    bestWaste = t1 + t2;
                    best = new PaperFormat(sheet[0], sheet[1], fold[0] * fold[1]);
                }
            }
        }
        return best;
    }

    /** As a 版权页 prints it: "787 mm×1092 mm　1/16". */
    public String label() {
        return sheetWidth + " mm×" + sheetHeight + " mm　1/" + fold;
    }
}
