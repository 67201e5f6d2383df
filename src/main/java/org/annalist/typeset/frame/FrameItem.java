package org.annalist.typeset.frame;

/** Something placed in a frame. */
public sealed interface FrameItem permits GlyphRun, Rule, Frame, Image {
}
