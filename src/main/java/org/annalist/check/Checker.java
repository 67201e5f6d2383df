package org.annalist.check;

import org.annalist.doc.Document;
import org.annalist.doc.Markdown;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The front door of the checks: the findings for one item's text. Pure and thread-safe — nothing is kept between
 * calls — so the editor may ask from a background thread after each pause in typing, passing the tree it parsed
 * anyway ({@link #check(long, String, Document, long, CheckContext)}), and the command line for a whole publication.
 * Findings come in the order of their place in the text.
 */
public final class Checker {
    private Checker() {
    }

    /** The findings in {@code markdown}, an item's body. */
    public static List<Finding> check(long itemId, String markdown, CheckContext context) {
        return check(itemId, markdown, Markdown.parseBody(markdown, 0), 0, context);
    }

    /**
     * The findings in {@code markdown}, whose tree {@code body} was parsed with {@link Markdown#parseBody(String, long)}
     * and {@code origin}: offsets in the findings are offsets in {@code markdown}.
     */
    public static List<Finding> check(long itemId, String markdown, Document body, long origin, CheckContext context) {
        CheckSettings settings = context.settings();
        Reporter r = new Reporter(itemId, markdown, context);
        List<Unit> units = ReadingText.of(body, markdown, origin, settings.exceptions());
        Set<String> known = settings.enabled(Rule.PERSON_NAME) && !context.people().isEmpty() ? WordRules.known(context.people()) : Set.of();
        List<WordRules.NamePattern> names = known.isEmpty() ? List.of() : WordRules.patterns(context.people());
        for (Unit u : units) {
            QuoteResolution q = settings.enabled(Rule.HALF_WIDTH_PUNCTUATION) || settings.enabled(Rule.UNPAIRED)
                    ? QuoteResolution.of(u) : null;
            if (settings.enabled(Rule.HALF_WIDTH_PUNCTUATION)) PunctuationRules.halfWidth(u, q, r);
            if (settings.enabled(Rule.UNPAIRED)) PunctuationRules.unpaired(u, q, r);
            if (settings.enabled(Rule.ELLIPSIS_DASH)) PunctuationRules.ellipsisAndDash(u, r);
            if (settings.enabled(Rule.REPEATED_PUNCTUATION)) PunctuationRules.repeated(u, r);
            if (settings.enabled(Rule.ENUMERATION_COMMA)) PunctuationRules.enumerationComma(u, r);
            if (settings.enabled(Rule.MIXED_NUMERALS)) NumberRules.mixed(u, r);
            if (settings.enabled(Rule.THOUSANDS_SEPARATOR)) NumberRules.thousands(u, r);
            if (settings.enabled(Rule.ABBREVIATED_YEAR)) NumberRules.abbreviatedYear(u, r);
            if (settings.enabled(Rule.RANGE)) NumberRules.range(u, r);
            if (settings.enabled(Rule.DECIMAL)) NumberRules.decimal(u, r);
            if (settings.enabled(Rule.SPLIT_NUMBER)) NumberRules.splitNumber(u, r);
            if (settings.enabled(Rule.REPEATED_CHARACTER)) WordRules.repeatedCharacter(u, r);
            if (settings.enabled(Rule.ENTRY_TITLE)) WordRules.entryTitle(u, r);
            if (!known.isEmpty()) WordRules.personNames(u, r, known, names);
            if (settings.enabled(Rule.MISSING_GLYPH)) WordRules.missingGlyphs(u, r);
        }
        List<Finding> found = r.findings();
        found.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end).thenComparing(Finding::rule));
        return List.copyOf(found);
    }
}
