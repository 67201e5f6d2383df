package org.annalist.service;

import org.annalist.i18n.LocalizedException;
import org.annalist.doc.Document;
import org.annalist.doc.Markdown;
import org.annalist.doc.Suggestions;
import org.annalist.model.Item;
import org.annalist.store.Archive;

import java.util.List;

/**
 * 修订建议: the tracked changes an item's text still holds (from a Word file's revisions), listed, and accepted or
 * rejected all at once. Resolving writes a new revision of the item (stored revisions never change), so the
 * text with the suggestions stays in its history.
 */
public final class SuggestionService {

    /** What resolving did: the item as saved (unchanged when there was nothing to resolve) and how many went. */
    public record Outcome(Item item, int resolved) {
    }

    private final Archive archive;
    private final String actor;

    public SuggestionService(Archive archive, String actor) {
        this.archive = archive;
        this.actor = actor;
    }

    /** The item's pending suggestions in reading order. */
    public List<Suggestions.Suggestion> pending(long itemId) {
        return Suggestions.list(Markdown.parse(item(itemId).body()));
    }

    /** Accepts every suggestion: insertions stay as text, deletions go. */
    public Outcome acceptAll(long itemId) {
        return resolve(itemId, true);
    }

    /** Rejects every suggestion: deletions come back as text, insertions go. */
    public Outcome rejectAll(long itemId) {
        return resolve(itemId, false);
    }

    private Outcome resolve(long itemId, boolean accept) {
        return archive.inTransaction(tx -> {
            Item item = tx.item(itemId).orElseThrow(() -> new LocalizedException("review.noItem", itemId));
            Document doc = Markdown.parse(item.body());
            int n = Suggestions.tally(Suggestions.list(doc)).total(); // a move is one change, as the import report counts it
            if (n == 0) return new Outcome(item, 0);
            Document resolved = accept ? Suggestions.acceptAll(doc) : Suggestions.rejectAll(doc);
            Item saved = tx.saveItem(item.withBody(Markdown.write(resolved)), actor,
                    (accept ? "接受" : "拒绝") + "全部修订建议（" + n + " 处）");
            return new Outcome(saved, n);
        });
    }

    private Item item(long itemId) {
        return archive.read(tx -> tx.item(itemId))
                .orElseThrow(() -> new LocalizedException("review.noItem", itemId));
    }
}
