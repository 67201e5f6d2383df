package org.annalist.typeset.frame;

/**
 * A raster image (PNG or JPEG) from a file, drawn scaled into {@code width} × {@code height} points; its
 * position is its top-left corner. Frames refer to the file rather than holding the bytes, so a book with
 * many photographs stays small in memory.
 */
public record Image(String file, double width, double height) implements FrameItem {
}
