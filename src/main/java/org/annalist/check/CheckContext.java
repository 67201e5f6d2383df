package org.annalist.check;

import java.util.List;
import java.util.Set;

/**
 * What a check needs besides the text: the publication's settings, the people whose names it spells (for the
 * 人名 rule; empty: the rule finds nothing), the template's font coverage (for 缺字; null: not checked) and the places
 * the editor ignored ({@link Finding#place()}). Immutable, cheap to keep: the editor builds one per publication and
 * checks each text against it.
 */
public record CheckContext(CheckSettings settings, List<Name> people, GlyphCoverage coverage, Set<String> ignored) {

    /** A person's name as the people list spells it, and the other names (字、号、笔名) that are not misspellings. */
    public record Name(String name, List<String> aliases) {
        public Name {
            aliases = List.copyOf(aliases);
        }
    }

    /** Whether the fonts a text is set in have a character: body text in 宋体, headings and 条目 titles in 黑体. */
    @FunctionalInterface
    public interface GlyphCoverage {
        boolean covers(int codePoint, boolean heading);
    }

    public CheckContext {
        if (settings == null) settings = CheckSettings.defaults();
        people = List.copyOf(people);
        ignored = Set.copyOf(ignored);
    }

    /** Default settings, no people, no font check, nothing ignored. */
    public static CheckContext defaults() {
        return new CheckContext(CheckSettings.defaults(), List.of(), null, Set.of());
    }

    public CheckContext withSettings(CheckSettings s) {
        return new CheckContext(s, people, coverage, ignored);
    }

    public CheckContext withPeople(List<Name> p) {
        return new CheckContext(settings, p, coverage, ignored);
    }

    public CheckContext withCoverage(GlyphCoverage c) {
        return new CheckContext(settings, people, c, ignored);
    }

    public CheckContext withIgnored(Set<String> places) {
        return new CheckContext(settings, people, coverage, places);
    }
}
