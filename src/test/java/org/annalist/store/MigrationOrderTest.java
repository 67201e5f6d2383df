package org.annalist.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V6 (回收站) was written before V5 (on another branch) was merged: an archive migrated to V6 must still open when
 * a lower-numbered migration arrives later, and take it (Flyway outOfOrder).
 */
class MigrationOrderTest {
    @TempDir
    Path dir;

    @Test
    void aLowerMigrationArrivingLaterIsAppliedToAnArchiveAlreadyAtV6() throws Exception {
        Archive.open(dir).close();
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("annalist");
        Archive.migrate(url, "classpath:db/migration", "classpath:db/outoforder");
        try (var c = DriverManager.getConnection(url, "annalist", "");
             var rs = c.createStatement().executeQuery(
                     "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" ORDER BY \"installed_rank\"")) {
            StringBuilder versions = new StringBuilder();
            while (rs.next()) versions.append(rs.getString(1)).append(' ');
            // 5.9 comes last, after 6 (and whatever later migrations the program has by now)
            String applied = versions.toString().strip();
            assertThat(applied).endsWith(" 5.9");
            assertThat(applied.substring(0, applied.length() - 4).split(" ")).contains("6");
        }
        Archive.migrate(url, "classpath:db/migration", "classpath:db/outoforder"); // and validates from then on
    }
}
