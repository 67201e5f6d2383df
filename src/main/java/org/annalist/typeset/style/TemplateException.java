package org.annalist.typeset.style;

import org.annalist.i18n.Localizable;
import org.annalist.i18n.Localized;

import java.util.List;

/** A template with errors; each problem names the file, the line and the field. */
public class TemplateException extends Exception implements Localizable {
    private final List<Localized> problems;

    public TemplateException(List<Localized> problems) {
        super(problems.isEmpty() ? "" : problems.get(0).key());
        this.problems = List.copyOf(problems);
    }

    /** The problems in the language chosen for messages, one a line. */
    public List<String> problems() {
        return problems.stream().map(Localized::text).toList();
    }

    @Override
    public Localized localized() {
        return Localized.of("template.problems", problems);
    }

    @Override
    public String getMessage() {
        return localized().text();
    }
}
