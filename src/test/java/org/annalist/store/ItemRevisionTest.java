package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annalist.model.AuditEntry;
import org.annalist.model.Credit;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;
import org.annalist.model.ItemStatus;
import org.annalist.model.Person;
import org.annalist.model.Publication;
import org.annalist.model.PublicationKind;
import org.annalist.model.Revision;
import org.annalist.model.Role;
import org.annalist.model.Section;
import org.annalist.model.SectionLevel;
import org.annalist.model.Tag;
import org.annalist.model.TagKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemRevisionTest {
    static final ItemMetadata META = new ItemMetadata("乌当区政协文史委",
            List.of(new Credit("王立平", Role.NARRATOR, "南京市政协主席"), new Credit("曾\t子墨", Role.COMPILER, null)),
            "抗日战争时期", "贵州省贵阳市乌当区",
            List.of(new Tag(TagKind.PERSON, "王立平"), new Tag(TagKind.EVENT, "湘西会战")),
            "作者自存手稿\\复印件", LocalDate.of(2021, 3, 15));
    static final String BODY = "# 回忆\n\n一九四四年冬，我随部队……\r\n\n| 时间 | 地点 |\n|---|---|\n| 1944 | 乌当 |\n\n𠀀 罕用字。\n";

    @TempDir
    Path dir;
    Archive archive;

    @BeforeEach
    void open() {
        archive = org.annalist.testing.TestStores.open(dir);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private List<Revision> revisions(long itemId) {
        return archive.read(tx -> tx.revisions(itemId));
    }

    private List<AuditEntry> audit(int limit) {
        return archive.read(tx -> tx.audit(limit));
    }

    private List<AuditEntry> auditOf(long itemId) {
        return archive.read(tx -> tx.audit("item", itemId));
    }

    private Optional<Boolean> verify(long itemId, int number) {
        return archive.read(tx -> tx.verifyRevision(itemId, number));
    }

    private List<Item> items(Long sectionId) {
        return archive.read(tx -> tx.items(sectionId));
    }

    private List<Item> itemsOf(long publicationId) {
        return archive.read(tx -> tx.itemsOfPublication(publicationId));
    }

    private Item insert(Item draft) {
        return archive.inTransaction(tx -> tx.insertItem(draft, "编辑甲", "收稿"));
    }

    private Item article() {
        return insert(Item.draft(ItemKind.ARTICLE, "我在乌当的抗战岁月", "——王立平口述", BODY, META));
    }

    @Test
    void anItemRoundTripsWithItsMetadataAndGetsRevisionOne() {
        Item stored = article();
        assertThat(stored.id()).isPositive();
        assertThat(stored.revision()).isEqualTo(1);
        assertThat(stored.sectionId()).isNull();
        assertThat(stored.ord()).isEqualTo(1);
        assertThat(stored.status()).isEqualTo(ItemStatus.RECEIVED);
        assertThat(stored.createdAt()).isNotNull().isEqualTo(stored.updatedAt());
        assertThat(stored.metadata()).isEqualTo(META);
        assertThat(stored.body()).isEqualTo(BODY);
        assertThat(stored.subtitle()).isEqualTo("——王立平口述");

        Optional<Item> reread = archive.read(tx -> tx.item(stored.id()));
        assertThat(reread).contains(stored);

        List<Revision> revisions = archive.read(tx -> tx.revisions(stored.id()));
        assertThat(revisions).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(1);
            assertThat(r.author()).isEqualTo("编辑甲");
            assertThat(r.note()).isEqualTo("收稿");
            assertThat(r.body()).isEqualTo(BODY);
            assertThat(r.title()).isEqualTo("我在乌当的抗战岁月");
            assertThat(r.sha256()).isEqualTo(ContentHash.of(stored)).matches("[0-9a-f]{64}");
        });
        Optional<ItemMetadata> revMeta = archive.read(tx -> tx.revisionMetadata(stored.id(), 1));
        assertThat(revMeta).contains(META);
        Optional<Boolean> verified = archive.read(tx -> tx.verifyRevision(stored.id(), 1));
        assertThat(verified).contains(true);
    }

    @Test
    void creditsFindOrCreatePersonsByExactName() {
        Person known = archive.inTransaction(tx -> tx.savePerson(new Person(0, "王立平", List.of("王力平"), "wang2 li4 ping2")));
        article();
        insert(Item.draft(ItemKind.ENTRY, "乌当区政协工作", null, "全年共……", ItemMetadata.EMPTY
                .withCredits(List.of(new Credit("王立平", Role.AUTHOR, null)))));
        List<Person> persons = archive.read(Tx::persons);
        assertThat(persons).extracting(Person::name).containsExactly("王立平", "曾\t子墨");
        assertThat(persons.get(0)).isEqualTo(known);
        assertThat(persons.get(1).sortKey()).isNull();

        Person edited = archive.inTransaction(tx -> tx.savePerson(
                new Person(persons.get(1).id(), "曾子墨", List.of("子墨", "曾老"), "zeng1 zi3 mo4")));
        Optional<Person> byName = archive.read(tx -> tx.personByName("曾子墨"));
        assertThat(byName).contains(edited);
        assertThat(edited.aliases()).containsExactly("子墨", "曾老");
        assertThat(archive.read(Tx::persons)).extracting(Person::name).containsExactly("王立平", "曾子墨");
        assertThat(archive.read(tx -> tx.audit(1)).get(0).action()).isEqualTo("person.update");
    }

    @Test
    void savingAppendsARevisionByItsAuthor() {
        Item first = article();
        Item edited = first.withBody(BODY + "\n补记：二〇二一年核对。\n").withStatus(ItemStatus.EDITING)
                .withMetadata(META.withSource("口述录音"));
        Item second = archive.inTransaction(tx -> tx.saveItem(edited, "编辑乙", "核对史实"));
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(ItemStatus.EDITING);
        assertThat(second.metadata().source()).isEqualTo("口述录音");
        assertThat(second.updatedAt()).isAfterOrEqualTo(first.updatedAt());
        assertThat(second.createdAt()).isEqualTo(first.createdAt());

        List<Revision> revisions = revisions(first.id());
        assertThat(revisions).extracting(Revision::number).containsExactly(1, 2);
        assertThat(revisions).extracting(Revision::author).containsExactly("编辑甲", "编辑乙");
        assertThat(revisions.get(1).note()).isEqualTo("核对史实");
        assertThat(revisions.get(0).body()).isEqualTo(BODY);
        assertThat(revisions.get(1).sha256()).isNotEqualTo(revisions.get(0).sha256()).isEqualTo(ContentHash.of(second));
        Optional<Revision> one = archive.read(tx -> tx.revision(first.id(), 1));
        assertThat(one).contains(revisions.get(0));
        Optional<ItemMetadata> oldMeta = archive.read(tx -> tx.revisionMetadata(first.id(), 1));
        assertThat(oldMeta).hasValueSatisfying(m -> assertThat(m.source()).isEqualTo(META.source()));
        assertThat(archive.read(Tx::verifyAllRevisions)).isEmpty();

        AuditEntry last = archive.read(tx -> tx.audit(1)).get(0);
        assertThat(last.action()).isEqualTo("item.save");
        assertThat(last.actor()).isEqualTo("编辑乙");
        assertThat(last.entityId()).isEqualTo(first.id());
        assertThat(last.detail()).contains("第 2 版").contains("编辑中");
    }

    @Test
    void anUnchangedSaveMakesNoRevision() {
        Item first = article();
        int auditRows = audit(100).size();
        Item again = archive.inTransaction(tx -> tx.saveItem(first, "编辑乙", null));
        assertThat(again).isEqualTo(first);
        assertThat(revisions(first.id())).hasSize(1);
        assertThat(audit(100)).hasSize(auditRows);

        Item promoted = archive.inTransaction(tx -> tx.saveItem(first.withStatus(ItemStatus.FIRST_REVIEW), "编辑乙", null));
        assertThat(promoted.status()).isEqualTo(ItemStatus.FIRST_REVIEW);
        assertThat(promoted.revision()).isEqualTo(1);
        assertThat(revisions(first.id())).hasSize(1);
        assertThat(archive.read(tx -> tx.audit(1)).get(0).action()).isEqualTo("item.update");
    }

    @Test
    void aStaleRevisionNumberIsRefusedInChinese() {
        Item first = article();
        archive.inTransaction(tx -> tx.saveItem(first.withTitle("我在乌当的抗战岁月（修订）", null), "编辑乙", null));
        assertThatThrownBy(() -> archive.inTransaction(tx -> tx.saveItem(first.withBody("另一人的改稿"), "编辑甲", null)))
                .isInstanceOf(ItemConflictException.class)
                .hasMessageContaining("已被编辑乙于")
                .hasMessageContaining("第 2 版")
                .hasMessageContaining("第 1 版");
        Item current = archive.read(tx -> tx.item(first.id())).orElseThrow();
        assertThat(current.body()).isEqualTo(BODY);
        assertThat(current.revision()).isEqualTo(2);
    }

    @Test
    void revisionsAndTheAuditLogRejectUpdateAndDeleteInPlainSql() {
        Item first = article();
        for (String sql : List.of(
                "UPDATE revision SET body = '篡改' WHERE item_id = " + first.id(),
                "DELETE FROM revision WHERE item_id = " + first.id(),
                "UPDATE audit_log SET actor = '某人'",
                "DELETE FROM audit_log")) {
            assertThatThrownBy(() -> archive.inTransaction(tx -> {
                try (Statement s = tx.connection().createStatement()) {
                    return s.executeUpdate(sql);
                }
            })).as(sql).isInstanceOf(StoreException.class).hasMessageContaining("不可修改或删除");
        }
        assertThat(revisions(first.id())).singleElement()
                .satisfies(r -> assertThat(r.body()).isEqualTo(BODY));
        assertThat(verify(first.id(), 1)).contains(true);
        assertThat(audit(100)).isNotEmpty();
    }

    @Test
    void itemsAreOrderedInSectionsAndMoved() {
        long pub = archive.inTransaction(tx -> tx.insertPublication(
                new Publication(0, PublicationKind.NIANJIAN, "常德年鉴", 2022, null, null, null))).id();
        Section economy = archive.inTransaction(tx -> tx.insertSection(new Section(0, pub, null, SectionLevel.CATEGORY, "经济", 0)));
        Section farming = archive.inTransaction(tx -> tx.insertSection(
                new Section(0, pub, economy.id(), SectionLevel.SUBCATEGORY, "农业", 0)));
        Section events = archive.inTransaction(tx -> tx.insertSection(new Section(0, pub, null, SectionLevel.CATEGORY, "大事记", 1)));

        Item rice = insert(Item.draft(ItemKind.ENTRY, "水稻生产", null, "全年……", ItemMetadata.EMPTY).inSection(farming.id(), 0));
        Item tea = insert(Item.draft(ItemKind.ENTRY, "茶叶", null, "……", ItemMetadata.EMPTY).inSection(farming.id(), 0));
        Item overview = insert(Item.draft(ItemKind.ENTRY, "经济概况", null, "……", ItemMetadata.EMPTY).inSection(economy.id(), 0));
        Item pigs = insert(Item.draft(ItemKind.ENTRY, "生猪", null, "……", ItemMetadata.EMPTY).inSection(farming.id(), 1));
        Item inbox = insert(Item.draft(ItemKind.ENTRY, "一月大事", null, "……", ItemMetadata.EMPTY));

        assertThat(items(farming.id())).extracting(Item::title).containsExactly("生猪", "水稻生产", "茶叶");
        assertThat(items(farming.id())).extracting(Item::ord).containsExactly(1, 2, 3);
        assertThat(items(null)).extracting(Item::id).containsExactly(inbox.id());

        archive.inTransaction(tx -> { tx.moveItem(inbox.id(), events.id(), 0, "编辑丙"); return null; });
        archive.inTransaction(tx -> { tx.moveItem(tea.id(), farming.id(), 1, "编辑丙"); return null; });
        assertThat(items(null)).isEmpty();
        assertThat(items(farming.id())).extracting(Item::title).containsExactly("茶叶", "生猪", "水稻生产");
        assertThat(itemsOf(pub)).extracting(Item::title)
                .containsExactly("一月大事", "经济概况", "茶叶", "生猪", "水稻生产");

        archive.inTransaction(tx -> { tx.moveItem(rice.id(), null, 0, "编辑丙"); return null; });
        assertThat(items(farming.id())).extracting(Item::ord).containsExactly(1, 2);
        Item moved = archive.read(tx -> tx.item(rice.id())).orElseThrow();
        assertThat(moved.sectionId()).isNull();
        assertThat(moved.revision()).isEqualTo(1);
        AuditEntry audit = archive.read(tx -> tx.audit(1)).get(0);
        assertThat(audit.action()).isEqualTo("item.move");
        assertThat(audit.actor()).isEqualTo("编辑丙");
        assertThat(audit.detail()).contains("收稿箱");
        assertThat(auditOf(overview.id())).extracting(AuditEntry::action).containsExactly("item.insert");
        assertThat(pigs.ord()).isEqualTo(1);
    }

    @Test
    void aMissingSectionOrActorIsRefused() {
        assertThatThrownBy(() -> insert(Item.draft(ItemKind.ENTRY, "无处安放", null, "", ItemMetadata.EMPTY).inSection(999L, 0)))
                .isInstanceOf(StoreException.class).hasMessageContaining("不存在");
        assertThatThrownBy(() -> archive.inTransaction(tx -> tx.insertItem(
                Item.draft(ItemKind.ENTRY, "匿名", null, "", ItemMetadata.EMPTY), " ", null)))
                .isInstanceOf(StoreException.class).hasMessageContaining("操作人");
    }
}
