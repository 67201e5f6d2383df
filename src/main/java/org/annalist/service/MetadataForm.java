package org.annalist.service;

import org.annalist.i18n.LocalizedException;
import org.annalist.i18n.Texts;
import org.annalist.model.Credit;
import org.annalist.model.ItemMetadata;
import org.annalist.model.Role;
import org.annalist.model.Tag;
import org.annalist.model.TagKind;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata of an item as an editor types it into the side panel, checked field by field: each
 * problem is a sentence naming the field, in the language of messages. Only a form without problems becomes {@link ItemMetadata}.
 */
public record MetadataForm(String contributor, List<Person> people, String period, String place,
                           String personTags, String eventTags, String source, String collectedOn) {

    /** One row of the people table: role label (作者, 口述, 整理, 摄影), name, office. */
    public record Person(String role, String name, String affiliation) {
    }

    /** A field's problem. {@code field}: contributor, people, period, place, tags, source, collectedOn. */
    public record Problem(String field, String message) {
    }

    private static final Pattern YEARS = Pattern.compile("(\\d{3,4})\\s*年?\\s*(?:[—–\\-~～至到]+\\s*(\\d{3,4})\\s*年?)?");
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,，、;；\\n]+");

    public MetadataForm {
        people = List.copyOf(people);
    }

    public static MetadataForm of(ItemMetadata m) {
        List<Person> people = new ArrayList<>();
        for (Credit c : m.credits()) people.add(new Person(c.role().label(), c.name(), nz(c.affiliation())));
        return new MetadataForm(nz(m.contributor()), people, nz(m.period()), nz(m.place()),
                tags(m.tags(), TagKind.PERSON), tags(m.tags(), TagKind.EVENT), nz(m.source()),
                m.collectedOn() == null ? "" : m.collectedOn().toString());
    }

    /** Every problem of the form; empty when it can be saved. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        if (contributor.strip().length() > 100) out.add(new Problem("contributor", Texts.get("form.contributor.tooLong")));
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            int row = i + 1;
            if (p.name() == null || p.name().isBlank()) {
                out.add(new Problem("people", Texts.get("form.person.noName", row)));
                continue;
            }
            if (p.name().strip().length() > 40) out.add(new Problem("people", Texts.get("form.person.nameTooLong", row)));
            try {
                Role.parse(p.role());
            } catch (IllegalArgumentException e) {
                out.add(new Problem("people", Texts.get("form.person.role", row, e.getMessage())));
            }
            if (!seen.add(p.role() + "/" + p.name().strip())) out.add(new Problem("people", Texts.get("form.person.duplicate", row, p.name().strip())));
        }
        String periodProblem = periodProblem(period.strip());
        if (periodProblem != null) out.add(new Problem("period", periodProblem));
        if (place.strip().length() > 100) out.add(new Problem("place", Texts.get("form.place.tooLong")));
        for (String t : split(personTags)) if (t.length() > 40) out.add(new Problem("tags", Texts.get("form.personTag.tooLong", t)));
        for (String t : split(eventTags)) if (t.length() > 60) out.add(new Problem("tags", Texts.get("form.eventTag.tooLong", t)));
        if (!collectedOn.isBlank()) {
            try {
                LocalDate d = LocalDate.parse(collectedOn.strip());
                if (d.isAfter(LocalDate.now())) out.add(new Problem("collectedOn", Texts.get("form.collectedOn.future", d)));
            } catch (DateTimeParseException e) {
                out.add(new Problem("collectedOn", Texts.get("form.collectedOn.notADate", collectedOn.strip())));
            }
        }
        return out;
    }

    /** The checked metadata. @throws IllegalArgumentException listing the problems */
    public ItemMetadata toMetadata() {
        List<Problem> problems = problems();
        if (!problems.isEmpty()) {
            throw new LocalizedException("form.problems", String.join(Texts.get("form.problems.separator"), problems.stream().map(Problem::message).toList()));
        }
        List<Credit> credits = new ArrayList<>();
        for (Person p : people) credits.add(new Credit(p.name().strip(), Role.parse(p.role()), blankToNull(p.affiliation())));
        List<Tag> tags = new ArrayList<>();
        for (String t : split(personTags)) tags.add(new Tag(TagKind.PERSON, t));
        for (String t : split(eventTags)) tags.add(new Tag(TagKind.EVENT, t));
        return new ItemMetadata(blankToNull(contributor), credits, blankToNull(period), blankToNull(place), tags,
                blankToNull(source), collectedOn.isBlank() ? null : LocalDate.parse(collectedOn.strip()));
    }

    /**
     * 时期 is free text (抗日战争时期, 民国年间) but years in it must be real: not in the future, and a range
     * must not run backwards (1956—1949).
     */
    static String periodProblem(String period) {
        if (period.isEmpty()) return null;
        if (period.length() > 60) return Texts.get("form.period.tooLong");
        int thisYear = LocalDate.now().getYear();
        Matcher m = YEARS.matcher(period);
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            if (from > thisYear) return Texts.get("form.period.future", from);
            if (m.group(2) != null) {
                int to = Integer.parseInt(m.group(2));
                if (to > thisYear) return Texts.get("form.period.future", to);
                if (to < from) return Texts.get("form.period.reversed", from, to);
            }
        }
        return null;
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String t : TAG_SEPARATORS.split(s.strip())) if (!t.isBlank() && !out.contains(t)) out.add(t);
        return out;
    }

    private static String tags(List<Tag> tags, TagKind kind) {
        return String.join("、", tags.stream().filter(t -> t.kind() == kind).map(Tag::name).toList());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
