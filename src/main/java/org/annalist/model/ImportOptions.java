package org.annalist.model;

/**
 * Choices the editor makes for an import. {@code changes}: what becomes of tracked changes (修订) in a Word file —
 * kept as pending suggestions (the default: the editor decides later, nothing is lost), or all accepted, or all
 * rejected at import.
 */
public record ImportOptions(TrackedChanges changes) {
    public static final ImportOptions DEFAULT = new ImportOptions(TrackedChanges.KEEP);

    public ImportOptions {
        if (changes == null) changes = TrackedChanges.KEEP;
    }

    /** What to do with tracked changes. */
    public enum TrackedChanges {
        KEEP("作为待处理的修订建议保留在正文中"), ACCEPT("已全部接受"), REJECT("已全部拒绝");

        private final String done;

        TrackedChanges(String done) {
            this.done = done;
        }

        /** What was done, for the report. */
        public String done() {
            return done;
        }
    }
}
