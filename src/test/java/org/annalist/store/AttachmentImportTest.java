package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.annalist.model.Attachment;
import org.annalist.model.AuditEntry;
import org.annalist.model.ImportLogEntry;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentImportTest {
    @TempDir
    Path dir;
    Archive archive;
    Item item;

    @BeforeEach
    void open() {
        archive = org.annalist.testing.TestStores.open(dir);
        item = archive.inTransaction(tx -> tx.insertItem(
                Item.draft(ItemKind.ARTICLE, "老街旧事", null, "正文", ItemMetadata.EMPTY), "编辑甲", null));
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private Attachment store(Long itemId, String name, String type, byte[] bytes) {
        return archive.inTransaction(tx -> tx.insertAttachment(itemId, name, type, bytes, "编辑甲"));
    }

    private byte[] bytes(long id) {
        return archive.read(tx -> tx.attachmentBytes(id));
    }

    private List<Attachment> attachments(long itemId) {
        return archive.read(tx -> tx.attachments(itemId));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void bytesComeBackIdenticalWithTheirDigest() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(big);
        Attachment scan = store(item.id(), "老街旧事（扫描件）.tif", "image/tiff", big);
        assertThat(scan.sha256()).isEqualTo(sha256(big));
        assertThat(scan.size()).isEqualTo(big.length);
        assertThat(scan.itemId()).isEqualTo(item.id());
        assertThat(scan.createdAt()).isNotNull();
        assertThat(bytes(scan.id())).isEqualTo(big);

        byte[] doc = "老街旧事\n作者：张三\n".getBytes(StandardCharsets.UTF_8);
        Attachment original = store(item.id(), "老街旧事.txt", "text/plain", doc);
        assertThat(original.sha256()).isEqualTo(sha256(doc));
        assertThat(bytes(original.id())).isEqualTo(doc);
        assertThat(attachments(item.id())).containsExactly(scan, original);
        Optional<Attachment> reread = archive.read(tx -> tx.attachment(original.id()));
        assertThat(reread).contains(original);
    }

    @Test
    void identicalBytesForTheSameItemAreStoredOnce() {
        byte[] doc = "同一份稿件".getBytes(StandardCharsets.UTF_8);
        Attachment first = store(item.id(), "稿件.docx", null, doc);
        Attachment again = store(item.id(), "稿件（副本）.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc);
        assertThat(again).isEqualTo(first);
        assertThat(first.mediaType()).isEqualTo("application/octet-stream");
        assertThat(attachments(item.id())).hasSize(1);

        Item other = archive.inTransaction(tx -> tx.insertItem(
                Item.draft(ItemKind.ENTRY, "另一条", null, "", ItemMetadata.EMPTY), "编辑甲", null));
        Attachment forOther = store(other.id(), "稿件.docx", null, doc);
        assertThat(forOther.id()).isNotEqualTo(first.id());
    }

    @Test
    void anUnattachedFileCanBeAttachedLater() {
        byte[] doc = "收稿箱里的原件".getBytes(StandardCharsets.UTF_8);
        Attachment loose = store(null, "原件.pdf", "application/pdf", doc);
        assertThat(loose.itemId()).isNull();
        assertThat(store(null, "原件.pdf", "application/pdf", doc)).isEqualTo(loose);
        archive.inTransaction(tx -> { tx.attachTo(loose.id(), item.id()); return null; });
        assertThat(attachments(item.id())).extracting(Attachment::id).containsExactly(loose.id());
        AuditEntry last = archive.read(tx -> tx.audit(1)).get(0);
        assertThat(last.action()).isEqualTo("attachment.attach");

        Attachment twin = store(null, "原件（重传）.pdf", "application/pdf", doc);
        assertThatThrownBy(() -> archive.inTransaction(tx -> { tx.attachTo(twin.id(), item.id()); return null; }))
                .isInstanceOf(StoreException.class).hasMessageContaining("内容相同");
        assertThatThrownBy(() -> bytes(9999)).isInstanceOf(StoreException.class).hasMessageContaining("不存在");
    }

    @Test
    void importsAreLoggedWithTheirItemsAndReport() {
        byte[] doc = "原稿".getBytes(StandardCharsets.UTF_8);
        Attachment original = store(null, "乌当文史第3辑.docx", null, doc);
        Item second = archive.inTransaction(tx -> tx.insertItem(
                Item.draft(ItemKind.ARTICLE, "第二篇", null, "", ItemMetadata.EMPTY), "编辑甲", null));
        String report = "格式：Word 2007+\n删除 第3行：页眉“乌当文史”\n识别：标题“老街旧事”";
        archive.inTransaction(tx -> {
            tx.recordImport("乌当文史第3辑.docx", original.id(), List.of(item.id(), second.id()), report, "编辑乙");
            return null;
        });
        archive.inTransaction(tx -> {
            tx.recordImport("补稿.txt", null, List.of(second.id()), "", "编辑乙");
            return null;
        });
        List<ImportLogEntry> log = archive.read(tx -> tx.imports(10));
        assertThat(log).extracting(ImportLogEntry::fileName).containsExactly("补稿.txt", "乌当文史第3辑.docx");
        ImportLogEntry first = log.get(1);
        assertThat(first.attachmentId()).isEqualTo(original.id());
        assertThat(first.itemIds()).containsExactly(item.id(), second.id());
        assertThat(first.reportText()).isEqualTo(report);
        assertThat(first.actor()).isEqualTo("编辑乙");
        assertThat(first.at()).isNotNull();
        List<ImportLogEntry> ofSecond = archive.read(tx -> tx.importsOf(second.id()));
        assertThat(ofSecond).extracting(ImportLogEntry::id).containsExactly(first.id(), log.get(0).id());
        assertThat(archive.read(tx -> tx.audit(1)).get(0).action()).isEqualTo("import.record");
    }
}
