package org.annalist.model;

import org.annalist.i18n.LocalizedException;
import java.util.ArrayList;
import java.util.List;

/**
 * A place known to the archive (地名): its name, variant names, old names (旧称), a kind (县、区、镇、村 …), the place it
 * lies in (null: none given), an editable pinyin sort key ({@code sortKeyManual}: set by the editor, kept when the name
 * changes) and a note.
 */
public record Place(long id, String name, List<String> variants, List<String> oldNames, String kind, Long parentId,
                    String sortKey, boolean sortKeyManual, String note) {
    public Place {
        if (name == null || name.isBlank()) throw new LocalizedException("authority.placeNoName");
        name = name.strip();
        variants = List.copyOf(variants);
        oldNames = List.copyOf(oldNames);
        kind = Person.blankToNull(kind);
        sortKey = Person.blankToNull(sortKey);
        note = Person.blankToNull(note);
    }

    public Place(long id, String name) {
        this(id, name, List.of(), List.of(), null, null, null, false, null);
    }

    /** Every name the place is found under in a text: the name, the variants and the old names. */
    public List<String> allNames() {
        List<String> out = new ArrayList<>();
        out.add(name);
        for (String v : variants) if (!out.contains(v)) out.add(v);
        for (String v : oldNames) if (!out.contains(v)) out.add(v);
        return out;
    }

    public Place withSortKey(String key, boolean manual) {
        return new Place(id, name, variants, oldNames, kind, parentId, key, manual, note);
    }
}
