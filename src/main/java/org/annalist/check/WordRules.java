package org.annalist.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words and characters: 的的, 条目 titles, people's names, 缺字. */
final class WordRules {
    /** Function words that are never doubled in running text. */
    private static final String DOUBLED = "的了地得和与及被于并之";
    /** Doublings that are words: 的的确确, 不了了之, or a word that starts with the same character (为了了解). */
    private static final List<String> DOUBLED_WORDS = List.of("的的确确", "不了了之", "了了分明", "小时了了", "和和美美",
            "和和气气", "地地道道", "得得", "目的的", "了了解", "了了结", "和和平", "和和谐", "和和睦", "被被子", "被被告",
            "之之乎", "于于", "及及时", "并并入", "与与会", "地地区", "地地方", "地地下", "得得到", "得得分");
    private static final int TITLE_MAX = 18;
    private static final String DOTS = "·•・‧.．";

    private WordRules() {
    }

    static void repeatedCharacter(Unit u, Reporter r) {
        String t = u.text;
        for (int i = 0; i + 1 < t.length(); i++) {
            char c = t.charAt(i);
            if (c != t.charAt(i + 1) || DOUBLED.indexOf(c) < 0) continue;
            if (partOfWord(t, i)) continue;
            r.report(u, Rule.REPEATED_CHARACTER, i + 1, i + 2, "", "check.repeatedCharacter", t.substring(i, i + 2));
            i++;
        }
    }

    private static boolean partOfWord(String t, int i) {
        for (String w : DOUBLED_WORDS) {
            for (int s = Math.max(0, i - w.length() + 1); s <= i; s++) {
                if (t.startsWith(w, s) && i + 1 < s + w.length()) return true;
            }
        }
        return false;
    }

    /** A 条目 title: at most 18 characters, no punctuation (年鉴规范). */
    static void entryTitle(Unit u, Reporter r) {
        if (u.kind != Unit.Kind.ENTRY_TITLE) return;
        String t = u.text;
        int count = 0;
        for (int i = 0; i < t.length(); i = t.offsetByCodePoints(i, 1)) {
            int c = t.codePointAt(i);
            if (!Character.isWhitespace(c) && c != 0x3000) count++;
            if (Chars.isPunctuation(c) && c != '·' && c != '・') {
                r.report(u, Rule.ENTRY_TITLE, i, i + Character.charCount(c), null, "check.entryTitle.punctuation",
                        new String(Character.toChars(c)));
            }
        }
        if (count > TITLE_MAX) r.report(u, Rule.ENTRY_TITLE, 0, t.length(), null, "check.entryTitle.long", count, TITLE_MAX);
    }

    /**
     * A person of the people list spelled another way: the dot of a minority or foreign name in another form or
     * left out (阿不都·热合曼 / 阿不都热合曼), spaces inside a name of three or more characters, or one character of
     * the given name changed (王立平 / 王立萍) when that spelling is nobody else's name.
     */
    static void personNames(Unit u, Reporter r, Set<String> known, List<NamePattern> people) {
        String t = u.text;
        for (NamePattern p : people) {
            String name = p.name();
            boolean dotted = p.dotted();
            if (p.variants() != null && t.indexOf(name.charAt(0)) >= 0) {
                Matcher m = p.variants().matcher(t);
                while (m.find()) {
                    if (!m.group().equals(name) && !known.contains(m.group())) {
                        r.report(u, Rule.PERSON_NAME, m.start(), m.end(), name, "check.personName", m.group(), name);
                    }
                }
            }
            if (dotted || name.length() != 3 || !Chars.isHan(name.charAt(0))) continue;
            // one character of the given name changed
            for (int at = t.indexOf(name.charAt(0)); at >= 0 && at + 2 < t.length(); at = t.indexOf(name.charAt(0), at + 1)) {
                String seen = t.substring(at, at + 3);
                if (seen.equals(name) || known.contains(seen)) continue;
                boolean oneOff = seen.charAt(1) == name.charAt(1) && seen.charAt(2) != name.charAt(2)
                        || seen.charAt(1) != name.charAt(1) && seen.charAt(2) == name.charAt(2);
                if (!oneOff || !Chars.isHan(seen.charAt(1)) || !Chars.isHan(seen.charAt(2))) continue;
                r.report(u, Rule.PERSON_NAME, at, at + 3, name, "check.personName", seen, name);
            }
        }
    }

    /** A name of the people list with the pattern of its spellings (null: a two-character name, spaces allowed). */
    record NamePattern(String name, boolean dotted, Pattern variants) {
    }

    /** The patterns of the people's names, made once for a check. */
    static List<NamePattern> patterns(List<CheckContext.Name> people) {
        List<NamePattern> out = new java.util.ArrayList<>();
        for (CheckContext.Name p : people) {
            String name = p.name().strip();
            if (name.length() < 2) continue;
            boolean dotted = false;
            for (int i = 0; i < name.length(); i++) if (DOTS.indexOf(name.charAt(i)) >= 0) dotted = true;
            out.add(new NamePattern(name, dotted, dotted || name.length() >= 3 ? variants(name, dotted) : null));
        }
        return out;
    }

    private static Pattern variants(String name, boolean dotted) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (DOTS.indexOf(c) >= 0) {
                re.append("[·•・‧.．\\s]?");
            } else {
                if (re.length() > 0 && !dotted) re.append("[ \\u3000]*");
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }

    /** Every spelling the people list knows: names and aliases. */
    static Set<String> known(List<CheckContext.Name> people) {
        Set<String> s = new HashSet<>();
        for (CheckContext.Name p : people) {
            s.add(p.name().strip());
            for (String a : p.aliases()) s.add(a.strip());
        }
        return s;
    }

    /** 缺字: characters no font of the template has (headings and 条目 titles in 黑体, the rest in 宋体). */
    static void missingGlyphs(Unit u, Reporter r) {
        CheckContext.GlyphCoverage coverage = r.context().coverage();
        if (coverage == null) return;
        String t = u.text;
        boolean heading = u.kind != Unit.Kind.BODY;
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            int n = Character.charCount(c);
            if (c > ' ' && c != Unit.OBJECT && !Character.isWhitespace(c) && Character.getType(c) != Character.CONTROL
                    && !coverage.covers(c, heading)) {
                r.report(u, Rule.MISSING_GLYPH, i, i + n, null, "check.missingGlyph", new String(Character.toChars(c)),
                        String.format("U+%04X", c));
            }
            i += n;
        }
    }
}
