package org.annalist.typeset.font;

import java.util.List;

/**
 * The faces of one role in fallback order: each character is set in the first face that has it. A
 * character none of them has is 缺字 (see {@link MissingGlyphs}).
 */
public final class FontChain {
    private static final byte UNKNOWN = -2;
    private static final byte NONE = -1;

    private final FontRole role;
    private final List<Face> faces;
    /** Per BMP character: index of the face that has it, NONE, or UNKNOWN until first asked. */
    private final byte[] bmpChoice = new byte[0x10000];

    public FontChain(FontRole role, List<Face> faces) {
        if (faces.isEmpty()) throw new IllegalArgumentException("font chain for " + role + " has no face");
        if (faces.size() > 100) throw new IllegalArgumentException("too many faces");
        this.role = role;
        this.faces = List.copyOf(faces);
        java.util.Arrays.fill(bmpChoice, UNKNOWN);
    }

    public FontRole role() {
        return role;
    }

    public List<Face> faces() {
        return faces;
    }

    public Face primary() {
        return faces.get(0);
    }

    /** The face to set the character in, or null when no face of the chain has it (缺字). */
    public Face faceFor(int codePoint) {
        if (codePoint < 0x10000 && codePoint >= 0) {
            byte c = bmpChoice[codePoint];
            if (c == UNKNOWN) {
                c = choose(codePoint);
                bmpChoice[codePoint] = c; // benign race: every thread computes the same value
            }
            return c == NONE ? null : faces.get(c);
        }
        byte c = choose(codePoint);
        return c == NONE ? null : faces.get(c);
    }

    public boolean covers(int codePoint) {
        return faceFor(codePoint) != null;
    }

    private byte choose(int codePoint) {
        for (int i = 0; i < faces.size(); i++) {
            if (faces.get(i).covers(codePoint)) return (byte) i;
        }
        return NONE;
    }
}
