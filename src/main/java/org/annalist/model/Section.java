package org.annalist.model;

import org.annalist.i18n.LocalizedException;

/** A node of a publication's section tree; {@code parentId} is null at the top; siblings ordered by {@code ord}. */
public record Section(long id, long publicationId, Long parentId, SectionLevel level, String title, int ord) {
    public Section {
        if (title == null || title.isBlank()) throw new LocalizedException("model.section.noTitle");
    }
}
