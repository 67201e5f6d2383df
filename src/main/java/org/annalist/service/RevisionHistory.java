package org.annalist.service;

import org.annalist.doc.diff.Reading;
import org.annalist.doc.diff.TextDiff;
import org.annalist.i18n.LocalizedException;
import org.annalist.model.Item;
import org.annalist.model.ItemMetadata;
import org.annalist.model.Revision;
import org.annalist.store.Archive;

import java.util.List;

/**
 * 修订记录: an item's revisions, any two of them compared as a reader reads them (title, subtitle and body,
 * character by character, see {@link TextDiff}), and an earlier revision restored — as a new revision signed by
 * the user, so the history keeps everything in between.
 */
public final class RevisionHistory {

    /** Two revisions of an item and how they differ: A is the one chosen first (usually the older). */
    public record Comparison(Revision a, Revision b, TextDiff title, TextDiff subtitle, TextDiff body) {
        /** Whether the two read the same (they may still differ in markup or metadata). */
        public boolean same() {
            return title.same() && subtitle.same() && body.same();
        }
    }

    /** The number that stands for the user's draft of the item in {@link #compare} (no revision is numbered 0). */
    public static final int DRAFT = 0;

    private final Archive archive;
    private final String actor;

    public RevisionHistory(Archive archive, String actor) {
        this.archive = archive;
        this.actor = actor;
    }

    /** The item's revisions, oldest first. */
    public List<Revision> revisions(long itemId) {
        return archive.read(tx -> {
            if (tx.item(itemId).isEmpty()) throw new LocalizedException("revisions.noItem", itemId);
            return tx.revisions(itemId);
        });
    }

    /**
     * The user's draft of the item shown as a revision numbered {@link #DRAFT} (signed by the user, dated when it was
     * saved, noted with the revision it was typed over), for comparing it with the revisions: after a refused save,
     * the user's text against the one that landed meanwhile. Empty when the user has no draft of the item.
     */
    public java.util.Optional<Revision> draft(long itemId) {
        return archive.read(tx -> tx.draft(itemId, actor)).map(d -> new Revision(-1, itemId, DRAFT, d.author(),
                d.savedAt(), "", d.title(), d.subtitle(), d.body(), "基于第 " + d.baseRevision() + " 版"));
    }

    /** Revisions {@code a} and {@code b} ({@link #DRAFT}: the user's draft) of the item compared (read in one transaction, compared outside it). */
    public Comparison compare(long itemId, int a, int b) {
        Revision[] both = archive.read(tx -> {
            if (tx.item(itemId).isEmpty()) throw new LocalizedException("revisions.noItem", itemId);
            return new Revision[]{revision(tx, itemId, a), revision(tx, itemId, b)};
        });
        Revision ra = both[0];
        Revision rb = both[1];
        return new Comparison(ra, rb, TextDiff.of(Reading.plain(ra.title()), Reading.plain(rb.title())),
                TextDiff.of(Reading.plain(ra.subtitle()), Reading.plain(rb.subtitle())),
                TextDiff.of(Reading.of(ra.body()), Reading.of(rb.body())));
    }

    /**
     * Makes revision {@code number}'s title, subtitle, body and metadata the item's text again, as a new revision
     * under the user's name noted "恢复第 N 版", in one transaction; the item's status and place stay. Refused (in
     * Chinese) when the item or the revision does not exist, or the revision is what the item already holds.
     */
    public Item restore(long itemId, int number) {
        return archive.inTransaction(tx -> {
            Item current = tx.item(itemId).orElseThrow(() -> new LocalizedException("revisions.noItem", itemId));
            if (number == DRAFT) throw new LocalizedException("revisions.noRevision", itemId, number);
            Revision r = revision(tx, itemId, number);
            if (r.sha256().equals(tx.revision(itemId, current.revision()).map(Revision::sha256).orElse(""))) {
                throw new LocalizedException("revisions.restoreSame", number, current.title());
            }
            ItemMetadata metadata = tx.revisionMetadata(itemId, number).orElse(current.metadata());
            Item restored = current.withTitle(r.title(), r.subtitle()).withBody(r.body()).withMetadata(metadata);
            return tx.saveItem(restored, actor, "恢复第 " + number + " 版");
        });
    }

    private Revision revision(org.annalist.store.Tx tx, long itemId, int number) {
        if (number == DRAFT) {
            return tx.draft(itemId, actor).map(d -> new Revision(-1, itemId, DRAFT, d.author(), d.savedAt(), "", d.title(),
                    d.subtitle(), d.body(), "基于第 " + d.baseRevision() + " 版"))
                    .orElseThrow(() -> new LocalizedException("revisions.noDraft", itemId));
        }
        return tx.revision(itemId, number).orElseThrow(() -> new LocalizedException("revisions.noRevision", itemId, number));
    }
}
