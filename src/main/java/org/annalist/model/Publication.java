package org.annalist.model;

import org.annalist.i18n.LocalizedException;

/**
 * A publication: a 年鉴 volume (with {@code year}) or a 文史 辑 (with {@code volumeNumber}).
 * {@code id} is 0 for a record not yet stored.
 */
public record Publication(long id, PublicationKind kind, String title, Integer year, Integer volumeNumber,
                          String subtitle, String code) {
    public Publication {
        if (title == null || title.isBlank()) throw new LocalizedException("model.publication.noTitle");
        if (kind == PublicationKind.NIANJIAN && year == null) throw new LocalizedException("model.publication.noYear", title);
        if (kind == PublicationKind.WENSHI && volumeNumber == null) throw new LocalizedException("model.publication.noVolume", title);
    }

    /** How the publication is named in lists: 《常德年鉴》2022 or 《乌当文史》第3辑. */
    /** "《示范年鉴》2022", "《政协文史资料》第3辑" (in English: "示范年鉴 2022", "政协文史资料, vol. 3"). */
    public String displayName() {
        return kind == PublicationKind.NIANJIAN
                ? org.annalist.i18n.Texts.get("displayName.yearbook", title, String.valueOf(year))
                : org.annalist.i18n.Texts.get("displayName.volume", title, String.valueOf(volumeNumber));
    }
}
