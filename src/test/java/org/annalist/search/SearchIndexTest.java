package org.annalist.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.annalist.i18n.LocalizedException;
import org.annalist.model.Credit;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.Publication;
import org.annalist.model.PublicationKind;
import org.annalist.model.Role;
import org.annalist.model.SearchResults;
import org.annalist.model.Section;
import org.annalist.model.TrashEntry;
import org.annalist.service.AnnalistSession;
import org.annalist.service.ArchiveManagement;
import org.annalist.store.Archive;
import org.annalist.store.ItemChanges;
import org.annalist.model.ReviewComment;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on a real H2 archive and a real Lucene folder: recall, folding, filters, offsets, staying in step. */
class SearchIndexTest {
    @TempDir
    Path tmp;

    static final String BODY_1 = "1940年5月，第三十三集团军总司令张自忠将军在宜城南瓜店十里长山殉国。\n\n"
            + "消息传来，乌当区各界举行追悼会。[^1]\n\n[^1]: 据《贵阳文史资料》第五辑记载。";
    static final String BODY_2 = "乌当区位于贵阳市北部，2023年地区生产总值增长百分之五点一。";
    static final String BODY_3 = "民國二十六年，張自忠任天津市長，後赴前線。";

    record Fixture(Publication nianjian, Publication wenshi, Section cat1, Section cat2, long a, long b, long c) {
    }

    static Fixture fill(AnnalistSession s) {
        ArchiveManagement m = s.management();
        Publication nj = m.createPublication(new ArchiveManagement.NewPublication(PublicationKind.NIANJIAN, "乌当年鉴", 2024,
                null, "wd2024", ArchiveManagement.Skeleton.NONE));
        Publication ws = m.createPublication(new ArchiveManagement.NewPublication(PublicationKind.WENSHI, "乌当文史资料", 5,
                null, "wdws5", ArchiveManagement.Skeleton.NONE));
        Section cat1 = m.createSection(ws.id(), null, "抗战记忆");
        Section cat2 = m.createSection(nj.id(), null, "区情概览");
        Item a = m.createItem(cat1.id(), ItemKind.ARTICLE, "张自忠将军殉国前后");
        a = s.editing().save(a.withBody(BODY_1).withMetadata(a.metadata()
                .withCredits(List.of(new Credit("王仕美", Role.AUTHOR, "乌当区政协"))).withPeriodAndPlace("1937—1945年", "宜城")), "test");
        Item b = m.createItem(cat2.id(), ItemKind.ENTRY, "综述");
        b = s.editing().save(b.withBody(BODY_2).withMetadata(b.metadata().withPeriodAndPlace("2023年", "乌当区")), "test");
        Item c = m.createItem(cat1.id(), ItemKind.ARTICLE, "天津歲月");
        c = s.editing().save(c.withBody(BODY_3), "test");
        return new Fixture(nj, ws, cat1, cat2, a.id(), b.id(), c.id());
    }

    static List<Long> ids(SearchResults r) {
        return r.hits().stream().map(SearchResults.Hit::itemId).toList();
    }

    @Test
    void findsNamesTheSegmenterSplitsAndFoldsTraditionalAndSimplified() {
        try (AnnalistSession s = AnnalistSession.open(tmp, false, "测试")) {
            Fixture f = fill(s);
            s.search().awaitInStep();
            // 张自忠 and 乌当区 are not in SmartChinese's dictionary: the bigram field finds them
            assertThat(ids(s.search().search("张自忠", null, false, 10, false))).containsExactlyInAnyOrder(f.a(), f.c());
            assertThat(ids(s.search().search("乌当区", null, false, 10, false))).contains(f.a(), f.b());
            // traditional query, simplified text and the reverse
            assertThat(ids(s.search().search("張自忠 殉國", null, false, 10, false))).containsExactly(f.a());
            assertThat(ids(s.search().search("天津市长", null, false, 10, false))).containsExactly(f.c());
            // a phrase is matched as written, not as scattered characters
            assertThat(ids(s.search().search("\"忠张\"", null, false, 10, false))).isEmpty();
            assertThat(ids(s.search().search("张自忠 -天津", null, false, 10, false))).containsExactly(f.a());
        }
    }

