package org.annalist.ui.settings;

import org.annalist.service.BackupSettings;
import org.annalist.service.UserSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The automatic backups' settings in the settings form: shown, checked, written to backups.properties. */
class SettingsViewModelTest {
    @TempDir
    Path config;

    @Test
    void backupSettingsAreShownCheckedAndSaved() throws Exception {
        SettingsViewModel vm = new SettingsViewModel(UserSettings.defaults(), config);
        assertThat(vm.backupEveryMinutes.get()).isEqualTo("30");
        assertThat(vm.backupKeepLast.get()).isEqualTo("10");

        vm.backupEveryMinutes.set(" 15 ");
        vm.backupKeepLast.set("20");
        SettingsViewModel.Saved saved = vm.save();
        assertThat(saved.backupsChanged()).isTrue();
        assertThat(saved.reopen()).isFalse();
        assertThat(BackupSettings.load(config)).isEqualTo(new BackupSettings(15, 20));
        assertThat(vm.save().backupsChanged()).isFalse();

        // a reopened form shows what is stored
        SettingsViewModel again = new SettingsViewModel(UserSettings.defaults(), config);
        assertThat(again.backupEveryMinutes.get()).isEqualTo("15");
        assertThat(again.backupKeepLast.get()).isEqualTo("20");
    }

    @Test
    void wrongNumbersAreRefusedWithTheValueNamedAndNothingIsWritten() throws Exception {
        SettingsViewModel vm = new SettingsViewModel(UserSettings.defaults(), config);
        vm.backupEveryMinutes.set("0");
        assertThat(vm.problem()).contains("“0”").contains("1440");
        assertThatThrownBy(vm::save).isInstanceOf(IllegalArgumentException.class);
        vm.backupEveryMinutes.set("30");
        vm.backupKeepLast.set("十");
        assertThat(vm.problem()).contains("“十”");
        assertThatThrownBy(vm::save).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.exists(config.resolve("backups.properties"))).isFalse();
    }
}
