package org.annalist.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The window's texts: {@code org/annalist/ui/messages.properties} (Chinese, the default) and {@code messages_en}. */
public final class I18n {
    public static final String BUNDLE = "org.annalist.ui.messages";
    private static volatile ResourceBundle bundle = load(Locale.SIMPLIFIED_CHINESE);

    private I18n() {
    }

    /** Chooses the language for texts looked up from now on. */
    public static void use(Locale locale) {
        bundle = load(locale);
        // the messages of the layers below (import, store, typesetting) follow the window's language
        org.annalist.i18n.Texts.use(locale);
    }

    public static Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.SIMPLIFIED_CHINESE : bundle.getLocale();
    }

    static ResourceBundle load(Locale locale) {
        // the Chinese texts are the base bundle: no fallback to the JVM's own locale in between
        return ResourceBundle.getBundle(BUNDLE, locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for {@code key}, with {0}, {1} … filled in; a missing key shows itself rather than failing. */
    public static String tr(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }
}
