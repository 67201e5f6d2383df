package org.annalist.typeset.frame;

/** A straight line from the item's position to ({@code dx}, {@code dy}) relative to it, {@code thickness} points. */
public record Rule(double dx, double dy, double thickness) implements FrameItem {
}
