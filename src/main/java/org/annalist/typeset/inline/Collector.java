package org.annalist.typeset.inline;

import org.annalist.i18n.Texts;
import org.annalist.typeset.font.Face;
import org.annalist.typeset.font.FontBook;
import org.annalist.typeset.font.FontChain;

import java.util.List;

/**
 * Collect: styled runs → items. Spaces become a flag on the previous item, line feeds forced breaks; control
 * and format characters are stripped with a warning; characters no face has are recorded as 缺字 and kept
 * (drawn with the primary face's .notdef) so that nothing disappears silently.
 */
final class Collector {
    private Collector() {
    }

    /** Collects into {@code into} (emptied first), which is returned. */
    static Items collect(List<StyledRun> runs, FontBook fonts, List<String> warnings, Items into) {
        int capacity = 0;
        for (StyledRun r : runs) capacity += r.text().length();
        Items it = into;
        it.reset(capacity);
        StringBuilder text = new StringBuilder(capacity + 8);
        boolean pendingSpace = false;
        int controls = 0;
        int formats = 0;
        for (int r = 0; r < runs.size(); r++) {
            StyledRun run = runs.get(r);
            String s = run.text();
            FontChain chain = fonts.chain(run.style().role());
            boolean raised = run.style().baselineShift() != 0;
            long[] segments = run.source().isNone() ? null : run.source().pairs();
            int segment = -2; // the segment (index into pairs) of the character at hand
            for (int off = 0; off < s.length(); ) {
                int c = s.codePointAt(off);
                int here = off;
                off += Character.charCount(c);
                long key = -1;
                if (segments != null) {
                    while (segment + 2 < segments.length && segments[segment + 2] <= here) segment += 2;
                    if (segment >= 0 && segments[segment + 1] >= 0) key = segments[segment + 1] + (here - segments[segment]);
                }
                // CJK Unified Ideographs (most of a Chinese book; U+4E00–U+9FEF, all assigned) are none of the special cases below
                boolean ideograph = c >= 0x4E00 && c <= 0x9FEF;
                int type = ideograph ? Character.OTHER_LETTER : Character.getType(c);
                if (!ideograph) {
                    if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C) {
                        if (it.n > 0) it.forcedAfter[it.n - 1] = true;
                        pendingSpace = false;
                        continue;
                    }
                    if (c == '\t' || c == 0xA0 || (c != 0x3000 && Character.isSpaceChar(c))) {
                        pendingSpace = true;
                        continue;
                    }
                    if (c == 0x3000 && it.n == 0) continue; // a typed indent: the composer indents (R11)
                    if (Character.isISOControl(c)) {
                        controls++;
                        continue;
                    }
                    if (type == Character.FORMAT) {
                        formats++;
                        continue;
                    }
                }
                Face face = chain.faceFor(c);
                if (face == null) {
                    face = chain.primary();
                    String what = Texts.get(type == Character.UNASSIGNED || type == Character.SURROGATE
                            ? "typeset.missing.unassigned" : type == Character.PRIVATE_USE ? "typeset.missing.private" : "typeset.missing.notInFonts");
                    String ctx = context(s, here);
                    fonts.missing().record(chain.role(), c, ctx);
                    warnings.add(Texts.get("typeset.missing", new String(Character.toChars(c)), String.format("%04X", c), what,
                            chain.role().shortName(), ctx));
                }
                int i = it.n++;
                if (pendingSpace && i > 0) {
                    it.spaceAfter[i - 1] = true;
                    text.append(' ');
                }
                pendingSpace = false;
                it.cp[i] = c;
                it.cls[i] = CharClass.of(c);
                it.run[i] = r;
                it.src[i] = text.length();
                it.key[i] = key;
                it.face[i] = face;
                it.raised[i] = raised;
                text.appendCodePoint(c);
            }
        }
        if (it.n > 0) it.forcedAfter[it.n - 1] = false;
        if (controls > 0) warnings.add(Texts.get("typeset.controlsRemoved", controls));
        if (formats > 0) warnings.add(Texts.get("typeset.formatsRemoved", formats));
        it.text = text.toString();
        return it;
    }

    private static String context(String s, int at) {
        int from = Math.max(0, at - 6);
        int to = Math.min(s.length(), at + 6);
        if (from > 0 && Character.isLowSurrogate(s.charAt(from))) from--;
        if (to < s.length() && Character.isLowSurrogate(s.charAt(to))) to++;
        return s.substring(from, to).replaceAll("\\p{Cntrl}", " ");
    }
}
