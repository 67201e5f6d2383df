/**
 * Frames: a size and absolutely positioned items (glyph runs, rules, nested frames). PDF, PNG and the
 * on-screen preview are walks over the same frames, so they always agree. Depends on java.base only.
 */
package org.annalist.typeset.frame;
