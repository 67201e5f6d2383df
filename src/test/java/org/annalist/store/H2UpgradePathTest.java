package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.annalist.model.ImportLogEntry;
import org.annalist.model.Item;
import org.annalist.model.ItemDraft;
import org.annalist.model.Publication;
import org.annalist.model.PublicationKind;
import org.annalist.model.Revision;
import org.annalist.model.Section;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The upgrade path of the embedded database (issue 11): an archive written by an earlier release opens with the H2
 * (and Flyway) of this build, with all its publications, items, revisions and append-only checks, and takes new
 * writes. H2 promises no file compatibility between its minor lines (2.1 → 2.2 could not open older files; a dump
 * with the old version and a restore was the only way), so every upgrade of H2 in the pom must pass this test.
 *
 * <p>{@code fixtures/archive-h2-2.3.232/annalist.mv.db} is the archive that {@code ./annalist --data DIR demo} wrote at
 * commit 9602884 (H2 2.3.232, Flyway 10.20.1, schema V1–V4: two publications, 11 items). It is copied before it is
 * opened, so the fixture itself is never touched. If a future H2 cannot open it, this test fails: then either keep
 * that H2, or open such an archive with the old H2 (SCRIPT), create a new one with the new H2 (RUNSCRIPT) and tell
 * the editor so, and add a fixture of the archive as the new version writes it, beside this one.
 */
class H2UpgradePathTest {
    static final String FIXTURE = "/fixtures/archive-h2-2.3.232/annalist.mv.db";

    @TempDir
    Path dir;

    @BeforeEach
    void copyFixture() throws Exception {
        try (InputStream in = H2UpgradePathTest.class.getResourceAsStream(FIXTURE)) {
            assertThat(in).as(FIXTURE).isNotNull();
            Files.copy(in, dir.resolve(Archive.DATABASE_FILE));
        }
    }

    @Test
    void theFixtureWasWrittenByH2_2_3_232() throws Exception {
        // The MVStore header: file format 3 is that of H2 2.2 and later (2.0 and 2.1 wrote 2 and cannot open it).
        byte[] head = Arrays.copyOf(Files.readAllBytes(dir.resolve(Archive.DATABASE_FILE)), 128);
        assertThat(new String(head, StandardCharsets.ISO_8859_1)).startsWith("H:2,").contains(",format:3,");
        try (Archive archive = Archive.open(dir)) {
            // The build that created the database stays in it, whichever H2 opens it later.
            assertThat(setting(archive, "CREATE_BUILD")).isEqualTo("232");
            assertThat(setting(archive, "info.BUILD_ID")).as("the H2 of this build")
                    .isEqualTo(Integer.toString(org.h2.engine.Constants.BUILD_ID));
        }
    }

    @Test
    void anArchiveWrittenByH2_2_3_232OpensWithItsPublicationsItemsAndRevisions() {
        try (Archive archive = Archive.open(dir)) {
            List<String> history = archive.read(tx -> ArchiveOpenTest.column(tx.connection(),
                    "SELECT \"version\" || ':' || \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL"
                            + " ORDER BY \"installed_rank\""));
            assertThat(history).startsWith("1:TRUE", "2:TRUE", "3:TRUE", "4:TRUE").allSatisfy(h -> assertThat(h).endsWith(":TRUE"));

            Publication nianjian = archive.read(tx -> tx.publicationByCode("demo-nianjian-2022")).orElseThrow();
            assertThat(nianjian.kind()).isEqualTo(PublicationKind.NIANJIAN);
            assertThat(nianjian.title()).isEqualTo("示范年鉴");
            List<Item> items = archive.read(tx -> tx.itemsOfPublication(nianjian.id()));
            assertThat(items).extracting(Item::title).containsExactly(
                    "常德市政协工作报告（节选）",
                    "用实干实绩书写新时代履职答卷",
                    "坚持“12345”工作思路 凝心聚力助推南江经济社会高质量发展",
                    "县政协2020年工作要点");
            assertThat(items).allSatisfy(i -> assertThat(i.body()).hasSizeGreaterThan(1000));
            assertThat(items.get(1).subtitle()).contains("乌当区政协2022年工作综述");
            assertThat(items.get(1).body()).contains("乌当区政协");

            Publication wenshi = archive.read(tx -> tx.publicationByCode("demo-wenshi-1")).orElseThrow();
            List<Item> articles = archive.read(tx -> tx.itemsOfPublication(wenshi.id()));
            assertThat(articles).hasSize(7);
            assertThat(articles.get(0).title()).startsWith("把准市县政协性质定位");
            assertThat(articles.get(0).metadata().toString()).contains("王立平");

            // Revisions and their hashes, the import log and the sections read back as written.
            List<Revision> revisions = archive.read(tx -> tx.revisions(items.get(0).id()));
            assertThat(revisions).isNotEmpty().allSatisfy(r -> assertThat(r.sha256()).hasSize(64));
            List<String> mismatched = archive.read(Tx::verifyAllRevisions);
            assertThat(mismatched).isEmpty();
            List<ImportLogEntry> imports = archive.read(tx -> tx.imports(100));
            assertThat(imports).isNotEmpty();
            List<Section> sections = archive.read(tx -> tx.sections(nianjian.id()));
            assertThat(sections).hasSize(4);

            // V5 (drafts) applied to the old archive: a draft is kept, replaced, and deleted with the item's revisions untouched
            assertThat(history).contains("5:TRUE");
            long id = items.get(0).id();
            archive.inTransaction(tx -> tx.putDraft(new ItemDraft(id, items.get(0).revision(), "", null, "草稿一", "编辑甲", null)));
            archive.inTransaction(tx -> tx.putDraft(new ItemDraft(id, items.get(0).revision(), "", null, "草稿二", "编辑甲", null)));
            archive.inTransaction(tx -> tx.putDraft(new ItemDraft(id, items.get(0).revision(), "", null, "乙的草稿", "编辑乙", null)));
            assertThat(archive.read(Tx::drafts)).extracting(ItemDraft::body).containsExactlyInAnyOrder("草稿二", "乙的草稿");
            Optional<ItemDraft> mine = archive.read(tx -> tx.draft(id, "编辑甲"));
            assertThat(mine.map(ItemDraft::body)).contains("草稿二");
            List<Revision> afterDrafts = archive.read(tx -> tx.revisions(id));
            assertThat(afterDrafts).hasSameSizeAs(revisions);
        }
    }

