package org.annalist.service;

import org.annalist.model.Presence;
import org.annalist.store.Archive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 正在编辑: which items the other editors of a shared archive have open. The program that shows an item beats every
 * {@link #BEAT} (and when it opens another one); a session not heard from for {@link #STALE} counts as gone. Another
 * window of the same user is another editor here: it can overwrite just as well.
 */
public final class EditingPresence {
    /** How often a session that shows an item says so. */
    public static final Duration BEAT = Duration.ofSeconds(15);
    /** After this long without a heartbeat a session no longer counts as editing. */
    public static final Duration STALE = Duration.ofMinutes(1);

    private final Archive archive;
    private final String actor;
    private final String session;
    private final Clock clock;

    public EditingPresence(Archive archive, String actor, Clock clock) {
        this.archive = archive;
        this.actor = actor;
        this.session = UUID.randomUUID().toString();
        this.clock = clock;
    }

    /** This session's id in the presence table. */
    public String session() {
        return session;
    }

    /** The user shows {@code itemId} (null: no item): a heartbeat, or the session's row removed. */
    public void beat(Long itemId) {
        Instant now = clock.instant();
        archive.inTransaction(tx -> {
            if (itemId == null) tx.releasePresence(session);
            else tx.beatPresence(itemId, session, actor, now);
            tx.clearStalePresence(now.minus(STALE).minus(STALE));
            return null;
        });
    }

    /** The session ends (closing the archive or the program). */
    public void leave() {
        beat(null);
    }

    /** The other editors that show {@code itemId} now, each name once, sorted. */
    public List<String> othersOn(long itemId) {
        Instant since = clock.instant().minus(STALE);
        return archive.read(tx -> tx.presenceOf(itemId, since)).stream()
                .filter(p -> !p.session().equals(session)).map(Presence::editor).distinct().sorted().toList();
    }

    /** Every item another editor shows now, with their names (sorted), for the tree. */
    public Map<Long, List<String>> others() {
        Instant since = clock.instant().minus(STALE);
        Map<Long, Set<String>> by = new LinkedHashMap<>();
        for (Presence p : archive.read(tx -> tx.livePresence(since))) {
            if (p.session().equals(session)) continue;
            by.computeIfAbsent(p.itemId(), k -> new java.util.TreeSet<>()).add(p.editor());
        }
        Map<Long, List<String>> out = new LinkedHashMap<>();
        by.forEach((k, v) -> out.put(k, List.copyOf(new LinkedHashSet<>(v))));
        return out;
    }
}
