package org.annalist.typeset.style;

import java.util.List;

/** A template with errors; each problem names the file, the line and the field, in Chinese. */
public class TemplateException extends Exception {
    private final List<String> problems;

    public TemplateException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
