package org.annalist.doc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Anything the tree has no dedicated record for: an identifier, classes and key/value pairs, kept in order so that
 * unknown styles from Word survive a round trip (pandoc's {@code Attr}). {@code id} is "" when there is none; a
 * block's id is what later stages find it by again ({@code section-12}, {@code item-34}). A span's {@code #x}
 * stays among its values as {@code id} (how the inline syntax has always read it).
 */
public record Attr(String id, List<String> classes, Map<String, String> values) {
    public static final Attr EMPTY = new Attr("", List.of(), Map.of());

    /** The key of a Word paragraph style the tree has no record for (pandoc's name for it). */
    public static final String CUSTOM_STYLE = "custom-style";

    public Attr {
        id = id == null ? "" : id;
        classes = List.copyOf(classes);
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Classes and values without an id. */
    public Attr(List<String> classes, Map<String, String> values) {
        this("", classes, values);
    }

    public static Attr ofClass(String cls) {
        return new Attr(List.of(cls), Map.of());
    }

    /** Only an id. */
    public static Attr ofId(String id) {
        return new Attr(id, List.of(), Map.of());
    }

    /** Only one key–value pair. */
    public static Attr of(String key, String value) {
        return new Attr(List.of(), Map.of(key, value));
    }

    public boolean hasClass(String cls) {
        return classes.contains(cls);
    }

    /** A value, or null. */
    public String value(String key) {
        return values.get(key);
    }

    /** This attr with another id ("" for none). */
    public Attr withId(String newId) {
        return new Attr(newId, classes, values);
    }

    public boolean isEmpty() {
        return id.isEmpty() && classes.isEmpty() && values.isEmpty();
    }
}
