package org.annalist.importer;

import java.util.Objects;

/** One input: its display name (file name, or "粘贴的文本") and its bytes. */
public record Source(String name, byte[] bytes) {
    public Source {
        Objects.requireNonNull(name);
        Objects.requireNonNull(bytes);
    }

    /** The file name's extension in lower case, without the dot, or "". */
    public String extension() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
    }
}
