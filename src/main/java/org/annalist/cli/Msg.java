package org.annalist.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Runtime texts of the CLI from the resource bundle of the current language. */
final class Msg {
    static final String BUNDLE = "org.annalist.cli.messages";

    private Msg() {
    }

    static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern).format(args);
    }

    /**
     * A kind, status, level or role of the model as the reader calls it: {@code label.ItemStatus.RECEIVED}. (The
     * enums' own labels are the Chinese words editors write in files and the book prints.)
     */
    static String label(Enum<?> e) {
        return get("label." + e.getDeclaringClass().getSimpleName() + "." + e.name());
    }
}
