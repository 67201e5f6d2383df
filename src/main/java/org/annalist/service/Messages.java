package org.annalist.service;

/** Turns exceptions into one line for the editor, without stack traces. */
public final class Messages {
    private Messages() {
    }

    public static String describe(Throwable e) {
        Throwable t = e;
        // the store wraps causes; the innermost message that is ours (Chinese) is the useful one
        String best = null;
        while (t != null) {
            String m = t.getMessage();
            if (m != null && !m.isBlank() && containsHan(m)) {
                best = m;
                break;
            }
            if (best == null && m != null && !m.isBlank()) best = m;
            t = t.getCause();
        }
        return best == null ? e.getClass().getSimpleName() : best;
    }

    /**
     * Whether the exception carries a message written for the editor (the program's own, in Chinese) rather than
     * a library's or the JVM's, which only a bug report can use.
     */
    public static boolean isForTheEditor(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && containsHan(m)) return true;
        }
        return false;
    }

    private static boolean containsHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
