package org.annalist.typeset.frame;

/**
 * An item at ({@code x}, {@code y}) from the frame's top-left corner, in points, y growing downwards.
 * For a glyph run the point is the left end of its baseline.
 */
public record Positioned(double x, double y, FrameItem item) {
}
