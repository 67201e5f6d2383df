package org.annalist.ui;

import org.annalist.ui.common.DialogService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The person at the screen in tests: remembers what they were shown, answers as told. */
public final class RecordingDialogs implements DialogService {
    /** One error shown. */
    public record Error(String title, String file, String cause) {
    }

    public final List<Error> errors = Collections.synchronizedList(new ArrayList<>());
    public final List<String> infos = Collections.synchronizedList(new ArrayList<>());
    public final List<Path> opened = Collections.synchronizedList(new ArrayList<>());
    /** The questions asked through {@link #confirm}. */
    public final List<String> questions = Collections.synchronizedList(new ArrayList<>());
    public List<Path> filesToImport = List.of();
    public Path pdfTarget;
    public final List<String> confirms = Collections.synchronizedList(new ArrayList<>());
    public boolean confirmAnswer = true;
    /** Answers to askText and choose, in the order asked; a choice answer is matched as the start of a choice. */
    public final java.util.Deque<String> answers = new java.util.ArrayDeque<>();

    @Override
    public void showError(String title, String file, String cause) {
        errors.add(new Error(title, file, cause));
    }

    @Override
    public void showInfo(String title, String text) {
        infos.add(title + ": " + text);
    }

    @Override
    public void showText(String title, String text) {
        infos.add(title + ": " + text);
    }

    @Override
    public boolean confirm(String title, String question) {
        confirms.add(title + ": " + question);
        questions.add(title + ": " + question);
        return confirmAnswer;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        questions.add(prompt);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<String> choose(String title, String prompt, List<String> choices) {
        questions.add(prompt + " " + choices);
        String a = answers.poll();
        return a == null ? Optional.empty() : choices.stream().filter(c -> c.startsWith(a)).findFirst();
    }

    @Override
    public List<Path> chooseFilesToImport() {
        return filesToImport;
    }

    @Override
    public Optional<Path> choosePdfTarget(String suggested) {
        return Optional.ofNullable(pdfTarget);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return Optional.empty();
    }

    @Override
    public void open(Path file) {
        opened.add(file);
    }
}
