package org.annalist.store;

import java.util.Set;

/**
 * What one committed transaction wrote that the search index shows: the items it inserted, saved, signed, moved,
 * trashed, restored or commented on, or {@code everything} when it changed something many items show (a
 * publication's or 类目's title, a section moved or trashed with its items) and the whole archive must be compared.
 */
public record ItemChanges(Set<Long> items, boolean everything) {
    public static final ItemChanges NONE = new ItemChanges(Set.of(), false);

    public ItemChanges {
        items = Set.copyOf(items);
    }

    public boolean isEmpty() {
        return items.isEmpty() && !everything;
    }
}
