package org.annalist.typeset.font;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts of one typesetting job: a chain per role and the job's 缺字 report. Build it with
 * {@link #shipped(Path)} (the fonts shipped with the program only, as tests do).
 */
public final class FontBook {
    /** File names of the shipped fallback fonts in the program's fonts/ folder. */
    public static final String SHIPPED_SONG = "NotoSerifSC-Regular.ttf";
    public static final String SHIPPED_HEI = "NotoSansSC-Medium.ttf";
    public static final String SHIPPED_KAI = "LXGWWenKai-Regular.ttf";

    private final Map<FontRole, FontChain> chains;
    private final MissingGlyphs missing = new MissingGlyphs();

    public FontBook(Map<FontRole, FontChain> chains) {
        for (FontRole r : FontRole.values()) {
            if (!chains.containsKey(r)) throw new IllegalArgumentException("no font chain for " + r);
        }
        this.chains = new EnumMap<>(chains);
    }

    /** Only the fonts shipped in {@code fontsDir}, each role falling back to the others. */
    public static FontBook shipped(Path fontsDir) throws FontException {
        Face song = Face.load(fontsDir.resolve(SHIPPED_SONG), null);
        Face hei = Face.load(fontsDir.resolve(SHIPPED_HEI), null);
        Face kai = Face.load(fontsDir.resolve(SHIPPED_KAI), null);
        Map<FontRole, FontChain> m = new EnumMap<>(FontRole.class);
        m.put(FontRole.SONG, new FontChain(FontRole.SONG, List.of(song, hei, kai)));
        m.put(FontRole.HEI, new FontChain(FontRole.HEI, List.of(hei, song, kai)));
        m.put(FontRole.KAI, new FontChain(FontRole.KAI, List.of(kai, song, hei)));
        m.put(FontRole.FANG, new FontChain(FontRole.FANG, List.of(kai, song, hei)));
        m.put(FontRole.LATIN, new FontChain(FontRole.LATIN, List.of(song, hei, kai)));
        return new FontBook(m);
    }

    public FontChain chain(FontRole role) {
        return chains.get(role);
    }

    public MissingGlyphs missing() {
        return missing;
    }
}
