package org.annalist.doc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Anything the tree has no dedicated record for: classes and key/value pairs, kept in order so that
 * unknown styles from Word survive a round trip (pandoc's way).
 */
public record Attr(List<String> classes, Map<String, String> values) {
    public static final Attr EMPTY = new Attr(List.of(), Map.of());

    public Attr {
        classes = List.copyOf(classes);
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Attr ofClass(String cls) {
        return new Attr(List.of(cls), Map.of());
    }

    public boolean hasClass(String cls) {
        return classes.contains(cls);
    }

    public boolean isEmpty() {
        return classes.isEmpty() && values.isEmpty();
    }
}
