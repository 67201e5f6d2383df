package org.annalist.ui.settings;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.annalist.service.BackupSettings;
import org.annalist.service.TypesetService;
import org.annalist.ui.common.I18n;
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
    /** Minutes between automatic backups while editing, and how many of the newest to keep (as typed). */
    public final StringProperty backupEveryMinutes = new SimpleStringProperty("");
    public final StringProperty backupKeepLast = new SimpleStringProperty("");
    private final Path configDir;
    private UserSettings current;
    private BackupSettings currentBackups;

    public SettingsViewModel(UserSettings settings, Path configDir) {
        this.configDir = configDir;
        this.current = settings;
        dataDir.set(settings.dataDir());
        fontsDir.set(settings.fontsDir());
        defaultTemplate.set(settings.defaultTemplate());
        userName.set(settings.userName());
        language.set(settings.language());
        currentBackups = configDir == null ? BackupSettings.DEFAULT : BackupSettings.load(configDir);
        backupEveryMinutes.set(String.valueOf(currentBackups.everyMinutes()));
        backupKeepLast.set(String.valueOf(currentBackups.keepLast()));
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
        String p = settings().problem();
        if (p != null) return p;
        if (number(backupEveryMinutes.get(), 1, MAX_MINUTES) == null) {
            return I18n.tr("settings.backupEvery.wrong", backupEveryMinutes.get().strip(), MAX_MINUTES);
        }
        if (number(backupKeepLast.get(), 1, MAX_KEEP) == null) {
            return I18n.tr("settings.backupKeep.wrong", backupKeepLast.get().strip(), MAX_KEEP);
        }
        return null;
    }

    static final int MAX_MINUTES = 24 * 60;
    static final int MAX_KEEP = 1000;

    private static Integer number(String s, int min, int max) {
        try {
            int n = Integer.parseInt(s == null ? "" : s.strip());
            return n < min || n > max ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Whether the new settings need the archive reopened (folder, user name), the window rebuilt (language), or the
     * automatic backups rescheduled.
     */
    public record Saved(UserSettings settings, boolean reopen, boolean relanguage, boolean backupsChanged) {
    }

    public Saved save() throws IOException {
        String p = problem();
        if (p != null) throw new IllegalArgumentException(p);
        UserSettings s = settings();
        s.save(configDir);
        boolean reopen = !s.dataPath().equals(current.dataPath()) || !s.userName().equals(current.userName())
                || !s.fontsDir().equals(current.fontsDir());
        boolean relanguage = !s.language().equals(current.language());
        BackupSettings b = new BackupSettings(number(backupEveryMinutes.get(), 1, MAX_MINUTES),
                number(backupKeepLast.get(), 1, MAX_KEEP));
        boolean backupsChanged = !b.equals(currentBackups);
        if (backupsChanged) b.save(configDir);
        current = s;
        currentBackups = b;
        return new Saved(s, reopen, relanguage, backupsChanged);
    }
}