    @Test
    void hitCarriesTheOffsetOfTheMatchInTheMarkdownAndASnippet() {
        try (AnnalistSession s = AnnalistSession.open(tmp, false, "测试")) {
            Fixture f = fill(s);
            s.search().awaitInStep();
            SearchResults r = s.search().search("南瓜店", null, false, 10, false);
            assertThat(r.hits()).hasSize(1);
            SearchResults.Hit h = r.hits().get(0);
            assertThat(h.field()).isEqualTo("body");
            assertThat(h.offset()).isEqualTo(BODY_1.indexOf("南瓜店"));
            assertThat(h.length()).isEqualTo(3);
            assertThat(h.snippet()).contains("【南瓜店】");
            assertThat(h.publication()).contains("乌当文史资料");
            assertThat(h.category()).isEqualTo("抗战记忆");
            // a hit in the second paragraph: the offset counts the Markdown before it
            SearchResults.Hit h2 = s.search().search("追悼会", null, false, 10, false).hits().get(0);
            assertThat(h2.offset()).isEqualTo(BODY_1.indexOf("追悼会"));
        }
    }

    @Test
    void aPhraseHitIsMarkedWhereThePhraseStandsNotWhereItsPairsStandAlone() {
        try (AnnalistSession s = AnnalistSession.open(tmp, false, "测试")) {
            Fixture f = fill(s);
            String body = "会议开始前，工作人员布置会场。下午召开全区工作会议，部署乌当区脱贫攻坚。";
            Item it = s.management().createItem(f.cat2().id(), ItemKind.ENTRY, "会议纪要");
            it = s.editing().save(it.withBody(body), "test");
            s.search().awaitInStep();
            SearchResults.Hit h = s.search().search("\"工作会议\"", null, false, 10, false).hits().get(0);
            assertThat(h.itemId()).isEqualTo(it.id());
            assertThat(h.offset()).isEqualTo(body.indexOf("工作会议"));
            assertThat(h.length()).isEqualTo(4);
            assertThat(h.snippet()).contains("【工作会议】").doesNotContain("【会议】").doesNotContain("【工作】");
            // two words: each is marked where it stands, the caret goes to the first of them in the text
            SearchResults.Hit h2 = s.search().search("脱贫攻坚 全区", null, false, 10, false).hits().get(0);
            assertThat(h2.offset()).isEqualTo(body.indexOf("全区"));
            assertThat(h2.snippet()).contains("【全区】").contains("【脱贫攻坚】");
        }
    }

    @Test
    void filtersYearsPublicationFacetsAndDateOrder() {
        try (AnnalistSession s = AnnalistSession.open(tmp, false, "测试")) {
            Fixture f = fill(s);
            s.search().awaitInStep();
            var search = s.search();
            assertThat(ids(search.search("作者:王仕美", null, false, 10, false))).containsExactly(f.a());
            assertThat(ids(search.search("地点:宜城", null, false, 10, false))).containsExactly(f.a());
            assertThat(ids(search.search("时期:1937", null, false, 10, false))).containsExactly(f.a());
            assertThat(ids(search.search("类目:区情", null, false, 10, false))).containsExactly(f.b());
            assertThat(ids(search.search("1940-1942", null, false, 10, false))).containsExactly(f.a());
            assertThat(ids(search.search("乌当区", "wd2024", false, 10, false))).containsExactly(f.b());
            // where CJK meets digits the positions must agree with the index's
            assertThat(ids(search.search("书:\"《乌当年鉴》2024\"", null, false, 10, false))).containsExactly(f.b());
            assertThat(ids(search.search("\"1940年5月\"", null, false, 10, false))).containsExactly(f.a());
            assertThat(ids(search.search("殉", null, false, 10, false))).containsExactly(f.a());
            assertThat(ids(search.search("状态:编辑中", null, false, 10, false))).isEmpty();
            assertThat(ids(search.search("状态:收稿", null, false, 10, false))).containsExactlyInAnyOrder(f.a(), f.b(), f.c());
            SearchResults r = search.search("乌当", null, true, 10, true);
            assertThat(ids(r)).containsExactly(f.a(), f.b());
            Map<String, List<SearchResults.FacetCount>> facets = r.facets();
            assertThat(facets.get(SearchResults.PUBLICATION)).extracting(SearchResults.FacetCount::count).containsExactly(1L, 1L);
            assertThat(facets.get(SearchResults.PERSON)).containsExactly(new SearchResults.FacetCount("王仕美", 1));
            assertThat(facets.get(SearchResults.STATE)).containsExactly(new SearchResults.FacetCount("收稿", 2));
            assertThat(facets.get(SearchResults.PLACE)).extracting(SearchResults.FacetCount::value).containsExactlyInAnyOrder("宜城", "乌当区");
            assertThatThrownBy(() -> search.search("  ", null, false, 10, false)).isInstanceOf(LocalizedException.class)
                    .hasMessageContaining("检索词为空");
            assertThatThrownBy(() -> search.search("x", "没有这本书", false, 10, false)).hasMessageContaining("没有这本书");
        }
    }

