package org.annalist.store;

import org.annalist.model.Mention;
import org.annalist.model.Person;
import org.annalist.model.Place;

import java.util.List;
import java.util.Optional;

/**
 * The authority lists within one transaction ({@link Tx#authority()}): places (地名), the mentions of persons and places
 * in items (offered, confirmed, rejected) and the merging of duplicates. Writes are audited and signed by the
 * transaction's actor; persons themselves are saved with {@link Tx#savePerson}.
 */
public final class AuthorityStore {
    private final Tx tx;
    private final AuthorityRepository repo;

    AuthorityStore(Tx tx, AuthorityRepository repo) {
        this.tx = tx;
        this.repo = repo;
    }

    /** Inserts (id 0) or updates a place with its variant and old names. */
    public Place savePlace(Place p) {
        tx.noteEverythingChanged(); // its names show in the items that mention it, and in the index's user dictionary
        return tx.write(() -> repo.savePlace(p, Tx.requireActor(tx.actor())));
    }

    public Optional<Place> place(long id) {
        return tx.read(() -> repo.place(id));
    }

    /** The earliest place stored under exactly this name. */
    public Optional<Place> placeByName(String name) {
        return tx.read(() -> repo.placeByName(name));
    }

    /** All places by sort key, then name. */
    public List<Place> places() {
        return tx.read(repo::places);
    }

    /**
     * Stores mentions found on {@code base}, the item's body as it reads now (each anchored at its SHA-256), as offered;
     * returns them with their ids.
     */
    public List<Mention> offerMentions(long itemId, String base, List<Mention> found) {
        return tx.write(() -> repo.offer(itemId, base, found, Tx.requireActor(tx.actor())));
    }

    /** Every mention of the item, whatever its status, by anchor. */
    public List<Mention> mentions(long itemId) {
        return tx.read(() -> repo.mentionsOf(itemId));
    }

    /** The mentions of one person or place in items not in the trash; {@code status} null: any. */
    public List<Mention> mentionsOf(Mention.Kind kind, long entryId, Mention.Status status) {
        return tx.read(() -> repo.mentionsOfEntry(kind, entryId, status));
    }

    public Optional<Mention> mention(long id) {
        return tx.read(() -> repo.mention(id));
    }

    /** Confirms, rejects (or offers again) one mention; false when it had that status already. */
    public boolean decideMention(long mentionId, Mention.Status status) {
        tx.read(() -> repo.mention(mentionId)).ifPresent(m -> tx.noteItemChanged(m.itemId()));
        return tx.write(() -> repo.decide(mentionId, status, Tx.requireActor(tx.actor())));
    }

    /** Confirms or rejects every offered mention of one person or place in one item; how many. */
    public int decideMentions(long itemId, Mention.Kind kind, long entryId, Mention.Status status) {
        tx.noteItemChanged(itemId);
        return tx.write(() -> repo.decideAll(itemId, kind, entryId, status, Tx.requireActor(tx.actor())));
    }

    /** The items (not in the trash) that credit the person (作者、口述 …). */
    public List<Long> creditedItems(long personId) {
        return tx.read(() -> repo.creditedItems(personId));
    }

    /** Merges person {@code goneId} into {@code keepId} (names, mentions, credits) and deletes it. */
    public Person mergePersons(long keepId, long goneId) {
        tx.noteEverythingChanged();
        return tx.write(() -> repo.mergePersons(keepId, goneId, Tx.requireActor(tx.actor())));
    }

    /** Merges place {@code goneId} into {@code keepId} (names, mentions, places within it) and deletes it. */
    public Place mergePlaces(long keepId, long goneId) {
        tx.noteEverythingChanged();
        return tx.write(() -> repo.mergePlaces(keepId, goneId, Tx.requireActor(tx.actor())));
    }
}
