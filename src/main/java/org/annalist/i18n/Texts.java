package org.annalist.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The message texts: {@code org/annalist/i18n/messages.properties} (Chinese, the default) and {@code messages_en}.
 * Patterns are {@link MessageFormat}s (a quote is written {@code ''}); arguments are shown as text, so numbers such as
 * years are never grouped ({@code 2022}, not {@code 2,022}); a {@code List} argument is shown one element a line.
 */
public final class Texts {
    public static final String BUNDLE = "org.annalist.i18n.messages";
    private static volatile Locale current = Locale.SIMPLIFIED_CHINESE;

    private Texts() {
    }

    /**
     * Chooses the language of messages rendered from now on (the command line's {@code --lang}, the desktop's
     * setting). Chinese unless English is asked for: the editors' machines are Chinese, the JVM's locale may not be.
     */
    public static void use(Locale locale) {
        current = locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public static Locale locale() {
        return current;
    }

    public static ResourceBundle bundle(Locale locale) {
        // the Chinese texts are the base bundle: no fallback to the JVM's own locale in between
        return ResourceBundle.getBundle(BUNDLE, locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for {@code key} with {0}, {1} … filled in; a missing key shows itself rather than failing. */
    public static String format(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            shown[i] = shown(locale, a);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** An argument as text: a {@link Localized} in the same language, a list one element a line, else as it is. */
    private static String shown(Locale locale, Object a) {
        if (a instanceof Localized l) return l.text(locale);
        if (a instanceof Joined j) {
            String separator = format(locale, "list.separator");
            StringBuilder sb = new StringBuilder();
            for (Object o : j.items()) sb.append(sb.length() == 0 ? "" : separator).append(shown(locale, o));
            return sb.toString();
        }
        if (a instanceof java.util.List<?> list) {
            StringBuilder sb = new StringBuilder();
            for (Object o : list) sb.append(sb.length() == 0 ? "" : "\n").append(shown(locale, o));
            return sb.toString();
        }
        return String.valueOf(a);
    }

    /**
     * Items as one argument of a message, joined as the reader's language joins a list: "甲、乙、丙" in Chinese,
     * "a, b, c" in English. The items themselves are shown as they are (or, if {@code Localized}, in that language).
     */
    public static Joined list(Iterable<?> items) {
        java.util.List<Object> all = new java.util.ArrayList<>();
        items.forEach(all::add);
        return new Joined(java.util.List.copyOf(all));
    }

    /** A list argument of a message, see {@link #list}. */
    public record Joined(java.util.List<?> items) {
        @Override
        public String toString() {
            return shown(current, this);
        }
    }

    /** The items joined as {@link #list} shows them, in the current language. */
    public static String join(Iterable<?> items) {
        return shown(current, list(items));
    }

    public static String get(String key, Object... args) {
        return format(current, key, args);
    }
}
