package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;
import org.annalist.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL store beside the H2 one: the same migrations in both folders, H2's upserts in PostgreSQL's SQL, the
 * location parsed, and — on a real server — the append-only trigger, and a save's time on both stores in one run.
 */
class PostgresStoreTest {
    @TempDir
    Path dir;

    private static List<String> versions(String folder) throws IOException, URISyntaxException {
        Path p = Path.of(PostgresStoreTest.class.getResource("/db/" + folder).toURI());
        try (Stream<Path> files = Files.list(p)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
    }

    @Test
    void everyMigrationHasItsPostgresqlTwin() throws Exception {
        assertThat(versions("postgresql")).isEqualTo(versions("migration")).contains("V13__item_presence.sql");
    }

    @Test
    void h2MergeBecomesAnUpsert() {
        assertThat(Jdbc.forPostgres("MERGE INTO item_draft (item_id, base_revision, title, author, saved_at)"
                + " KEY (item_id, author) VALUES (?, ?, ?, ?, ?)"))
                .isEqualTo("INSERT INTO item_draft (item_id, base_revision, title, author, saved_at) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (item_id, author) DO UPDATE SET base_revision = EXCLUDED.base_revision,"
                        + " title = EXCLUDED.title, saved_at = EXCLUDED.saved_at");
        assertThat(Jdbc.forPostgres("SELECT 1")).isEqualTo("SELECT 1");
    }

    @Test
    void locationsAreParsedAndAWrongOneIsNamedInChinese() {
        PostgresLocation at = PostgresLocation.parse("postgresql://db.office:5433/nianjian?user=wang&password=s%26cret");
        assertThat(at.jdbcUrl()).isEqualTo("jdbc:postgresql://db.office:5433/nianjian");
        assertThat(at.user()).isEqualTo("wang");
        assertThat(at.password()).isEqualTo("s&cret");
        assertThat(at.display()).isEqualTo("postgresql://wang@db.office:5433/nianjian").doesNotContain("cret");
        assertThat(PostgresLocation.parse("jdbc:postgresql://localhost/a?user=u&sslmode=require").jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost:5432/a?sslmode=require");
        assertThatThrownBy(() -> PostgresLocation.parse("mysql://x/y")).isInstanceOf(StoreException.class)
                .hasMessageContaining("不是 PostgreSQL 档案库的地址");
        assertThatThrownBy(() -> Archive.openPostgres("postgresql://127.0.0.1:1/none?user=nobody"))
                .isInstanceOf(StoreException.class).hasMessageContaining("无法连接 PostgreSQL 档案库");
    }

    @Test
    void onPostgresqlRevisionsAreAppendOnlyAndSavesWork() {
        if (!TestStores.postgres()) {
            // the H2 run checks the H2 store everywhere else; this one is about PostgreSQL (-Dannalist.test.db=postgresql)
            assertThat(TestStores.open(dir).postgres()).isFalse();
            return;
        }
        long pgNanos;
        long h2Nanos;
        try (Archive pg = TestStores.open(dir)) {
            assertThat(pg.postgres()).isTrue();
            Item item = pg.inTransaction(tx -> tx.insertItem(Item.draft(ItemKind.ARTICLE, "乌当纪事", null, "正文\n",
                    ItemMetadata.EMPTY), "王编辑", "新建"));
            assertThatThrownBy(() -> pg.inTransaction(tx -> {
                try (Statement s = tx.connection().createStatement()) {
                    s.executeUpdate("UPDATE revision SET body = 'x' WHERE item_id = " + item.id());
                }
                return null;
            })).isInstanceOf(StoreException.class).hasMessageContaining("只能追加");
            pgNanos = saves(pg, item);
        }
        try (Archive h2 = Archive.open(dir.resolve("h2"))) {
            Item item = h2.inTransaction(tx -> tx.insertItem(Item.draft(ItemKind.ARTICLE, "乌当纪事", null, "正文\n",
                    ItemMetadata.EMPTY), "王编辑", "新建"));
            h2Nanos = saves(h2, item);
        }
        // Speed is measured by a benchmark (bench/ArchiveMoveBenchmark: a save on PostgreSQL vs H2 in one run), never
        // asserted by a timed test: on a loaded machine this ratio swung from 1.6 to 3.1.
        System.out.printf("save: PostgreSQL %.2f ms, H2 %.2f ms (median of 40; informative only)%n", pgNanos / 1e6, h2Nanos / 1e6);
        assertThat(pgNanos).isPositive();
        assertThat(h2Nanos).isPositive();
    }

    /** The median time of 40 saves of a new revision. */
    private static long saves(Archive a, Item first) {
        Item item = first;
        long[] times = new long[40];
        for (int i = 0; i < 50; i++) {
            Item edited = item.withBody("正文第 " + i + " 稿。\n");
            long t = System.nanoTime();
            item = a.inTransaction(tx -> tx.saveItem(edited, "王编辑", "改"));
            if (i >= 10) times[i - 10] = System.nanoTime() - t;
        }
        long id = first.id();
        java.util.List<org.annalist.model.Revision> revisions = a.read(tx -> tx.revisions(id));
        assertThat(revisions).hasSize(51);
        assertThat(revisions.get(50).body()).isEqualTo("正文第 49 稿。\n");
        java.util.Arrays.sort(times);
        return times[times.length / 2];
    }
}
