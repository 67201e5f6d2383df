package org.annalist.service;

import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;
import org.annalist.model.Mention;
import org.annalist.model.Person;
import org.annalist.model.Place;
import org.annalist.model.SearchResults;
import org.annalist.store.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Confirmed mentions feed the search index: after 荩忱 is confirmed as 张自忠 and 北碚 as 北碚区, the item is found by
 * 人物:张自忠 and 地点:北碚区 and counted under those facets; offered (unconfirmed) mentions do not count.
 */
class AuthoritySearchTest {
    @TempDir
    Path dir;

    @Test
    void confirmedMentionsAreSearchableAsPersonsAndPlacesWithFacets() {
        try (Archive archive = Archive.open(dir); SearchService search = new SearchService(archive, dir)) {
            AuthorityService a = new AuthorityService(archive, "李编辑");
            a.savePerson(new Person(0, "张自忠", List.of(), null, "荩忱", null, null, null, null, false));
            a.savePlace(new Place(0, "北碚区", List.of(), List.of("北碚"), "区", null, null, false, null));
            long id = archive.inTransaction(tx -> tx.insertItem(Item.draft(ItemKind.ARTICLE, "忠骸归葬", null,
                    "荩忱将军忠骸于1940年归葬北碚梅花山。\n", ItemMetadata.EMPTY), "李编辑", "导入")).id();
            assertThat(a.offer(id)).isEqualTo(2);
            search.awaitInStep();
            assertThat(search.search("人物:张自忠", null, false, 10, true).total()).isZero();
            for (AuthorityService.Placed m : a.mentions(id, archive.read(tx -> tx.item(id)).orElseThrow().body(), Mention.Status.OFFERED)) {
                a.confirm(m.mention().id());
            }
            search.awaitInStep();
            SearchResults byPerson = search.search("人物:张自忠", null, false, 10, true);
            assertThat(byPerson.hits()).extracting(SearchResults.Hit::itemId).containsExactly(id);
            assertThat(byPerson.facets().get(SearchResults.PERSON)).extracting(SearchResults.FacetCount::value).contains("张自忠");
            assertThat(byPerson.facets().get(SearchResults.PLACE)).extracting(SearchResults.FacetCount::value).contains("北碚区");
            assertThat(search.search("地点:北碚区", null, false, 10, false).total()).isEqualTo(1);
        }
    }
}
