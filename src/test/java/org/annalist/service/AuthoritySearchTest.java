package org.annalist.service;

import org.annalist.model.Mention;
import org.annalist.model.Person;
import org.annalist.model.SearchResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: the authority lists and the index meet through the transaction's report of what it changed. Confirming a
 * mention puts the person into the item's 人物 field at once (no full comparison needed); renaming the person or
 * merging a duplicate brings every item that mentions them in step.
 */
class AuthoritySearchTest {
    @TempDir
    Path tmp;

    private static List<Long> ids(SearchResults r) {
        return r.hits().stream().map(SearchResults.Hit::itemId).toList();
    }

    @Test
    void confirmingRenamingAndMergingAreSeenByTheIndexAfterTheirCommit() {
        // H2, or a real PostgreSQL server in the second pass (-Dannalist.test.db=postgresql): the fingerprints are SQL of both
        try (AnnalistSession s = org.annalist.testing.TestStores.session(tmp.resolve("data"), "编辑甲")) {
            long id = s.imports().importBytes("冯玉祥.txt", ("泰山旧事\n\n一九三三年，冯玉祥隐居泰山，兴办学校十五所。\n")
                    .getBytes(StandardCharsets.UTF_8), null).items().get(0).id();
            SearchService search = s.search();
            search.awaitInStep();
            AuthorityService a = s.authority();
            Person feng = a.savePerson(new Person(0, "冯玉祥", List.of(), PersonNames.sortKey("冯玉祥")));
            assertThat(a.offer(id)).isEqualTo(1);
            search.awaitInStep();
            // offered is not yet confirmed: the item is found by its words, not as one about the person
            assertThat(ids(search.search("人物:冯玉祥", null, false, 10, false))).isEmpty();

            assertThat(a.decideAll(id, Mention.Kind.PERSON, feng.id(), true)).isEqualTo(1);
            search.awaitInStep();
            assertThat(ids(search.search("人物:冯玉祥", null, false, 10, false))).containsExactly(id);

            // the entry renamed to the name the editors prefer (焕章 is his 字): the item follows
            Person renamed = a.savePerson(new Person(feng.id(), "冯焕章", List.of("冯玉祥"), feng.sortKey()));
            search.awaitInStep();
            assertThat(renamed.name()).isEqualTo("冯焕章");
            assertThat(ids(search.search("人物:冯焕章", null, false, 10, false))).containsExactly(id);

            // a duplicate entry merged into it: still found under the kept name, nothing under the gone one
            Person dup = a.savePerson(new Person(0, "冯基善", List.of(), PersonNames.sortKey("冯基善")));
            a.mergePersons(renamed.id(), dup.id());
            search.awaitInStep();
            assertThat(ids(search.search("人物:冯焕章", null, false, 10, false))).containsExactly(id);
            assertThat(search.checkInStep().indexed()).as("the full comparison finds nothing left behind").isZero();
        }
    }
}
