package org.annalist.typeset.font;

import org.annalist.i18n.Localizable;
import org.annalist.i18n.Localized;

import java.nio.file.Path;

/** A font file that cannot be used; the message names the file and the problem. */
public class FontException extends Exception implements Localizable {
    private final Localized problem;
    private final Path file;

    public FontException(Path file, Localized problem) {
        this(file, problem, null);
    }

    public FontException(Path file, Localized problem, Throwable cause) {
        super(problem.key(), cause);
        this.file = file;
        this.problem = problem;
    }

    public FontException(Path file, String key, Object... args) {
        this(file, Localized.of(key, args));
    }

    @Override
    public Localized localized() {
        return Localized.of("font.unusable", file, problem);
    }

    @Override
    public String getMessage() {
        return localized().text();
    }
}
