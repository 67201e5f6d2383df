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

    private static boolean containsHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
