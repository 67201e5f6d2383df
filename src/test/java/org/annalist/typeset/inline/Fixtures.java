package org.annalist.typeset.inline;

import org.annalist.typeset.font.FontBook;
import org.annalist.typeset.font.FontException;
import org.annalist.typeset.font.FontRole;
import org.annalist.typeset.frame.GlyphRun;
import org.annalist.typeset.frame.Positioned;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The shipped fonts, a composer and helpers to look at composed lines glyph by glyph. */
final class Fixtures {
    static final double SIZE = 9;
    static final double EM = SIZE;
    static final double TOL = 0.01;
    private static FontBook book;

    private Fixtures() {
    }

    static Path projectDir() {
        return Path.of(System.getProperty("annalist.projectDir", "."));
    }

    static synchronized FontBook fonts() {
        if (book == null) book = freshFonts();
        return book;
    }

    /** A FontBook of its own, so that a test can look at its 缺字 report alone. */
    static FontBook freshFonts() {
        try {
            return FontBook.shipped(projectDir().resolve("fonts"));
        } catch (FontException e) {
            throw new IllegalStateException(e);
        }
    }

    static ParagraphComposer composer() {
        return new ParagraphComposer(fonts());
    }

    /** {@code chars} characters of 9 pt per line, indent 0 unless a test wants R11's. */
    static ParagraphStyle style(int chars) {
        return ParagraphStyle.body(chars, SIZE).withIndent(0);
    }

    static RunStyle song() {
        return RunStyle.of(FontRole.SONG, SIZE);
    }

    static RunStyle hei() {
        return RunStyle.of(FontRole.HEI, SIZE);
    }

    /** One glyph of a line: the character drawn and its absolute x in the line frame. */
    record Glyph(int cp, double x, GlyphRun run) {
        String ch() {
            return new String(Character.toChars(cp));
        }
    }

    static List<Glyph> glyphs(ComposedLine line) {
        List<Glyph> out = new ArrayList<>();
        for (Positioned p : line.frame().items()) {
            if (!(p.item() instanceof GlyphRun g)) continue;
            int[] cps = g.text().codePoints().toArray();
            for (int i = 0; i < cps.length; i++) out.add(new Glyph(cps[i], p.x() + g.xAt(i), g));
        }
        return out;
    }

    static List<Glyph> glyphs(ComposedParagraph p) {
        List<Glyph> out = new ArrayList<>();
        for (ComposedLine l : p.lines()) out.addAll(glyphs(l));
        return out;
    }

    /** The x of the first glyph {@code ch} at or after glyph index {@code from} on the line. */
    static double xOf(List<Glyph> gs, String ch, int nth) {
        int cp = ch.codePointAt(0);
        int seen = 0;
        for (Glyph g : gs) {
            if (g.cp == cp && seen++ == nth) return g.x;
        }
        throw new AssertionError("no " + ch + " #" + nth + " in " + gs.stream().map(Glyph::ch).toList());
    }

    static double xOf(List<Glyph> gs, String ch) {
        return xOf(gs, ch, 0);
    }

    static String han(int count) {
        String base = "南京市政协把准政协性质定位立足自身实际组织委员开展协商活动形成成果推动发展";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) sb.append(base.charAt(i % base.length()));
        return sb.toString();
    }

    static int first(ComposedLine l) {
        return l.text().codePointAt(0);
    }

    static int last(ComposedLine l) {
        return l.text().codePointBefore(l.text().length());
    }

    /** Non-empty lines of at least 10 characters of the five seed texts, each one paragraph. */
    static List<String> seedParagraphs() {
        Path dir = Path.of("/work/shared/seeds");
        if (!Files.isDirectory(dir)) dir = projectDir().resolve("../shared/seeds");
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String t = line.strip();
                    if (t.codePointCount(0, t.length()) >= 10) out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
