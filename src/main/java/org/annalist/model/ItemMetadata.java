package org.annalist.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What an editor fills in about an item besides its text: 供稿单位, people with roles, 时期, 地点,
 * tags, 来源, 征集时间. Any field may be null / empty.
 */
public record ItemMetadata(String contributor, List<Credit> credits, String period, String place,
                           List<Tag> tags, String source, LocalDate collectedOn) {
    public static final ItemMetadata EMPTY = new ItemMetadata(null, List.of(), null, null, List.of(), null, null);

    public ItemMetadata {
        credits = List.copyOf(credits);
        tags = List.copyOf(tags);
    }

    public ItemMetadata withCredits(List<Credit> c) {
        return new ItemMetadata(contributor, c, period, place, tags, source, collectedOn);
    }

    public ItemMetadata withContributor(String c) {
        return new ItemMetadata(c, credits, period, place, tags, source, collectedOn);
    }

    public ItemMetadata withSource(String s) {
        return new ItemMetadata(contributor, credits, period, place, tags, s, collectedOn);
    }

    public ItemMetadata withCollectedOn(LocalDate d) {
        return new ItemMetadata(contributor, credits, period, place, tags, source, d);
    }

    public ItemMetadata withTags(List<Tag> t) {
        return new ItemMetadata(contributor, credits, period, place, t, source, collectedOn);
    }

    public ItemMetadata withPeriodAndPlace(String p, String pl) {
        return new ItemMetadata(contributor, credits, p, pl, tags, source, collectedOn);
    }
}
