package org.annalist.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A double-clicked backup ({@code Annalist D:\备份\x.annalist-backup}) opens the desktop with its restore preview. */
class MainBackupArgumentTest {
    @Test
    void aBackupFileAsTheOnlyArgumentOpensTheRestorePreview() {
        assertThat(Main.backupFileArgs(new String[]{"D:\\备份\\x.annalist-backup"}))
                .containsExactly("--restore-preview", "D:\\备份\\x.annalist-backup");
        assertThat(Main.backupFileArgs(new String[]{"/home/编辑/年鉴.ANNALIST-BACKUP"}))
                .containsExactly("--restore-preview", "/home/编辑/年鉴.ANNALIST-BACKUP");
        assertThat(Main.backupFileArgs(new String[]{"restore-backup", "x.annalist-backup"})).isNull();
        assertThat(Main.backupFileArgs(new String[]{"list"})).isNull();
        assertThat(Main.backupFileArgs(new String[0])).isNull();
    }
}
