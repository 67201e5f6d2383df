package org.annalist.typeset.font;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 缺字 report: characters that no font of a role could show, with how often and a little context, so
 * the editor can fix the text or install a font instead of finding blanks in print. Thread-safe.
 */
public final class MissingGlyphs {

    /** One missing character of a role. */
    public record Entry(FontRole role, int codePoint, int count, String firstContext) {
        public String character() {
            return new String(Character.toChars(codePoint));
        }
    }

    private final Map<FontRole, TreeMap<Integer, int[]>> counts = new EnumMap<>(FontRole.class);
    private final Map<FontRole, Map<Integer, String>> contexts = new EnumMap<>(FontRole.class);

    public synchronized void record(FontRole role, int codePoint, String context) {
        counts.computeIfAbsent(role, r -> new TreeMap<>()).computeIfAbsent(codePoint, c -> new int[1])[0]++;
        contexts.computeIfAbsent(role, r -> new java.util.HashMap<>()).putIfAbsent(codePoint, context);
    }

    public synchronized boolean isEmpty() {
        return counts.isEmpty();
    }

    public synchronized List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        counts.forEach((role, m) -> m.forEach((cp, n) -> out.add(new Entry(role, cp, n[0], contexts.get(role).get(cp)))));
        return out;
    }

    /** The report as text, one line per character: 字体角色、字符、码位、次数、上下文. */
    public String toText() {
        List<Entry> es = entries();
        if (es.isEmpty()) return "缺字：无\n";
        StringBuilder sb = new StringBuilder("缺字 " + es.size() + " 个（没有任何字体能显示，印出来会是空白或方框）：\n");
        for (Entry e : es) {
            sb.append("  ").append(e.role().label()).append("体  “").append(e.character()).append("” U+")
                    .append(String.format("%04X", e.codePoint())).append("  ").append(e.count()).append(" 次");
            if (e.firstContext() != null) sb.append("  如：…").append(e.firstContext()).append("…");
            sb.append('\n');
        }
        return sb.toString();
    }
}
