package org.annalist.i18n;

import java.util.Locale;

/**
 * An exception whose message was written for the editor (which file, what is wrong, what to do), as a key with
 * arguments. Anything that does not implement this is a fault of the program or of a library: its message belongs in
 * the log, not on the screen.
 */
public interface Localizable {
    Localized localized();

    default String message(Locale locale) {
        return localized().text(locale);
    }
}
