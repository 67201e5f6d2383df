package org.annalist.typeset.font;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts of one typesetting job: a chain per role, the report of where they came from, and the job's
 * 缺字 report. Build it with {@link FontResolver#resolve(FontConfig)}, or {@link #shipped(Path)} for the
 * fonts shipped with the program only (as tests do).
 */
public final class FontBook {
    /** File names of the shipped fallback fonts in the program's fonts/ folder. */
    public static final String SHIPPED_SONG = "NotoSerifSC-Regular.ttf";
    public static final String SHIPPED_HEI = "NotoSansSC-Medium.ttf";
    public static final String SHIPPED_KAI = "LXGWWenKai-Regular.ttf";

    private final Map<FontRole, FontChain> chains;
    private final FontReport report;
    private final MissingGlyphs missing = new MissingGlyphs();

    public FontBook(Map<FontRole, FontChain> chains) {
        this(chains, reportOf(chains));
    }

    public FontBook(Map<FontRole, FontChain> chains, FontReport report) {
        for (FontRole r : FontRole.values()) {
            if (!chains.containsKey(r)) throw new IllegalArgumentException("no font chain for " + r);
        }
        this.chains = new EnumMap<>(chains);
        this.report = report;
    }

    /** Only the fonts shipped in {@code fontsDir}, each role falling back to the others. */
    public static FontBook shipped(Path fontsDir) throws FontException {
        FaceCache cache = FaceCache.shared();
        Face song = cache.load(fontsDir.resolve(SHIPPED_SONG), null);
        Face hei = cache.load(fontsDir.resolve(SHIPPED_HEI), null);
        Face kai = cache.load(fontsDir.resolve(SHIPPED_KAI), null);
        Map<FontRole, FontChain> m = new EnumMap<>(FontRole.class);
        for (FontRole r : FontRole.values()) m.put(r, new FontChain(r, shippedOrder(r, song, hei, kai)));
        return new FontBook(m);
    }

    /**
     * The shipped faces in a role's fallback order: the role's own first (LXGW WenKai stands in for 仿,
     * see fonts/README.md), then the others so that every role covers all of GBK. Faces that failed to
     * load are passed as null and left out.
     */
    static List<Face> shippedOrder(FontRole role, Face song, Face hei, Face kai) {
        List<Face> order = switch (role) {
            case SONG, LATIN -> Arrays.asList(song, hei, kai);
            case HEI -> Arrays.asList(hei, song, kai);
            case KAI, FANG -> Arrays.asList(kai, song, hei);
        };
        List<Face> out = new ArrayList<>();
        for (Face f : order) if (f != null) out.add(f);
        return out;
    }

    public FontChain chain(FontRole role) {
        FontChain chain = chains.get(role);
        java.util.function.Consumer<org.annalist.typeset.frame.FontRef> listener = firstUse;
        if (listener != null && !announced.contains(role) && announced.add(role)) listener.accept(chain.primary().ref());
        return chain;
    }

    private final java.util.Set<FontRole> announced = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile java.util.function.Consumer<org.annalist.typeset.frame.FontRef> firstUse;

    /**
     * Told, once per role, the primary face of the first role the layout asks for (from any thread): the
     * PDF exporter starts reading that font file then, so a face no text is set in (楷 in most yearbooks)
     * is never parsed for the PDF at all.
     */
    public void onFirstUse(java.util.function.Consumer<org.annalist.typeset.frame.FontRef> listener) {
        this.firstUse = listener;
    }

    /** Where each role's faces came from, substitutions and warnings; show it before export. */
    public FontReport report() {
        return report;
    }

    public MissingGlyphs missing() {
        return missing;
    }

    /** A book built from bare chains: every face counts as shipped, there is nothing to warn about. */
    private static FontReport reportOf(Map<FontRole, FontChain> chains) {
        Map<FontRole, FontReport.RoleReport> roles = new EnumMap<>(FontRole.class);
        chains.forEach((role, chain) -> {
            List<FontReport.Used> used = new ArrayList<>();
            for (Face f : chain.faces()) used.add(new FontReport.Used(f, FontSource.SHIPPED));
            roles.put(role, new FontReport.RoleReport(role, used, List.of()));
        });
        return new FontReport(roles, List.of());
    }
}