    @Test
    void staysInStepWithEditsMovesDeletesAndRestores() {
        try (AnnalistSession s = AnnalistSession.open(tmp, false, "测试")) {
            Fixture f = fill(s);
            var search = s.search();
            search.awaitInStep();
            Item b = s.editing().item(f.b()).orElseThrow();
            s.editing().save(b.withBody(BODY_2.replace("乌当区", "新天寨")), "改写");
            search.awaitInStep();
            assertThat(ids(search.search("新天寨", null, false, 10, false))).containsExactly(f.b());
            assertThat(ids(search.search("乌当区位于", null, false, 10, false))).isEmpty();

            s.editing().move(f.b(), f.cat1().id(), 0);
            search.awaitInStep();
            assertThat(ids(search.search("新天寨", "wdws5", false, 10, false))).containsExactly(f.b());

            s.management().renameSection(f.cat1().id(), "抗日烽火");
            search.awaitInStep();
            assertThat(ids(search.search("类目:抗日烽火", null, false, 10, false))).containsExactlyInAnyOrder(f.a(), f.b(), f.c());

            TrashEntry t = s.management().moveToTrash(TrashEntry.Kind.ITEM, f.a());
            search.awaitInStep();
            assertThat(ids(search.search("南瓜店", null, false, 10, false))).isEmpty();
            s.management().restore(t.id());
            search.awaitInStep();
            assertThat(ids(search.search("南瓜店", null, false, 10, false))).containsExactly(f.a());
            // each step above re-indexed only the items its transaction reported; comparing all finds nothing left
            assertStampsMatch(s, search.checkInStep());
        }
    }

    @Test
    void anIndexOutOfStepAtStartIsBroughtInStepAndRebuildGivesTheSame() throws Exception {
        Fixture f;
        try (AnnalistSession s = AnnalistSession.open(tmp, false, "测试")) {
            f = fill(s);
            s.search().awaitInStep();
        }
        // changed while no index was open (another program, or a kill before the index caught up)
        try (Archive archive = Archive.open(tmp)) {
            archive.inTransaction(tx -> tx.saveItem(tx.item(f.c()).orElseThrow().withBody("北碚之行"), "别人", "改"));
        }
        try (AnnalistSession s = AnnalistSession.open(tmp, false, "测试")) {
            var search = s.search();
            search.awaitInStep();
            assertThat(ids(search.search("北碚", null, false, 10, false))).containsExactly(f.c());
            assertThat(ids(search.search("天津市长", null, false, 10, false))).isEmpty();
            SearchIndex.SyncReport r = search.rebuild();
            assertThat(r.indexed()).isEqualTo(3);
            assertThat(ids(search.search("北碚", null, false, 10, false))).containsExactly(f.c());
        }
    }

    @Test
    void aCommitReportsTheItemsItWroteAndOnlyThoseAreReindexed() {
        Archive archive = Archive.open(tmp);
        try (AnnalistSession s = AnnalistSession.on(tmp, archive, "测试")) {
            Fixture f = fill(s);
            var search = s.search();
            search.awaitInStep();
            List<ItemChanges> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.function.Consumer<ItemChanges> l = seen::add;
            archive.addChangeListener(l);
            try {
                archive.inTransaction(tx -> tx.insertComment(new ReviewComment(0, f.c(), "审稿人", java.time.Instant.now(),
                        "请核对天津市长任期", null, "desktop", null, null, false), "审稿人"));
                s.editing().move(f.b(), f.cat1().id(), 0);
                s.management().renameSection(f.cat2().id(), "综合");
            } finally {
                archive.removeChangeListener(l);
            }
            assertThat(seen).containsExactly(new ItemChanges(Set.of(f.c()), false), new ItemChanges(Set.of(f.b()), false),
                    new ItemChanges(Set.of(), true));
            search.awaitInStep();
            assertThat(ids(search.search("任期", null, false, 10, false))).containsExactly(f.c());
            assertStampsMatch(s, search.checkInStep());
        }
    }

