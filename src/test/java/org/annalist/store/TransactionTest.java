package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.annalist.model.AuditEntry;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;
import org.annalist.model.Publication;
import org.annalist.model.PublicationKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionTest {
    @TempDir
    Path dir;
    Archive archive;

    @BeforeEach
    void open() {
        archive = Archive.open(dir);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private long count(String table) {
        return archive.read(tx -> Long.valueOf(ArchiveOpenTest.column(tx.connection(), "SELECT COUNT(*) FROM " + table).get(0)));
    }

    @Test
    void aFailingTransactionLeavesNothingHalfWritten() {
        IllegalStateException boom = new IllegalStateException("中途失败");
        assertThatThrownBy(() -> archive.inTransaction(tx -> {
            Item stored = tx.insertItem(Item.draft(ItemKind.ARTICLE, "回忆抗战中的乌当", null, "正文", ItemMetadata.EMPTY),
                    "编辑甲", "收稿");
            assertThat(tx.item(stored.id())).isPresent();
            assertThat(tx.revisions(stored.id())).hasSize(1);
            throw boom;
        })).isSameAs(boom);
        assertThat(count("item")).isZero();
        assertThat(count("revision")).isZero();
        assertThat(count("audit_log")).isZero();
    }

    @Test
    void checkedExceptionsAreWrappedWithTheirCauseAndRollBack() {
        IOException cause = new IOException("磁盘已满");
        assertThatThrownBy(() -> archive.inTransaction(tx -> {
            tx.insertPublication(new Publication(0, PublicationKind.WENSHI, "乌当文史", null, 3, null, null));
            throw cause;
        })).isInstanceOf(StoreException.class).hasCause(cause).hasMessageContaining("已撤销");
        assertThat(count("publication")).isZero();
    }

    @Test
    void aCommittedTransactionIsAuditedByItsActor() {
        archive.setActor("李编辑");
        long id = archive.inTransaction(tx -> tx.insertPublication(
                new Publication(0, PublicationKind.NIANJIAN, "常德年鉴", 2023, null, null, null)).id());
        List<AuditEntry> audit = archive.read(tx -> tx.audit(10));
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("李编辑");
            assertThat(e.action()).isEqualTo("publication.insert");
            assertThat(e.entity()).isEqualTo("publication");
            assertThat(e.entityId()).isEqualTo(id);
            assertThat(e.detail()).contains("常德年鉴");
            assertThat(e.at()).isNotNull();
        });
    }

    @Test
    void readOnlyWorkCannotWrite() {
        assertThatThrownBy(() -> archive.read(tx -> tx.insertPublication(
                new Publication(0, PublicationKind.WENSHI, "乌当文史", null, 1, null, null))))
                .isInstanceOf(StoreException.class).hasMessageContaining("只读");
        assertThat(count("publication")).isZero();
    }

    @Test
    void aNestedCallJoinsTheRunningTransaction() {
        assertThatThrownBy(() -> archive.inTransaction(tx -> {
            archive.inTransaction(inner -> inner.insertPublication(
                    new Publication(0, PublicationKind.WENSHI, "乌当文史", null, 1, null, null)));
            assertThat(tx.publications()).hasSize(1);
            throw new IllegalArgumentException("撤销");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(count("publication")).isZero();
    }

    @Test
    void aTxCannotBeUsedAfterItsTransaction() {
        Tx leaked = archive.read(tx -> tx);
        assertThatThrownBy(leaked::publications).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void constraintViolationsComeBackAsStoreExceptionsWithTheSqlCause() {
        archive.inTransaction(tx -> tx.insertPublication(
                new Publication(0, PublicationKind.NIANJIAN, "常德年鉴", 2022, null, null, "CD2022")));
        assertThatThrownBy(() -> archive.inTransaction(tx -> tx.insertPublication(
                new Publication(0, PublicationKind.NIANJIAN, "常德年鉴", 2023, null, null, "CD2022"))))
                .isInstanceOf(StoreException.class).hasMessageContaining("CD2022").hasMessageContaining("已被");
        assertThatThrownBy(() -> archive.inTransaction(tx -> ArchiveOpenTest.column(tx.connection(),
                "SELECT COUNT(*) FROM no_such_table")))
                .isInstanceOf(StoreException.class).hasCauseInstanceOf(java.sql.SQLException.class);
    }

    @Test
    void aClosedArchiveSaysSo() {
        archive.close();
        assertThatThrownBy(() -> archive.read(Tx::publications)).isInstanceOf(StoreException.class).hasMessageContaining("已关闭");
    }
}
