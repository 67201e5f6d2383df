package org.annalist.typeset.font;

import org.annalist.i18n.Texts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 缺字 report: characters that no font of a role could show, with how often and a little context, so
 * the editor can fix the text or install a font instead of finding blanks in print. Thread-safe.
 */
public final class MissingGlyphs {
    /** Characters of context kept on each side of a missing character. */
    static final int CONTEXT = 8;

    /** One missing character of a role; {@code firstContext} is the text around its first occurrence. */
    public record Entry(FontRole role, int codePoint, int count, String firstContext) {
        public String character() {
            return new String(Character.toChars(codePoint));
        }

        /** U+4E2D form, at least four hex digits. */
        public String code() {
            return String.format("U+%04X", codePoint);
        }
    }

    private final Map<FontRole, TreeMap<Integer, int[]>> counts = new EnumMap<>(FontRole.class);
    private final Map<FontRole, Map<Integer, String>> contexts = new EnumMap<>(FontRole.class);

    /** Records one occurrence with a ready-made context (null when there is none). */
    public synchronized void record(FontRole role, int codePoint, String context) {
        record(role, codePoint, context, 1);
    }

    /** {@code count} occurrences at once (a report kept from an earlier run added to this one). */
    public synchronized void record(FontRole role, int codePoint, String context, int count) {
        counts.computeIfAbsent(role, r -> new TreeMap<>()).computeIfAbsent(codePoint, c -> new int[1])[0] += count;
        if (context != null) contexts.computeIfAbsent(role, r -> new HashMap<>()).putIfAbsent(codePoint, context);
    }

    /**
     * Records the character at {@code index} of {@code text} (a paragraph, say). The context string is
     * cut only the first time a character is missing in a role: a book missing one rare character in
     * every entry pays one substring, not thousands.
     */
    public synchronized void record(FontRole role, CharSequence text, int index) {
        int cp = Character.codePointAt(text, index);
        counts.computeIfAbsent(role, r -> new TreeMap<>()).computeIfAbsent(cp, c -> new int[1])[0]++;
        Map<Integer, String> m = contexts.computeIfAbsent(role, r -> new HashMap<>());
        if (!m.containsKey(cp)) m.put(cp, context(text, index, Character.charCount(cp)));
    }

    /**
     * The text around the character with the character in 【】, on one line; cut at code-point
     * boundaries so that a context never ends in half a surrogate pair.
     */
    static String context(CharSequence text, int index, int width) {
        int from = index;
        for (int i = 0; i < CONTEXT && from > 0; i++) from -= Character.isLowSurrogate(text.charAt(from - 1)) && from > 1 ? 2 : 1;
        int to = index + width;
        for (int i = 0; i < CONTEXT && to < text.length(); i++) to += Character.isHighSurrogate(text.charAt(to)) && to + 1 < text.length() ? 2 : 1;
        String s = (from > 0 ? "…" : "") + text.subSequence(from, index) + "【" + text.subSequence(index, index + width) + "】"
                + text.subSequence(index + width, to) + (to < text.length() ? "…" : "");
        return s.replaceAll("\\s+", " ");
    }

    public synchronized boolean isEmpty() {
        return counts.isEmpty();
    }

    public synchronized List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        counts.forEach((role, m) -> m.forEach((cp, n) -> out.add(new Entry(role, cp, n[0],
                contexts.getOrDefault(role, Map.of()).get(cp)))));
        return out;
    }

    /** The report as text, one line per character: 字体角色、字符、码位、次数、上下文, then what to do. */
    public String toText() {
        List<Entry> es = entries();
        if (es.isEmpty()) return Texts.get("missing.none") + "\n";
        int total = 0;
        for (Entry e : es) total += e.count();
        StringBuilder sb = new StringBuilder(Texts.get("missing.title", es.size(), total)).append('\n');
        for (Entry e : es) {
            sb.append("  ").append(Texts.get("missing.line", e.role().styleName(), e.character(), e.code(), e.count()));
            if (e.firstContext() != null) sb.append("  ").append(Texts.get("missing.context", e.firstContext()));
            String kind = kind(e.codePoint());
            if (kind != null) sb.append("  ").append(Texts.get("missing.kind", kind));
            sb.append('\n');
        }
        sb.append(Texts.get("missing.advice")).append('\n');
        return sb.toString();
    }

    /** Why a character is likely missing, for the kinds editors meet; null for ordinary characters. */
    private static String kind(int cp) {
        if (cp >= 0xE000 && cp <= 0xF8FF || cp >= 0xF0000) {
            return Texts.get("missing.kind.private");
        }
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        if (b != null && b.toString().startsWith("CJK_UNIFIED_IDEOGRAPHS_EXTENSION")) {
            return Texts.get(cp >= 0x20000 ? "missing.kind.extB" : "missing.kind.extA");
        }
        if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.FORMAT) {
            return Texts.get("missing.kind.control");
        }
        return null;
    }
}
