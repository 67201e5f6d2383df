package org.annalist.model;

import org.annalist.i18n.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * What an importer did to one file, so the editor can check it: the encoding and format recognised, every
 * piece of text removed (with its line and the reason), everything detected (title, byline, structure),
 * and warnings. Nothing is removed or changed without an entry here.
 */
public final class ImportReport {

    /** The kinds of entry, with their labels in the language of messages. */
    public enum Kind {
        FORMAT("report.kind.format"), REMOVED("report.kind.removed"), DETECTED("report.kind.detected"),
        WARNING("report.kind.warning");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String label() {
            return Texts.get(key);
        }
    }

    /** One entry: {@code line} is the 1-based line of the source it concerns, or 0. */
    public record Entry(Kind kind, int line, String message, String text) {
    }

    private final String fileName;
    private final List<Entry> entries = new ArrayList<>();

    public ImportReport(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public List<Entry> entries(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    public ImportReport format(String message) {
        entries.add(new Entry(Kind.FORMAT, 0, message, null));
        return this;
    }

    public ImportReport removed(int line, String reason, String text) {
        entries.add(new Entry(Kind.REMOVED, line, reason, text));
        return this;
    }

    public ImportReport detected(int line, String what, String value) {
        entries.add(new Entry(Kind.DETECTED, line, what, value));
        return this;
    }

    public ImportReport warning(int line, String message) {
        entries.add(new Entry(Kind.WARNING, line, message, null));
        return this;
    }

    public boolean hasWarnings() {
        return entries.stream().anyMatch(e -> e.kind() == Kind.WARNING);
    }

    /** The report as text for the editor, one line an entry. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(Texts.get("report.title", fileName)).append('\n');
        for (Entry e : entries) {
            sb.append("  [").append(e.kind().label()).append("] ");
            if (e.line() > 0) sb.append(Texts.get("report.line", e.line())).append(' ');
            sb.append(e.message());
            if (e.text() != null) {
                String t = e.text().strip();
                if (t.length() > 60) t = t.substring(0, 58) + "……";
                sb.append(Texts.get("report.textSeparator")).append(t);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return toText();
    }
}
