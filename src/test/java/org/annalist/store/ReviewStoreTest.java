package org.annalist.store;

import org.annalist.model.EditorialRole;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;
import org.annalist.model.ItemStatus;
import org.annalist.model.Person;
import org.annalist.model.ProofEvent;
import org.annalist.model.ProofStage;
import org.annalist.model.Publication;
import org.annalist.model.PublicationKind;
import org.annalist.model.ReviewDecision;
import org.annalist.model.ReviewSheet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** V10 (三审三校): old item states survive the migration, and 审稿单 and proof steps cannot be rewritten. */
class ReviewStoreTest {
    @TempDir
    Path dir;

    @Test
    void anArchiveBeforeV10KeepsEveryItemStateAndTakesTheNewOnes() throws Exception {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("annalist");
        Flyway.configure().dataSource(url, "annalist", "").locations("classpath:db/migration").target("7").load().migrate();
        try (var c = DriverManager.getConnection(url, "annalist", ""); var st = c.createStatement()) {
            int i = 0;
            for (String status : List.of("RECEIVED", "EDITING", "FIRST_REVIEW", "SECOND_REVIEW", "FINAL_REVIEW", "FINALISED", "HELD", "REJECTED")) {
                st.execute("INSERT INTO item (kind, title, body, status, ord, revision, created_at, updated_at) VALUES"
                        + " ('ARTICLE', '旧稿" + status + "', '正文', '" + status + "', " + (++i) + ", 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
        }
        try (Archive archive = Archive.open(dir)) {
            List<Item> inbox = archive.read(tx -> tx.items(null));
            assertThat(inbox).extracting(Item::status).containsExactly(ItemStatus.RECEIVED, ItemStatus.EDITING,
                    ItemStatus.FIRST_REVIEW, ItemStatus.SECOND_REVIEW, ItemStatus.FINAL_REVIEW, ItemStatus.FINALISED,
                    ItemStatus.HELD, ItemStatus.REJECTED);
            assertThat(inbox.get(6).status().label()).isEqualTo("存稿");
            Item revising = archive.inTransaction(tx -> tx.signItem(inbox.get(0).id(), 1, ItemStatus.REVISING, "编辑", "退修"));
            assertThat(revising.status()).isEqualTo(ItemStatus.REVISING);
            assertThatThrownBy(() -> archive.inTransaction(tx -> {
                tx.connection().createStatement().execute("UPDATE item SET status = 'LOST' WHERE id = " + revising.id());
                return null;
            })).hasMessageContaining("LOST");
        }
    }

    @Test
    void reviewSheetsAndProofStepsAreAppendOnlyAndChained() {
        try (Archive archive = org.annalist.testing.TestStores.open(dir)) {
            Item item = archive.inTransaction(tx -> tx.insertItem(Item.draft(ItemKind.ARTICLE, "稿", null, "正文", ItemMetadata.EMPTY), "甲", null));
            Person p = archive.inTransaction(tx -> tx.actAs("甲").savePerson(new Person(0, "甲", List.of(), null)));
            archive.inTransaction(tx -> {
                tx.actAs("甲").grantRole(p.id(), EditorialRole.EDITOR, null);
                return null;
            });
            ReviewSheet first = archive.inTransaction(tx -> {
                Item signed = tx.actAs("甲").signItem(item.id(), 1, ItemStatus.FIRST_REVIEW, "甲", "送初审");
                var rev = tx.revision(item.id(), signed.revision()).orElseThrow();
                return tx.appendReviewSheet(new ReviewSheet(0, item.id(), 0, ItemStatus.RECEIVED, ReviewDecision.SUBMIT,
                        ItemStatus.FIRST_REVIEW, p.id(), "甲", rev.createdAt(), "送审", null, rev.number(), rev.sha256(), null, null));
            });
            assertThat(first.seq()).isEqualTo(1);
            // the text was that of revision 1: signing made no empty revision, the 审稿单 names revision 1
            assertThat(first.revisionNumber()).isEqualTo(1);
            assertThat(archive.read(tx -> tx.item(item.id())).orElseThrow().status()).isEqualTo(ItemStatus.FIRST_REVIEW);
            List<String> broken = archive.read(tx -> tx.verifyReviewSheets(item.id()));
            assertThat(broken).isEmpty();
            for (String sql : List.of("UPDATE review_sheet SET opinion = '改过' WHERE id = " + first.id(),
                    "DELETE FROM review_sheet WHERE id = " + first.id())) {
                assertThatThrownBy(() -> archive.inTransaction(tx -> {
                    tx.connection().createStatement().execute(sql);
                    return null;
                })).isInstanceOf(StoreException.class).hasMessageContaining("只能追加");
            }
            Publication pub = archive.inTransaction(tx -> tx.actAs("甲").insertPublication(
                    new Publication(0, PublicationKind.WENSHI, "文史", null, 1, null, null)));
            ProofEvent e = archive.inTransaction(tx -> tx.actAs("甲").appendProofEvent(pub.id(), ProofStage.TYPESETTING,
                    ProofEvent.Action.SIGN, p.id(), "甲", null, null, "a.pdf", "%PDF-1.7".getBytes()));
            assertThat(e.pdfSha256()).hasSize(64);
            assertThatThrownBy(() -> archive.inTransaction(tx -> {
                tx.connection().createStatement().execute("UPDATE proof_event SET pdf_sha256 = NULL WHERE id = " + e.id());
                return null;
            })).isInstanceOf(StoreException.class).hasMessageContaining("只能追加");
        }
    }
}
