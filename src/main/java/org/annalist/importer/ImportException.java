package org.annalist.importer;

import org.annalist.i18n.Localizable;
import org.annalist.i18n.Localized;

/** A file that cannot be imported; the message names the file and the problem, in the reader's language. */
public class ImportException extends Exception implements Localizable {
    private final String fileName;
    private final Localized problem;

    public ImportException(String fileName, Localized problem) {
        this(fileName, problem, null);
    }

    public ImportException(String fileName, Localized problem, Throwable cause) {
        super(problem.key(), cause);
        this.fileName = fileName;
        this.problem = problem;
    }

    /** A file of 0 bytes: named as empty by every importer, whatever the file is called. */
    public static ImportException emptyFile(String fileName) {
        return new ImportException(fileName, Localized.of("import.empty"));
    }

    public String fileName() {
        return fileName;
    }

    /** What is wrong with the file, without its name. */
    public Localized problem() {
        return problem;
    }

    @Override
    public Localized localized() {
        return Localized.of("import.failed", fileName, problem);
    }

    @Override
    public String getMessage() {
        return localized().text();
    }
}
