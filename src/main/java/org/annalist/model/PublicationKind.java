package org.annalist.model;

/** What kind of book a publication is. */
public enum PublicationKind implements Labels.Labelled {
    /** 年鉴: a yearly volume, identified by its year. */
    NIANJIAN("年鉴"),
    /** 文史资料: a numbered volume (辑). */
    WENSHI("文史");

    private final String label;

    PublicationKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Accepts the enum name or the Chinese label. */
    public static PublicationKind parse(String s) {
        return Labels.parse(PublicationKind.class, s, "model.label.publicationKind");
    }
}
