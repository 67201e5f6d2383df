package org.annalist.service;

import org.annalist.i18n.Localizable;
import org.annalist.i18n.Localized;
import org.annalist.i18n.Texts;

import java.util.Locale;
import java.util.Optional;

/** Turns exceptions into one line for the editor, without stack traces. */
public final class Messages {
    private Messages() {
    }

    /** As {@link #describe(Throwable, Locale)} in the language chosen with {@link Texts#use(Locale)}. */
    public static String describe(Throwable e) {
        return describe(e, Texts.locale());
    }

    /**
     * The message written for the editor (the outermost {@link Localizable} of the cause chain: the store and the
     * services wrap causes, and the wrapper says more about what was being done), or, for a fault of the program or
     * of a library, a generic "internal error" with the exception's class as the only detail: its own message is
     * for the log, where {@link ProblemLog} keeps it.
     */
    public static String describe(Throwable e, Locale locale) {
        return localized(e).map(l -> l.text(locale))
                .orElseGet(() -> Texts.format(locale, "error.internal", e.getClass().getSimpleName()));
    }

    /** The message for the editor that the exception (or one of its causes) carries, if any. */
    public static Optional<Localized> localized(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Localizable l) return Optional.of(l.localized());
            if (t.getCause() == t) break;
        }
        return Optional.empty();
    }

    /**
     * Whether the exception carries a message written for the editor rather than a library's or the JVM's, which
     * only a bug report can use.
     */
    public static boolean isForTheEditor(Throwable e) {
        return localized(e).isPresent();
    }
}