    @Test
    void anArchiveWrittenByH2_2_3_232TakesNewWritesAndKeepsItsAppendOnlyChecks() {
        long itemId;
        try (Archive archive = Archive.open(dir)) {
            Publication p = archive.inTransaction(tx -> tx.insertPublication(
                    new Publication(0, PublicationKind.WENSHI, "升级后的文史辑", null, 2, null, "after-upgrade")));
            assertThat(p.id()).isPositive();
            Publication nianjian = archive.read(tx -> tx.publicationByCode("demo-nianjian-2022")).orElseThrow();
            Item first = archive.read(tx -> tx.itemsOfPublication(nianjian.id())).get(0);
            itemId = first.id();
            Item edited = archive.inTransaction(tx -> tx.saveItem(
                    new Item(first.id(), first.sectionId(), first.kind(), first.title(), first.subtitle(),
                            first.body() + "\n\n升级后补记的一段。", first.status(), first.metadata(), first.ord(),
                            first.revision(), first.createdAt(), first.updatedAt()),
                    "测试编辑", "升级后修改"));
            assertThat(edited.revision()).isEqualTo(first.revision() + 1);
            // The triggers stored in the file (org.annalist.store.ImmutableRowTrigger) still guard the revisions.
            assertThatThrownBy(() -> archive.inTransaction(tx -> {
                try (Statement s = tx.connection().createStatement()) {
                    return s.executeUpdate("UPDATE revision SET body = '篡改' WHERE item_id = " + first.id());
                }
            })).isInstanceOf(StoreException.class).hasMessageContaining("不可修改或删除");
        }
        try (Archive archive = Archive.open(dir)) {
            Optional<Publication> added = archive.read(tx -> tx.publicationByCode("after-upgrade"));
            assertThat(added).isPresent();
            Item reread = archive.read(tx -> tx.item(itemId)).orElseThrow();
            assertThat(reread.body()).endsWith("升级后补记的一段。");
            List<String> mismatched = archive.read(Tx::verifyAllRevisions);
            assertThat(mismatched).isEmpty();
        }
    }

    @Test
    void anArchiveInAFileFormatThisH2CannotReadIsRefusedAsAnotherVersionsNotAsDamaged() throws Exception {
        // What an older program says of an archive that a newer one wrote in a later H2 file format (and what this
        // program would say if an H2 upgrade ever stopped reading this fixture): the file is sound, and untouched.
        Path file = dir.resolve(Archive.DATABASE_FILE);
        byte[] b = Files.readAllBytes(file);
        int headers = 0;
        for (int at = 0; at < 2 * 4096; at += 4096) { // MVStore writes its header twice, in the first two blocks
            String head = new String(b, at, 4096, StandardCharsets.ISO_8859_1);
            if (!head.startsWith("H:2,")) continue;
            String line = head.substring(0, head.indexOf('\n'));
            String fields = line.substring(0, line.lastIndexOf(",fletcher:")).replace(",format:3,", ",format:9,");
            byte[] body = fields.getBytes(StandardCharsets.ISO_8859_1);
            String patched = fields + ",fletcher:" + Integer.toHexString(org.h2.mvstore.DataUtils.getFletcher32(body, 0, body.length));
            Arrays.fill(b, at, at + line.length(), (byte) ' ');
            byte[] out = patched.getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(out, 0, b, at, out.length);
            b[at + out.length] = '\n';
            headers++;
        }
        assertThat(headers).isEqualTo(2);
        Files.write(file, b);
        assertThatThrownBy(() -> Archive.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("较新版本的 Annalist 写的（数据库文件格式 9，本版程序最高只能读格式 3）")
                .hasMessageContaining("文件没有损坏")
                .message().doesNotContain("已经损坏", "从备份恢复");
        assertThat(Files.readAllBytes(file)).as("left as it was").isEqualTo(b);
    }

    private static String setting(Archive archive, String name) {
        return archive.read(tx -> ArchiveOpenTest.column(tx.connection(),
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '" + name + "'")).get(0);
    }
}
