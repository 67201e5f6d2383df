package org.annalist.model;

/**
 * A publication: a 年鉴 volume (with {@code year}) or a 文史 辑 (with {@code volumeNumber}).
 * {@code id} is 0 for a record not yet stored.
 */
public record Publication(long id, PublicationKind kind, String title, Integer year, Integer volumeNumber,
                          String subtitle, String code) {
    public Publication {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("出版物缺少书名");
        if (kind == PublicationKind.NIANJIAN && year == null) throw new IllegalArgumentException("年鉴缺少年份：" + title);
        if (kind == PublicationKind.WENSHI && volumeNumber == null) throw new IllegalArgumentException("文史资料缺少辑号：" + title);
    }

    /** How the publication is named in lists: 《常德年鉴》2022 or 《乌当文史》第3辑. */
    public String displayName() {
        return kind == PublicationKind.NIANJIAN
                ? "《" + title + "》" + year
                : "《" + title + "》第" + volumeNumber + "辑";
    }
}
