package org.annalist.service;

import org.annalist.i18n.LocalizedException;
import org.annalist.model.AuditEntry;
import org.annalist.model.Credit;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;
import org.annalist.model.Mention;
import org.annalist.model.Person;
import org.annalist.model.Place;
import org.annalist.model.Publication;
import org.annalist.model.PublicationKind;
import org.annalist.model.Role;
import org.annalist.model.Section;
import org.annalist.model.SectionLevel;
import org.annalist.store.Archive;
import org.annalist.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The authority lists on a real H2 archive in a temp dir: persons' and places' fields kept through a reopen with a
 * hand-set sort key that sticks; mentions offered in one pass (longest name wins), not offered twice, rejected words
 * not offered again after an edit, confirmed ones carried to the edited text; merging persons and places leaves
 * nothing pointing at the gone entry; pages; pinyin order of surnames read as surnames.
 */
class AuthorityServiceTest {
    @TempDir
    Path dir;

    private static final String TEXT = "1940年，张自忠将军殉国。为纪念他，汉口将一条路命名为张自忠路。张荩忱生前曾驻乌当县。\n";

    private static long item(Archive archive, Long section, String title, String body, List<Credit> credits) {
        return archive.inTransaction(tx -> {
            long id = tx.insertItem(Item.draft(ItemKind.ARTICLE, title, null, body, ItemMetadata.EMPTY.withCredits(credits)),
                    "李编辑", "导入").id();
            if (section != null) tx.moveItem(id, section, 0, "李编辑");
            return id;
        });
    }

    private static List<AuditEntry> audit(Archive archive, String entity, long id) {
        return archive.read(tx -> tx.audit(entity, id));
    }

    private static List<Mention> mentionsOf(Archive archive, Mention.Kind kind, long id, Mention.Status status) {
        return archive.read(tx -> tx.authority().mentionsOf(kind, id, status));
    }

    private static List<Long> credited(Archive archive, long personId) {
        return archive.read(tx -> tx.authority().creditedItems(personId));
    }