    @Test
    void syncItemsLooksAtTheItemsNamedOnlyAndTheFullCheckCatchesTheRest() {
        Fixture f;
        try (AnnalistSession s = AnnalistSession.open(tmp, false, "测试")) {
            f = fill(s);
            s.search().awaitInStep();
        }
        try (Archive archive = Archive.open(tmp); SearchIndex index = SearchIndex.open(tmp)) {
            assertThat(index.sync(archive).indexed()).isZero();
            archive.inTransaction(tx -> tx.saveItem(tx.item(f.a()).orElseThrow().withBody("北碚之行"), "甲", "改"));
            archive.inTransaction(tx -> tx.saveItem(tx.item(f.b()).orElseThrow().withBody("歌乐山下"), "乙", "改"));
            archive.inTransaction(tx -> tx.moveToTrash(TrashEntry.Kind.ITEM, f.c()));
            SearchIndex.SyncReport r = index.syncItems(archive, List.of(f.a(), f.c()));
            assertThat(r.indexed()).isEqualTo(1);
            assertThat(r.removed()).isEqualTo(1);
            assertThat(ids(index.search(new SearchIndex.Request("北碚", null, false, 10, false)))).containsExactly(f.a());
            assertThat(ids(index.search(new SearchIndex.Request("歌乐山", null, false, 10, false)))).isEmpty();
            assertThat(index.indexedItems()).containsExactlyInAnyOrder(f.a(), f.b());
            // the full comparison finds the item changed behind its back (another program's save)
            assertThat(index.sync(archive).indexed()).isEqualTo(1);
            assertThat(ids(index.search(new SearchIndex.Request("歌乐山", null, false, 10, false)))).containsExactly(f.b());
        }
    }

    @Test
    void aSecondIndexOnTheFolderOnlyReadsAndSaysHowFarBehindItIs() {
        Fixture f;
        try (AnnalistSession s = AnnalistSession.open(tmp, false, "测试")) {
            f = fill(s);
            s.search().awaitInStep();
        }
        try (Archive archive = Archive.open(tmp); SearchIndex writer = SearchIndex.open(tmp); SearchIndex reader = SearchIndex.open(tmp)) {
            assertThat(writer.readOnly()).isFalse();
            assertThat(reader.readOnly()).as("the writer holds the lock").isTrue();
            assertThat(reader.behind(archive)).isZero();
            assertThat(ids(reader.search(new SearchIndex.Request("南瓜店", null, false, 10, false)))).containsExactly(f.a());

            archive.inTransaction(tx -> tx.saveItem(tx.item(f.b()).orElseThrow().withBody("歌乐山下"), "甲", "改"));
            assertThat(reader.sync(archive).indexed()).as("a reader does not write").isZero();
            assertThat(reader.behind(archive)).isEqualTo(1);
            writer.syncItems(archive, List.of(f.b()));
            assertThat(writer.behind(archive)).isZero();
            // indexed but not yet committed by the writer: the reader does not see it yet, and says so
            assertThat(ids(reader.search(new SearchIndex.Request("歌乐山", null, false, 10, false)))).isEmpty();
            assertThat(reader.behind(archive)).isEqualTo(1);
            writer.commit();
            assertThat(ids(reader.search(new SearchIndex.Request("歌乐山", null, false, 10, false)))).containsExactly(f.b());
            assertThat(reader.behind(archive)).isZero();
            assertThatThrownBy(() -> reader.rebuild(archive)).isInstanceOf(LocalizedException.class)
                    .hasMessageContaining("另一个 Annalist 程序");
        }
    }

    @Test
    void theServiceCommitsAFewSecondsAfterAChangeSoThatAReaderSeesIt() throws Exception {
        Fixture f;
        try (AnnalistSession s = AnnalistSession.open(tmp, false, "测试")) {
            f = fill(s);
            s.search().awaitInStep();
            try (SearchIndex reader = SearchIndex.open(tmp)) {
                assertThat(reader.readOnly()).isTrue();
                Item b = s.editing().item(f.b()).orElseThrow();
                s.editing().save(b.withBody("歌乐山下"), "改");
                s.search().awaitInStep();
                long until = System.nanoTime() + 30_000_000_000L;
                while (reader.search(new SearchIndex.Request("歌乐山", null, false, 10, false)).total() == 0 && System.nanoTime() < until) {
                    Thread.sleep(100);
                }
                assertThat(ids(reader.search(new SearchIndex.Request("歌乐山", null, false, 10, false)))).containsExactly(f.b());
            }
        }
    }

    static void assertStampsMatch(AnnalistSession s, SearchIndex.SyncReport last) {
        assertThat(last.indexed()).isZero();
        assertThat(last.removed()).isZero();
    }
}

