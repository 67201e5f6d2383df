package org.annalist.service;

import org.annalist.model.AuditEntry;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.Publication;
import org.annalist.model.PublicationKind;
import org.annalist.model.Section;
import org.annalist.model.SectionLevel;
import org.annalist.model.TrashEntry;
import org.annalist.service.ArchiveManagement.NewPublication;
import org.annalist.service.ArchiveManagement.Skeleton;
import org.annalist.store.Archive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** New publications, sections and items, renaming, and the 回收站, on a real archive. */
class ArchiveManagementTest {
    @TempDir
    Path dir;
    Archive archive;
    ArchiveManagement manage;

    @BeforeEach
    void open() {
        archive = org.annalist.testing.TestStores.open(dir);
        manage = new ArchiveManagement(archive, "王编辑", Path.of("templates", "skeletons"));
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private List<String> outline(long pub) {
        return archive.read(tx -> tx.sections(pub).stream()
                .map(s -> s.level().label() + " " + s.title()).toList());
    }

    private Publication county2022() {
        return manage.createPublication(new NewPublication(PublicationKind.NIANJIAN, "示范县年鉴", 2022, null, "sf2022",
                new Skeleton.Named("县级年鉴")));
    }

    @Test
    void aVolumeFromTheCountySkeletonAndNextYearsFromIt() {
        assertThat(manage.skeletonNames()).contains("县级年鉴");
        Publication p = county2022();
        List<String> sections = outline(p.id());
        assertThat(sections).startsWith("类目 特载", "类目 大事记", "类目 概况", "类目 政治", "分目 中共县委")
                .endsWith("类目 人物", "类目 附录", "类目 索引");

        Section politics = manage.section(p.id(), "政治");
        manage.createSubsection(politics.id(), "监察");
        Item entry = manage.createItem(politics.id(), null, "县委全会召开");
        assertThat(entry.kind()).isEqualTo(ItemKind.ENTRY);

        Publication next = manage.createPublication(new NewPublication(PublicationKind.NIANJIAN, "示范县年鉴", 2023, null,
                null, new Skeleton.CopyOf(p.id())));
        assertThat(outline(next.id())).isEqualTo(outline(p.id()));
        assertThat(itemsOf(next.id())).isEmpty();

        Publication empty = manage.createPublication(new NewPublication(PublicationKind.WENSHI, "乌当文史", 3, null, null,
                Skeleton.NONE));
        assertThat(empty.displayName()).isEqualTo("《乌当文史》第3辑");
        Section column = manage.createSection(empty.id(), null, "亲历记");
        assertThat(column.level()).isEqualTo(SectionLevel.COLUMN);
        assertThat(manage.createItem(column.id(), null, "回忆").kind()).isEqualTo(ItemKind.ARTICLE);
        assertThatThrownBy(() -> manage.createPublication(new NewPublication(PublicationKind.NIANJIAN, "x", 2023, null, null,
                new Skeleton.Named("没有这个")))).hasMessageContaining("县级年鉴");
    }

    @Test
    void renamingIsAudited() {
        Publication p = county2022();
        Section s = manage.section(p.id(), "军事");
        Item i = manage.createItem(s.id(), null, "征兵");
        manage.renamePublication(p.id(), "示范县年鉴（试）");
        manage.renameSection(s.id(), "军事 武装");
        Item renamed = manage.renameItem(i.id(), "征兵工作");
        assertThat(renamed.revision()).isEqualTo(2);
        assertThat(archive.read(tx -> tx.publication(p.id())).orElseThrow().title()).isEqualTo("示范县年鉴（试）");
        assertThat(archive.read(tx -> tx.section(s.id())).orElseThrow().title()).isEqualTo("军事 武装");
        List<AuditEntry> log = archive.read(tx -> tx.audit("section", s.id()));
        assertThat(log.get(log.size() - 1).action()).isEqualTo("section.rename");
        assertThat(log.get(log.size() - 1).actor()).isEqualTo("王编辑");
    }

    @Test
    void trashAndRestoreAreExact() {
        Publication p = county2022();
        Section politics = manage.section(p.id(), "政治");
        Section party = manage.section(p.id(), "中共县委");
        Item a = manage.createItem(party.id(), null, "甲");
        Item b = manage.createItem(party.id(), null, "乙");
        Item c = manage.createItem(party.id(), null, "丙");
        List<String> before = outline(p.id());

        TrashEntry item = manage.moveToTrash(TrashEntry.Kind.ITEM, b.id());
        assertThat(titles(party.id())).containsExactly("甲", "丙");
        assertThat(item(b.id())).isEmpty();
        assertThat(archive.read(tx -> tx.items(party.id())).get(1).ord()).isEqualTo(2);

        TrashEntry section = manage.moveToTrash(TrashEntry.Kind.SECTION, politics.id());
        assertThat(section.sections()).isEqualTo(7);
        assertThat(section.items()).isEqualTo(2);
        assertThat(outline(p.id())).doesNotContain("类目 政治", "分目 中共县委");
        assertThat(itemsOf(p.id())).isEmpty();
        assertThat(manage.trash()).extracting(TrashEntry::label).containsExactly("类目 政治", "条目《乙》");
        assertThat(manage.trash().get(0).deletedBy()).isEqualTo("王编辑");
        // where each stood: the 类目 in its volume; the item under its 分目, though that went to the trash after it
        assertThat(manage.trash()).extracting(TrashEntry::place)
                .containsExactly(List.of("《示范县年鉴》2022"), List.of("《示范县年鉴》2022", "政治", "中共县委"));

        manage.restore(section.id());
        assertThat(outline(p.id())).isEqualTo(before);
        assertThat(titles(party.id())).containsExactly("甲", "丙");
        manage.restore(item.id());
        assertThat(titles(party.id())).containsExactly("甲", "乙", "丙");
        assertThat(manage.trash()).isEmpty();
        assertThat(c.id()).isPositive();
        assertThatThrownBy(() -> manage.restore(item.id())).hasMessageContaining(String.valueOf(item.id()));
    }

    @Test
    void permanentDeletionEndsTheWayBackAndIsAudited() {
        Publication p = county2022();
        Item i = manage.createItem(manage.section(p.id(), "附录").id(), null, "统计表");
        TrashEntry e = manage.moveToTrash(TrashEntry.Kind.ITEM, i.id());
        manage.deletePermanently(e.id());
        assertThat(manage.trash()).isEmpty();
        assertThatThrownBy(() -> manage.restore(e.id())).isInstanceOf(RuntimeException.class);
        AuditEntry last = archive.read(tx -> tx.audit("item", i.id())).stream().reduce((x, y) -> y).orElseThrow();
        assertThat(last.action()).isEqualTo("item.purge");
        assertThat(last.actor()).isEqualTo("王编辑");
        assertThat(last.detail()).contains("永久删除").contains("统计表");
    }

    @Test
    void aPublicationInTheTrashKeepsItsCodeUntilDeletedForGood() {
        Publication p = county2022();
        TrashEntry e = manage.moveToTrash(TrashEntry.Kind.PUBLICATION, p.id());
        assertThat(publications()).isEmpty();
        assertThat(e.sections()).isEqualTo(25);
        assertThatThrownBy(this::county2022).hasMessageContaining("回收站");
        manage.deletePermanently(e.id());
        Publication again = county2022();
        assertThat(outline(again.id())).hasSize(25);
        assertThat(publications()).extracting(Publication::id).containsExactly(again.id());
    }

    private List<Item> itemsOf(long pub) {
        return archive.read(tx -> tx.itemsOfPublication(pub));
    }

    private java.util.Optional<Item> item(long id) {
        return archive.read(tx -> tx.item(id));
    }

    private List<Publication> publications() {
        return archive.read(tx -> tx.publications());
    }

    private List<String> titles(long sectionId) {
        return archive.read(tx -> tx.items(sectionId)).stream().map(Item::title).toList();
    }
}