    @Test
    void fieldsAndAHandSetSortKeySurviveRenamesAndAReopen() {
        long zengId;
        long placeId;
        try (Archive archive = Archive.open(dir)) {
            AuthorityService a = new AuthorityService(archive, "李编辑");
            Person zeng = a.savePerson(new Person(0, "曾琦", List.of("曾慕韩"), null, "慕韩", "愚公", "1892", "1951", "青年党创始人", false));
            assertThat(zeng.sortKey()).isEqualTo("zeng1 qi2");
            zengId = zeng.id();
            // the default follows the name …
            Person renamed = a.savePerson(new Person(zengId, "曾琪", zeng.aliases(), zeng.sortKey(), zeng.zi(), zeng.hao(),
                    zeng.born(), zeng.died(), zeng.note(), false));
            assertThat(renamed.sortKey()).isEqualTo("zeng1 qi2");
            // … until the editor sets it; then it stays through a rename
            a.setPersonSortKey(zengId, "zeng1 qi2 b");
            Person p = a.person(zengId).orElseThrow();
            a.savePerson(new Person(zengId, "曾琦", p.aliases(), p.sortKey(), p.zi(), p.hao(), p.born(), p.died(), p.note(), p.sortKeyManual()));
            Place gz = a.savePlace(new Place(0, "贵州省", List.of(), List.of(), "省", null, null, false, null));
            Place wd = a.savePlace(new Place(0, "乌当区", List.of("乌当"), List.of("乌当县"), "区", gz.id(), null, false, "1973 年设区"));
            placeId = wd.id();
            assertThat(wd.sortKey()).isEqualTo("wu1 dang1 qu1");
            assertThatThrownBy(() -> a.savePlace(new Place(gz.id(), "贵州省", List.of(), List.of(), "省", wd.id(), null, false, null)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("贵州省");
        }
        try (Archive archive = Archive.open(dir)) {
            AuthorityService a = new AuthorityService(archive, "李编辑");
            Person p = a.person(zengId).orElseThrow();
            assertThat(p.name()).isEqualTo("曾琦");
            assertThat(p.sortKey()).isEqualTo("zeng1 qi2 b");
            assertThat(p.sortKeyManual()).isTrue();
            assertThat(p.allNames()).containsExactly("曾琦", "曾慕韩", "慕韩", "愚公");
            assertThat(p.lifeDates()).isEqualTo("1892—1951");
            assertThat(p.note()).isEqualTo("青年党创始人");
            Place wd = a.place(placeId).orElseThrow();
            assertThat(wd.variants()).containsExactly("乌当");
            assertThat(wd.oldNames()).containsExactly("乌当县");
            assertThat(wd.kind()).isEqualTo("区");
            assertThat(a.place(wd.parentId()).orElseThrow().name()).isEqualTo("贵州省");
            List<AuditEntry> audit = audit(archive, "person", zengId);
            assertThat(audit).extracting(AuditEntry::action).contains("person.insert", "person.update");
            assertThat(audit(archive, "place", placeId)).extracting(AuditEntry::action).containsExactly("place.insert");
        }
    }

    @Test
    void mentionsAreOfferedOnceLongestNameFirstAndRejectedWordsAreNotOfferedAgain() {
        try (Archive archive = Archive.open(dir)) {
            AuthorityService a = new AuthorityService(archive, "李编辑");
            Person zhang = a.savePerson(new Person(0, "张自忠", List.of(), null, "荩忱", null, "1891", "1940", null, false));
            Place road = a.savePlace(new Place(0, "张自忠路", List.of(), List.of(), "路", null, null, false, null));
            Place wd = a.savePlace(new Place(0, "乌当区", List.of(), List.of("乌当县"), "区", null, null, false, null));
            long id = item(archive, null, "张自忠", TEXT, List.of());

            assertThat(a.offer(id)).isEqualTo(4);
            List<AuthorityService.Placed> offered = a.mentions(id, TEXT, Mention.Status.OFFERED);
            assertThat(offered).extracting(m -> TEXT.substring(m.from(), m.to()))
                    .containsExactly("张自忠", "张自忠路", "荩忱", "乌当县");
            assertThat(offered).extracting(m -> m.mention().kind()).containsExactly(
                    Mention.Kind.PERSON, Mention.Kind.PLACE, Mention.Kind.PERSON, Mention.Kind.PLACE);
            assertThat(offered.get(1).mention().entryId()).isEqualTo(road.id());
            assertThat(offered.get(3).entryName()).isEqualTo("乌当区");
            // nothing new the second time
            assertThat(a.offer(id)).isZero();

            AuthorityService.Placed first = offered.get(0);
            AuthorityService.Placed zi = offered.get(2);
            assertThat(a.confirm(first.mention().id())).isTrue();
            assertThat(a.reject(zi.mention().id())).isTrue();
            assertThat(a.decideAll(id, Mention.Kind.PLACE, wd.id(), true)).isEqualTo(1);
            Mention confirmed = archive.read(tx -> tx.authority().mention(first.mention().id())).orElseThrow();
            assertThat(confirmed.status()).isEqualTo(Mention.Status.CONFIRMED);
            assertThat(confirmed.decidedBy()).isEqualTo("李编辑");
            assertThat(confirmed.decidedAt()).isNotNull();

            // the text is edited before the words, and 荩忱 written once more: the rejected words stay rejected, the
            // confirmed mention is still on its words, and only the new occurrence of 张自忠 is offered
            String edited = "（本条据档案补写）" + TEXT + "张自忠字荩忱。\n";
            archive.inTransaction(tx -> tx.saveItem(tx.item(id).orElseThrow().withBody(edited), "李编辑", "修改"));
            assertThat(a.offer(id)).isEqualTo(1);
            List<AuthorityService.Placed> now = a.mentions(id, edited, null);
            AuthorityService.Placed carried = now.stream().filter(m -> m.mention().id() == first.mention().id()).findFirst().orElseThrow();
            assertThat(carried.from()).isEqualTo(edited.indexOf("张自忠"));
            assertThat(edited.substring(carried.from(), carried.to())).isEqualTo("张自忠");
            List<AuthorityService.Placed> fresh = a.mentions(id, edited, Mention.Status.OFFERED);
            assertThat(fresh).extracting(m -> m.from()).contains(edited.lastIndexOf("张自忠字"));
            assertThat(fresh).noneMatch(m -> m.mention().words().equals("荩忱"));

            // the page lists the item with its confirmed mentions and the first context
            AuthorityService.Page page = a.personPage(zhang.id());
            assertThat(page.rows()).hasSize(1);
            assertThat(page.rows().get(0).count()).isEqualTo(1);
            assertThat(page.rows().get(0).caret()).isEqualTo(edited.indexOf("张自忠"));
            assertThat(page.rows().get(0).snippet()).contains("【张自忠】将军殉国");
            assertThat(a.placePage(road.id()).rows()).isEmpty();
            assertThat(audit(archive, "item", id)).extracting(AuditEntry::action)
                    .contains("mention.offer", "mention.confirmed", "mention.rejected", "mention.confirmedAll");

            // a name typed in the editor and not saved yet is offered on the editor's text, and follows it into the
            // revision saved afterwards
            String draft = edited + "乌当区政协委员视察。\n";
            assertThat(a.offer(id, draft)).isEqualTo(1);
            AuthorityService.Placed typed = a.mentions(id, draft, Mention.Status.OFFERED).stream()
                    .filter(m -> m.mention().words().equals("乌当区")).findFirst().orElseThrow();
            assertThat(typed.from()).isEqualTo(draft.lastIndexOf("乌当区"));
            assertThat(a.mentions(id, edited, Mention.Status.OFFERED)).filteredOn(m -> m.mention().id() == typed.mention().id())
                    .singleElement().satisfies(m -> assertThat(m.orphaned()).isTrue());   // not in the saved text
            String saved = "前言。" + draft;
            archive.inTransaction(tx -> tx.saveItem(tx.item(id).orElseThrow().withBody(saved), "李编辑", "修改"));
            AuthorityService.Placed after = a.mentions(id, saved, null).stream()
                    .filter(m -> m.mention().id() == typed.mention().id()).findFirst().orElseThrow();
            assertThat(saved.substring(after.from(), after.to())).isEqualTo("乌当区");
            assertThat(after.from()).isEqualTo(saved.lastIndexOf("乌当区"));
            assertThat(a.offer(id)).isZero();   // nothing twice
        }
    }

    @Test
    void mergingMovesNamesMentionsAndCreditsAndLeavesNothingDangling() {
        try (Archive archive = Archive.open(dir)) {
            AuthorityService a = new AuthorityService(archive, "李编辑");
            Publication pub = archive.inTransaction(tx -> tx.actAs("李编辑").insertPublication(
                    new Publication(0, PublicationKind.WENSHI, "文史资料", null, 3, null, null)));
            Section s = archive.inTransaction(tx -> tx.insertSection(new Section(0, pub.id(), null, SectionLevel.CATEGORY, "人物春秋", 0)));
            long one = item(archive, s.id(), "回忆张荩忱", "张自忠将军在临沂。张将军后来殉国。\n", List.of(new Credit("张荩忱", Role.AUTHOR, null)));
            long two = item(archive, s.id(), "临沂之战", "张荩忱率部驰援临沂。\n", List.of());
            Person keep = a.savePerson(new Person(0, "张自忠", List.of(), null, null, null, "1891", null, null, false));
            Person gone = a.findPersons("张荩忱").get(0);  // made by the credit
            a.savePerson(new Person(gone.id(), gone.name(), List.of("张将军"), null, null, "荩臣", null, "1940", "误作另一人", false));
            Place linyi = a.savePlace(new Place(0, "临沂市", List.of(), List.of(), "市", null, null, false, null));
            Place linyi2 = a.savePlace(new Place(0, "临沂", List.of(), List.of("琅琊"), null, null, null, false, null));
            Place town = a.savePlace(new Place(0, "兰山镇", List.of(), List.of(), "镇", linyi2.id(), null, false, null));
            a.offer(one);
            a.offer(two);
            for (long item : List.of(one, two)) {
                for (AuthorityService.Placed m : a.mentions(item, archive.read(tx -> tx.item(item)).orElseThrow().body(), null)) {
                    a.confirm(m.mention().id());
                }
            }
            int keepMentions = archive.read(tx -> tx.authority().mentionsOf(Mention.Kind.PERSON, keep.id(), null)).size();
            int goneMentions = archive.read(tx -> tx.authority().mentionsOf(Mention.Kind.PERSON, gone.id(), null)).size();
            assertThat(keepMentions).isEqualTo(1);
            assertThat(goneMentions).isEqualTo(2);

            Person merged = a.mergePersons(keep.id(), gone.id());
            assertThat(merged.aliases()).containsExactly("张荩忱", "张将军", "荩臣");
            assertThat(merged.born()).isEqualTo("1891");
            assertThat(merged.died()).isEqualTo("1940");
            assertThat(a.person(gone.id())).isEmpty();
            assertThat(mentionsOf(archive, Mention.Kind.PERSON, gone.id(), null)).isEmpty();
            assertThat(mentionsOf(archive, Mention.Kind.PERSON, keep.id(), null))
                    .hasSize(keepMentions + goneMentions);
            assertThat(credited(archive, gone.id())).isEmpty();
            assertThat(credited(archive, keep.id())).containsExactly(one);
            Item creditedItem = archive.read(tx -> tx.item(one)).orElseThrow();
            assertThat(creditedItem.metadata().credits()).extracting(Credit::name)
                    .containsExactly("张自忠");
            assertThat(audit(archive, "person", gone.id())).extracting(AuditEntry::action).contains("person.mergedAway");
            AuthorityService.Page page = a.personPage(keep.id());
            assertThat(page.rows()).extracting(AuthorityService.PageRow::itemId).containsExactly(one, two);
            assertThat(page.rows()).extracting(AuthorityService.PageRow::count).containsExactly(2, 1);
            assertThat(page.rows().get(0).credited()).isTrue();
            assertThat(page.rows().get(1).credited()).isFalse();
            assertThat(page.rows().get(0).category()).isEqualTo("人物春秋");
            assertThat(page.rows().get(0).publication()).contains("文史资料");

            int placeMentions = archive.read(tx -> tx.authority().mentionsOf(Mention.Kind.PLACE, linyi2.id(), null)).size();
            assertThat(placeMentions).isEqualTo(2);
            Place mergedPlace = a.mergePlaces(linyi.id(), linyi2.id());
            assertThat(mergedPlace.variants()).containsExactly("临沂");
            assertThat(mergedPlace.oldNames()).containsExactly("琅琊");
            assertThat(a.place(linyi2.id())).isEmpty();
            assertThat(a.place(town.id()).orElseThrow().parentId()).isEqualTo(linyi.id());
            assertThat(mentionsOf(archive, Mention.Kind.PLACE, linyi.id(), Mention.Status.CONFIRMED)).hasSize(2);
            assertThat(a.placePage(linyi.id()).rows()).hasSize(2);
            assertThatThrownBy(() -> a.mergePlaces(linyi.id(), linyi.id())).isInstanceOf(StoreException.class);
        }
    }

    @Test
    void aPersonWithDutiesCannotBeMergedAway() {
        try (Archive archive = Archive.open(dir)) {
            AuthorityService a = new AuthorityService(archive, "李编辑");
            new StaffService(archive, "管理员").grant("王编辑", org.annalist.model.EditorialRole.EDITOR, null);
            Person staff = a.findPersons("王编辑").get(0);
            Person other = a.savePerson(new Person(0, "王编辑部", List.of(), null));
            assertThatThrownBy(() -> a.mergePersons(other.id(), staff.id())).isInstanceOf(StoreException.class)
                    .hasMessageContaining("王编辑");
            assertThat(a.person(staff.id())).isPresent();
            assertThat(a.mergePersons(staff.id(), other.id()).aliases()).containsExactly("王编辑部");
        }
    }

    @Test
    void personsAndPlacesAreInPinyinOrderWithSurnamesReadAsSurnames() {
        try (Archive archive = Archive.open(dir)) {
            AuthorityService a = new AuthorityService(archive, "李编辑");
            for (String n : List.of("曾国藩", "张三", "单雄信", "马四", "万俟卨", "查良镛", "区寿年", "仇英", "解缙", "丁玲")) {
                a.savePerson(new Person(0, n, List.of(), null));
            }
            assertThat(a.persons(null)).extracting(Person::name).containsExactly(
                    "丁玲", "马四", "万俟卨", "区寿年", "仇英", "单雄信", "解缙", "曾国藩", "查良镛", "张三");
            assertThat(a.persons("国")).extracting(Person::name).containsExactly("曾国藩");
            for (String n : List.of("云岩区", "白云区", "乌当区")) a.savePlace(new Place(0, n));
            assertThat(a.places(null)).extracting(Place::name).containsExactly("白云区", "乌当区", "云岩区");
            assertThatThrownBy(() -> new Place(0, " ")).isInstanceOf(LocalizedException.class);
        }
    }
}
