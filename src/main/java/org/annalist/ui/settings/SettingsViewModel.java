package org.annalist.ui.settings;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.annalist.service.TypesetService;
import org.annalist.service.UserSettings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The settings form; {@link #save()} checks and writes them into the user's configuration folder. */
public final class SettingsViewModel {
    public final StringProperty dataDir = new SimpleStringProperty("");
    public final StringProperty fontsDir = new SimpleStringProperty("");
    public final StringProperty defaultTemplate = new SimpleStringProperty("");
    public final StringProperty userName = new SimpleStringProperty("");
    public final StringProperty language = new SimpleStringProperty("zh");
    private final Path configDir;
    private UserSettings current;

    public SettingsViewModel(UserSettings settings, Path configDir) {
        this.configDir = configDir;
        this.current = settings;
        dataDir.set(settings.dataDir());
        fontsDir.set(settings.fontsDir());
        defaultTemplate.set(settings.defaultTemplate());
        userName.set(settings.userName());
        language.set(settings.language());
    }

    public List<String> templates() {
        return TypesetService.templateNames();
    }

    public UserSettings settings() {
        return new UserSettings(dataDir.get(), fontsDir.get(), defaultTemplate.get(), userName.get(), language.get())
                .withLastExportsOf(current);
    }

    /** The problem with the form, or null. */
    public String problem() {
        return settings().problem();
    }

    /** Whether the new settings need the archive reopened (folder, user name) or the window rebuilt (language). */
    public record Saved(UserSettings settings, boolean reopen, boolean relanguage) {
    }

    public Saved save() throws IOException {
        String p = problem();
        if (p != null) throw new IllegalArgumentException(p);
        UserSettings s = settings();
        s.save(configDir);
        boolean reopen = !s.dataPath().equals(current.dataPath()) || !s.userName().equals(current.userName())
                || !s.fontsDir().equals(current.fontsDir());
        boolean relanguage = !s.language().equals(current.language());
        current = s;
        return new Saved(s, reopen, relanguage);
    }
}
