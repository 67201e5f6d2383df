package org.annalist.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The rotation with a fake clock: last K, one a day for 7 days, one a week for 4 weeks. */
class BackupRotationTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZONE).toInstant();
    }

    @Test
    void keepsTheLastKThenOneADayThenOneAWeek() {
        // Every 30 minutes from 09:00 to 17:30 on each day of the 60 days up to Wednesday 2024-03-06.
        List<Instant> all = new ArrayList<>();
        for (int d = 59; d >= 0; d--) {
            for (int half = 0; half < 18; half++) {
                all.add(at("2024-03-06T09:00").minus(Duration.ofDays(d)).plus(Duration.ofMinutes(30L * half)));
            }
        }
        Instant now = at("2024-03-06T18:00");
        Set<Instant> drop = new BackupRotation(10, 7, 4).prune(all, now, ZONE);
        List<Instant> kept = all.stream().filter(t -> !drop.contains(t)).sorted().toList();
        List<Instant> expected = new ArrayList<>();
        // weekly: newest of the weeks starting Mon 02-12, 02-19, 02-26 (the 4th week is this one)
        expected.add(at("2024-02-18T17:30")); // week of 02-12 ends Sunday 02-18
        expected.add(at("2024-02-25T17:30"));
        // daily: 02-29 … 03-05, and 03-06 is today (also the newest ten)
        for (String day : List.of("2024-02-29", "2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04", "2024-03-05")) {
            expected.add(at(day + "T17:30"));
        }
        for (int half = 8; half < 18; half++) expected.add(at("2024-03-06T09:00").plus(Duration.ofMinutes(30L * half)));
        assertThat(kept).containsExactlyElementsOf(expected);
        // the week of 02-26 is covered by 03-03 (its Sunday), kept already as a daily one
        assertThat(kept).contains(at("2024-03-03T17:30"));
    }

    @Test
    void fewerThanKAreAllKeptAndOldOnesBeyondFourWeeksGo() {
        Instant now = at("2024-03-06T18:00");
        List<Instant> some = List.of(at("2024-03-06T09:00"), at("2023-12-01T09:00"), at("2023-12-02T09:00"));
        assertThat(new BackupRotation(10, 7, 4).prune(some, now, ZONE)).isEmpty();
        assertThat(new BackupRotation(1, 7, 4).prune(some, now, ZONE))
                .containsExactlyInAnyOrder(at("2023-12-01T09:00"), at("2023-12-02T09:00"));
    }
}
