package org.annalist.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything the ViewModels ask of the person at the screen: messages, errors, choices of files. The window
 * implements it with JavaFX dialogs ({@link FxDialogService}); tests with a recording implementation.
 */
public interface DialogService {

    /** An error: what failed ({@code title}), which file, and why (the cause in the user's language). */
    void showError(String title, String file, String cause);

    void showInfo(String title, String text);

    /** A long text (a report) the user can read and copy. */
    void showText(String title, String text);

    boolean confirm(String title, String question);

    /** A line of text (a title, a year), or empty when the user cancelled. */
    Optional<String> askText(String title, String prompt, String initial);

    /** One of {@code choices}, or empty when the user cancelled. */
    Optional<String> choose(String title, String prompt, List<String> choices);

    /** Files to import, or empty when the user cancelled. */
    List<Path> chooseFilesToImport();

    /** Where to write a PDF; {@code suggested} is the proposed file name. */
    Optional<Path> choosePdfTarget(String suggested);

    /** Where to write a Word file; {@code suggested} is the proposed file name. */
    default Optional<Path> chooseDocxTarget(String suggested) {
        return choosePdfTarget(suggested);
    }

    Optional<Path> chooseFolder(String title, Path initial);

    /** Opens a file with the program the operating system uses for it (a PDF viewer). */
    void open(Path file);
}
