package org.annalist.typeset.font;

import org.annalist.i18n.Localized;
import org.annalist.i18n.Texts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Builds a job's {@link FontBook} from a {@link FontConfig}. Per role the chain is: the template's font
 * file, then the best font found in the user fonts folder, then the best in the system's fonts, then the
 * shipped fonts (so every role covers all of GBK). Each source contributes at most one face; the later
 * ones are per-character fallbacks. Nothing the editor's files can do makes this throw: unusable files
 * become warnings in the {@link FontReport} and the next source is tried.
 */
public final class FontResolver {

    private FontResolver() {
    }

    public static FontBook resolve(FontConfig config) {
        FaceCache cache = FaceCache.shared();
        Set<String> warnings = new LinkedHashSet<>();
        Face[] shipped = loadShipped(cache, config.shippedFontsDir(), config.cacheDir(), warnings);

        FontIndex user = null;
        Path userDir = config.userFontsDir();
        if (userDir != null) {
            if (!Files.isDirectory(userDir)) {
                warnings.add(Texts.get("font.noUserFolder", userDir));
            } else {
                user = FontIndex.of(List.of(userDir), indexFile(config, "user", List.of(userDir)));
                // The editor put these files there on purpose: say what is wrong with every one of them.
                for (FontIndex.FileEntry e : user.files()) {
                    if (e.problem() != null) warnings.add(e.problem());
                    for (SfntInfo.FaceInfo f : e.faces()) if (f.cff()) warnings.add(cffSkipped(e, f, FontSource.USER));
                }
            }
        }
        FontIndex system = config.useSystemFonts()
                ? FontIndex.of(config.systemFontDirs(), indexFile(config, "system", config.systemFontDirs())) : null;

        Map<FontRole, FontChain> chains = new EnumMap<>(FontRole.class);
        Map<FontRole, FontReport.RoleReport> reports = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            List<FontReport.Used> chain = new ArrayList<>();
            String unusable = null;
            FontConfig.Explicit ex = config.explicit().get(role);
            if (ex != null && ex.file() != null) {
                try {
                    chain.add(new FontReport.Used(cache.load(ex.file(), ex.name(), config.cacheDir()), FontSource.TEMPLATE));
                } catch (FontException e) {
                    warnings.add(e.getMessage());
                    unusable = Texts.get("font.templateFileUnusable", ex.file().getFileName());
                }
            }
            List<KnownFonts.Candidate> wanted = new ArrayList<>();
            boolean byName = ex != null && ex.name() != null;
            if (byName) wanted.add(new KnownFonts.Candidate(List.of(ex.name()), List.of()));
            wanted.addAll(KnownFonts.candidates(role));
            int fromUser = best(cache, config.cacheDir(), user, FontSource.USER, wanted, chain, warnings);
            int fromSystem = best(cache, config.cacheDir(), system, FontSource.SYSTEM, wanted, chain, warnings);
            if (byName && ex.file() == null && fromUser != 0 && fromSystem != 0) {
                unusable = Texts.get("font.templateFontMissing", ex.name());
            }
            for (Face f : FontBook.shippedOrder(role, shipped[0], shipped[1], shipped[2])) {
                if (f != null) add(chain, new FontReport.Used(f, FontSource.SHIPPED));
            }
            if (chain.isEmpty()) {
                // Only possible when the installation lost its fonts/ folder: not the editor's doing.
                throw new org.annalist.i18n.LocalizedException(Localized.of("font.shippedMissing", config.shippedFontsDir(), List.copyOf(warnings)));
            }
            List<String> subs = new ArrayList<>();
            FontReport.Used primary = chain.get(0);
            if (unusable != null) {
                subs.add(Texts.get("font.substituted", role.shortName(), unusable, primary.face().displayName(), primary.source().label()));
            } else if (primary.source() == FontSource.SHIPPED) {
                subs.add(Texts.get("font.substituted", role.shortName(), Texts.get(notFound(config, user != null), KnownFonts.wanted(role)),
                        primary.face().displayName(), primary.source().label()));
            }
            List<Face> faces = new ArrayList<>();
            for (FontReport.Used u : chain) faces.add(u.face());
            chains.put(role, new FontChain(role, faces));
            reports.put(role, new FontReport.RoleReport(role, chain, subs));
        }
        return new FontBook(chains, new FontReport(reports, new ArrayList<>(warnings)));
    }

    private static String notFound(FontConfig config, boolean userSearched) {
        if (config.useSystemFonts()) return userSearched ? "font.notInUserOrSystem" : "font.notInSystem";
        return userSearched ? "font.notInUser" : "font.noSystemFonts";
    }

    /**
     * Adds to {@code chain} the first usable face of {@code index} for the wanted fonts, in order: by
     * name, then by file name. Returns the index in {@code wanted} of the font found, -1 if none.
     */
    private static int best(FaceCache cache, Path cacheDir, FontIndex index, FontSource source, List<KnownFonts.Candidate> wanted,
                            List<FontReport.Used> chain, Set<String> warnings) {
        if (index == null) return -1;
        for (int i = 0; i < wanted.size(); i++) {
            KnownFonts.Candidate c = wanted.get(i);
            List<FontIndex.Hit> hits = new ArrayList<>();
            for (String name : c.names()) hits.addAll(index.named(name));
            for (String file : c.files()) {
                for (FontIndex.FileEntry e : index.withFileName(file)) {
                    // A system file with a well-known name that is not a font is worth a warning;
                    // the hundreds of other system fonts are not the editor's concern.
                    if (e.problem() != null) warnings.add(e.problem());
                    for (SfntInfo.FaceInfo f : e.faces()) hits.add(new FontIndex.Hit(e, f));
                }
            }
            for (FontIndex.Hit h : hits) {
                if (h.face().cff()) {
                    warnings.add(cffSkipped(h.file(), h.face(), source));
                    continue;
                }
                try {
                    String name = h.face().postScriptName() != null ? h.face().postScriptName()
                            : h.face().families().stream().findFirst().orElse(null);
                    // Already in the chain (the template's file lives in this folder): nothing new, but found.
                    add(chain, new FontReport.Used(cache.load(h.file().file(), name, cacheDir), source));
                    return i;
                } catch (FontException e) {
                    warnings.add(e.getMessage());
                }
            }
        }
        return -1;
    }

    private static boolean add(List<FontReport.Used> chain, FontReport.Used u) {
        for (FontReport.Used have : chain) if (have.face().ref().equals(u.face().ref())) return false;
        chain.add(u);
        return true;
    }

    private static String cffSkipped(FontIndex.FileEntry e, SfntInfo.FaceInfo f, FontSource source) {
        return Texts.get("font.cffSkipped", source.label(), f.displayName(), e.file());
    }

    private static Face[] loadShipped(FaceCache cache, Path dir, Path cacheDir, Set<String> warnings) {
        String[] files = {FontBook.SHIPPED_SONG, FontBook.SHIPPED_HEI, FontBook.SHIPPED_KAI};
        Face[] out = new Face[files.length];
        for (int i = 0; i < files.length; i++) {
            try {
                out[i] = cache.load(dir.resolve(files[i]), null, cacheDir);
            } catch (FontException e) {
                warnings.add(Texts.get("font.shippedUnusable", e.getMessage()));
            }
        }
        return out;
    }

    /** One index file per set of folders, so a user folder and the system folders never overwrite each other. */
    private static Path indexFile(FontConfig config, String kind, List<Path> folders) {
        if (config.cacheDir() == null) return null;
        CRC32 crc = new CRC32();
        for (Path p : folders) crc.update((p.toAbsolutePath().normalize() + "\n").getBytes(StandardCharsets.UTF_8));
        return config.cacheDir().resolve("font-index-" + kind + "-" + Long.toHexString(crc.getValue()) + ".txt");
    }
}
