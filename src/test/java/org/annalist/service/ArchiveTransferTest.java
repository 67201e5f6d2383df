package org.annalist.service;

import org.annalist.model.Attachment;
import org.annalist.model.Item;
import org.annalist.model.ItemDraft;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;
import org.annalist.model.ItemStatus;
import org.annalist.model.Revision;
import org.annalist.model.TrashEntry;
import org.annalist.store.Archive;
import org.annalist.store.ArchiveTransfer;
import org.annalist.store.ContentHash;
import org.annalist.store.StoreException;
import org.annalist.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 档案转移文件: an H2 archive with a row in every table the migrations make → file → a real PostgreSQL database (the
 * tests' server, in the PostgreSQL pass of .ci/run; a second H2 archive in the plain pass) → file → a new H2 archive, and each the same as the first: rows per table, every item's ContentHash,
 * revision chains, review chains, attachment bytes; ids kept and the identity counters past them. A cut file and a file
 * with one byte changed are refused with a message naming the file, and the target stays empty.
 */
class ArchiveTransferTest {
    @TempDir
    Path dir;

    @Test
    void anArchiveMovesFromH2ToPostgresqlAndBackUnchanged() throws Exception {
        Path file1 = dir.resolve("out/第一次.annalist-archive");
        Path file2 = dir.resolve("out/第二次.annalist-archive");
        Map<String, Long> countsA;
        Snapshot a;
        try (Archive h2 = Archive.open(dir.resolve("a"))) {
            fill(h2);
            countsA = ArchiveTransfer.counts(h2);
            // every table of the schema is carried, or named as not carried; and the fixture has rows in each, so a
            // table a later migration adds fails here until the fixture (and so the transfer) covers it
            assertThat(ArchiveTransfer.allTables(h2)).isSubsetOf(union(countsA.keySet(), ArchiveTransfer.NOT_CARRIED));
            assertThat(countsA).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
            a = Snapshot.of(h2);
            ArchiveTransfer.Summary s = ArchiveTransfer.export(h2, file1);
            assertThat(s.tables()).extracting(ArchiveTransfer.TableInfo::name).containsExactlyInAnyOrderElementsOf(countsA.keySet());
            assertThat(s.blobs()).isPositive();
        }
        assertThat(file1).exists();
        try (Stream<Path> left = Files.list(file1.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        // the tables come in the order their foreign keys need
        List<String> order = ArchiveTransfer.read(file1).tables().stream().map(ArchiveTransfer.TableInfo::name).toList();
        assertThat(order.indexOf("publication")).isLessThan(order.indexOf("section"));
        assertThat(order.indexOf("section")).isLessThan(order.indexOf("item"));
        assertThat(order.indexOf("item")).isLessThan(order.indexOf("revision"));
        assertThat(order.indexOf("trash")).isLessThan(order.indexOf("item"));

        try (Archive pg = other(dir.resolve("b"))) {
            assertThat(pg.postgres()).isEqualTo(TestStores.postgres());
            ArchiveTransfer.importInto(pg, file1);
            assertThat(ArchiveTransfer.counts(pg)).isEqualTo(countsA);
            assertThat(Snapshot.of(pg)).isEqualTo(a);
            List<String> badPg = pg.read(tx -> tx.verifyAllRevisions());
            assertThat(badPg).isEmpty();
            ArchiveTransfer.export(pg, file2);
            // a second import into the same archive is refused: it is no longer empty
            assertThatThrownBy(() -> ArchiveTransfer.importInto(pg, file1)).isInstanceOf(StoreException.class)
                    .hasMessageContaining(file1.toString()).hasMessageContaining("只能导入空档案库");
            assertNewRowsFollow(pg, a);
        }
        try (Archive back = Archive.open(dir.resolve("c"))) {
            ArchiveTransfer.importInto(back, file2);
            assertThat(ArchiveTransfer.counts(back)).isEqualTo(countsA);
            assertThat(Snapshot.of(back)).isEqualTo(a);
            List<String> badBack = back.read(tx -> tx.verifyAllRevisions());
            assertThat(badBack).isEmpty();
            assertNewRowsFollow(back, a);
        }
    }

    @Test
    void aCutOrChangedFileIsRefusedAndTheTargetStaysEmpty() throws Exception {
        Path file = dir.resolve("整库.annalist-archive");
        try (Archive h2 = Archive.open(dir.resolve("a"))) {
            fill(h2);
            ArchiveTransfer.export(h2, file);
        }
        byte[] whole = Files.readAllBytes(file);
        Path cut = dir.resolve("截断.annalist-archive");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        Path flipped = dir.resolve("一字节.annalist-archive");
        byte[] changed = whole.clone();
        changed[whole.length / 2] ^= 0x20;
        Files.write(flipped, changed);
        Path notOne = dir.resolve("别的.annalist-archive");
        Files.writeString(notOne, "不是 zip");

        for (Path bad : List.of(cut, flipped, notOne)) {
            for (boolean postgres : List.of(false, true)) {
                try (Archive target = postgres ? other(dir.resolve("p-" + bad.getFileName()))
                        : Archive.open(dir.resolve("t-" + bad.getFileName()))) {
                    assertThatThrownBy(() -> ArchiveTransfer.importInto(target, bad)).isInstanceOf(StoreException.class)
                            .hasMessageContaining(bad.toString()).hasMessageContaining("已损坏或不完整");
                    assertThat(ArchiveTransfer.counts(target)).as(bad + (postgres ? " on PostgreSQL" : " on H2"))
                            .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
                }
            }
            assertThatThrownBy(() -> ArchiveTransfer.verify(bad)).isInstanceOf(StoreException.class);
        }
        assertThat(ArchiveTransfer.verify(file).rows("item")).isPositive();
    }

    /**
     * The other store of the move: a new database on the tests' real PostgreSQL server in the PostgreSQL pass
     * ({@code -Dannalist.test.db=postgresql}, .ci/run), else a second H2 archive.
     */
    private static Archive other(Path dir) {
        return TestStores.postgres() ? Archive.openPostgres(TestStores.freshDatabase()) : Archive.open(dir);
    }

    /** After an import the archive goes on: a new item and revision get ids past every id carried. */
    private static void assertNewRowsFollow(Archive archive, Snapshot before) {
        long maxItem = before.items().keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        Item added = archive.inTransaction(tx -> tx.insertItem(new Item(0, null, ItemKind.ARTICLE, "迁移后新稿", null,
                "正文。\n", ItemStatus.RECEIVED, ItemMetadata.EMPTY, 0, 0, null, null), "迁移测试", null));
        assertThat(added.id()).isGreaterThan(maxItem);
        archive.inTransaction(tx -> tx.insertAttachment(added.id(), "新.txt", "text/plain", new byte[]{1, 2, 3}, "迁移测试"));
    }

    /** A real archive with rows in every table: the two demo publications, the review fixture, and the rest. */
    static void fill(Archive archive) throws Exception {
        new DemoService(archive, new ImportService(archive, Importers.standard(), "迁移测试")).buildAll(Path.of("archive"));
        ReviewFixture review = new ReviewFixture(archive, "审稿测试年鉴");
        Item done = review.itemAt("定稿");
        Item inUnit = review.itemAt("初审(条目)");
        long itemId = done.id();
        archive.inTransaction(tx -> {
            tx.putDraft(new ItemDraft(itemId, done.revision(), done.title(), null, done.body() + "未保存的一句。\n", "甲",
                    Instant.parse("2024-05-01T08:00:00Z")));
            var c1 = tx.insertComment(new org.annalist.model.ReviewComment(0, itemId, "乙", Instant.parse("2024-05-02T09:30:00.123456Z"),
                    "这里的数字要核对", null, "desktop", null, "正文", false),
                    new org.annalist.model.CommentAnchor(0, 2, org.annalist.store.Tx.anchorSha256(done.body())), done.body(), "乙");
            tx.insertComment(new org.annalist.model.ReviewComment(0, itemId, "甲", null, "已核对", null, "desktop", c1.id(),
                    null, false), "甲");
            tx.putCheckSettings(review.publicationId, "rule.PUNCT=on\n");
            tx.ignoreFinding(itemId, "PUNCT|正文|。");
            tx.putPersonSecret(tx.personByName("甲").orElseThrow().id(), "PBKDF2$1000$c2FsdA$aGFzaA");
            return null;
        });
        // a section and an item in the 回收站, the section named as its parent by another (a self reference)
        archive.inTransaction(tx -> {
            var top = tx.insertSection(new org.annalist.model.Section(0, review.publicationId, null,
                    org.annalist.model.SectionLevel.CATEGORY, "待删类目", 0));
            tx.insertSection(new org.annalist.model.Section(0, review.publicationId, top.id(),
                    org.annalist.model.SectionLevel.SUBCATEGORY, "待删分目", 0));
            tx.moveToTrash(TrashEntry.Kind.SECTION, top.id());
            tx.moveToTrash(TrashEntry.Kind.ITEM, inUnit.id());
            return null;
        });
        // 人物与地名 (V14): a place within a place (a self reference), variant and old names, a person named by words
        // of the item's text, its mention offered and confirmed
        AuthorityService authority = new AuthorityService(archive, "迁移测试");
        var county = authority.savePlace(new org.annalist.model.Place(0, "示范县", List.of("示范縣"), List.of("旧示范州"), "县",
                null, null, false, "迁移测试"));
        authority.savePlace(new org.annalist.model.Place(0, "东门镇", List.of(), List.of(), "镇", county.id(), null, false, null));
        String han = done.body().replaceAll("[^\\p{IsHan}]", "");
        String words = han.substring(0, Math.min(4, han.length()));
        var named = authority.savePerson(new org.annalist.model.Person(0, words, List.of(), null));
        assertThat(authority.offer(itemId)).isPositive();
        assertThat(authority.decideAll(itemId, org.annalist.model.Mention.Kind.PERSON, named.id(), true)).isPositive();
        // the tables the services above do not reach in a few lines: written as the program writes them
        try (Connection c = DriverManager.getConnection(archive.jdbcUrl(), "annalist", "");
             Statement st = c.createStatement()) {
            long pub = review.publicationId;
            long person = archive.read(tx -> tx.personByName("丁").orElseThrow().id());
            st.execute("INSERT INTO item_tag (item_id, ord, tag_kind, name) VALUES (" + itemId + ", 1, 'EVENT', '撤乡并镇')");
            st.execute("INSERT INTO person_alias (person_id, ord, alias) VALUES (" + person + ", 1, '丁某')");
            st.execute("INSERT INTO publication_imprint (publication_id, field, field_value) VALUES (" + pub + ", '出版社', '示范出版社')");
            st.execute("INSERT INTO check_accepted (item_id, rule, place, accepted_at, accepted_by) VALUES (" + itemId
                    + ", 'PUNCT', '正文|。', TIMESTAMP WITH TIME ZONE '2024-05-03 10:00:00+08', '甲')");
            st.execute("INSERT INTO proof_error_count (publication_id, stage, counts, source, template, chars_per_line,"
                    + " lines_per_page, pages, recorded_at, recorded_by) VALUES (" + pub + ", 'FIRST_PROOF', 'TYPO=3', 'EDITOR',"
                    + " 'nianjian', 40, 38, 12, TIMESTAMP WITH TIME ZONE '2024-05-04 10:00:00+08', '丁')");
            st.execute("INSERT INTO proof_event (publication_id, seq, stage, action, person_id, person_name, at, opinion,"
                    + " errors, pdf_name, pdf_sha256, pdf) VALUES (" + pub + ", 1, 'FIRST_PROOF', 'OPEN', " + person
                    + ", '丁', TIMESTAMP WITH TIME ZONE '2024-05-04 09:00:00+08', '一校开始', NULL, '一校.pdf', '"
                    + ContentHash.sha256Hex("%PDF-1.7 一校".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "', X'"
                    + java.util.HexFormat.of().formatHex("%PDF-1.7 一校".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "')");
        }
        try (Connection c = DriverManager.getConnection(archive.jdbcUrl(), "annalist", "");
             Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM item_presence")) {
            rs.next();
        }
        archive.inTransaction(tx -> {
            tx.beatPresence(itemId, "会话1", "甲", Instant.now());
            return null;
        });
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> u = new java.util.TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    /** What must come through unchanged: each item's ContentHash, revision chain, review chain and attachments. */
    record Snapshot(Map<Long, String> items, Map<Long, List<String>> revisions, Map<Long, List<String>> reviewChains,
                    Map<Long, String> attachments, List<String> drafts, List<String> trash) {
        static Snapshot of(Archive archive) {
            List<org.annalist.store.ArchiveCopies.ItemState> all = new org.annalist.store.H2ArchiveCopies(archive).inventory().items();
            return archive.read(tx -> {
                Map<Long, String> items = new TreeMap<>();
                Map<Long, List<String>> revisions = new TreeMap<>();
                Map<Long, List<String>> sheets = new TreeMap<>();
                Map<Long, String> attachments = new TreeMap<>();
                for (var state : all) {
                    long id = state.id();
                    // an item in the 回收站 is not read by tx.item: its latest revision's hash stands for it
                    items.put(id, tx.item(id).map(i -> ContentHash.of(i) + " " + i.status() + " " + i.updatedAt()).orElse("")
                            + " r" + state.revision() + " " + state.sha256());
                    List<String> chain = new ArrayList<>();
                    for (Revision r : tx.revisions(id)) chain.add(r.number() + " " + r.sha256() + " " + r.author() + " " + r.createdAt());
                    revisions.put(id, chain);
                    List<String> sheetChain = new ArrayList<>();
                    for (var s : tx.reviewSheets(id)) sheetChain.add(s.seq() + " " + s.sha256() + " " + s.signedAt());
                    assertThat(tx.verifyReviewSheets(id)).as("review chain of " + id).isEmpty();
                    sheets.put(id, sheetChain);
                    for (Attachment a : tx.attachments(id)) {
                        attachments.put(a.id(), a.originalName() + " " + a.sha256() + " "
                                + ContentHash.sha256Hex(tx.attachmentBytes(a.id())));
                    }
                }
                List<String> drafts = tx.drafts().stream().map(d -> d.itemId() + " " + d.author() + " " + d.body()).toList();
                List<String> trash = tx.trash().stream().map(t -> t.id() + " " + t.kind() + " " + t.entityId()).toList();
                return new Snapshot(items, revisions, sheets, attachments, drafts, trash);
            });
        }
    }
}
