package org.annalist.service;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which automatic backups to keep: the newest {@code keepLast}, plus the newest of each of the last 7 days and the
 * newest of each of the last 4 weeks (weeks from Monday, days and weeks in the editor's time zone). Everything else
 * is pruned. A pure function of the backups' times and now, so it is tested with any clock.
 */
public record BackupRotation(int keepLast, int days, int weeks) {
    public static final BackupRotation DEFAULT = new BackupRotation(10, 7, 4);

    public BackupRotation {
        if (keepLast < 1) throw new IllegalArgumentException("keepLast < 1");
    }

    /** The times of {@code backups} to delete, now being {@code now}. */
    public Set<Instant> prune(List<Instant> backups, Instant now, ZoneId zone) {
        List<Instant> newestFirst = backups.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        Set<Instant> keep = new HashSet<>(newestFirst.subList(0, Math.min(keepLast, newestFirst.size())));
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate firstDay = today.minusDays(days - 1L);
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = thisMonday.minusWeeks(weeks - 1L);
        Set<LocalDate> daysSeen = new HashSet<>();
        Set<LocalDate> weeksSeen = new HashSet<>();
        for (Instant t : newestFirst) {
            LocalDate d = LocalDate.ofInstant(t, zone);
            if (!d.isBefore(firstDay) && !d.isAfter(today) && daysSeen.add(d)) keep.add(t);
            LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (!monday.isBefore(firstMonday) && !monday.isAfter(thisMonday) && weeksSeen.add(monday)) keep.add(t);
        }
        Set<Instant> drop = new LinkedHashSet<>(newestFirst);
        drop.removeAll(keep);
        return drop;
    }
}
