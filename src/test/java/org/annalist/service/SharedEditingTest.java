package org.annalist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.annalist.i18n.Texts;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;
import org.annalist.model.Revision;
import org.annalist.store.Archive;
import org.annalist.store.ItemConflictException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two editors on one archive in H2 server mode (AUTO_SERVER, as {@code --shared}): each with their own Archive and
 * session, as two office PCs would have. A save from a stale revision is refused naming who saved what when, both texts
 * survive, and each sees what the other has open.
 */
class SharedEditingTest {
    @TempDir
    Path dir;
    Editor wang;
    Editor li;

    /** One editor's own connection to the archive and the services of the desktop's session. */
    record Editor(Archive archive, String name, ItemEditing editing, RevisionHistory revisionHistory, EditingPresence presence) {
        static Editor on(Archive archive, String name) {
            return new Editor(archive, name, new ItemEditing(archive, name), new RevisionHistory(archive, name),
                    new EditingPresence(archive, name, Clock.systemUTC()));
        }
    }

    @BeforeEach
    void open() {
        // H2: one file in server mode; PostgreSQL (-Dannalist.test.db=postgresql): one database, two connections
        String pg = org.annalist.testing.TestStores.postgres() ? org.annalist.testing.TestStores.freshDatabase() : null;
        wang = Editor.on(org.annalist.testing.TestStores.openShared(dir, pg), "王编辑");
        li = Editor.on(org.annalist.testing.TestStores.openShared(dir, pg), "李编辑");
    }

    @AfterEach
    void close() {
        li.archive().close();
        wang.archive().close();
    }

    private Item newItem() {
        return wang.archive().inTransaction(tx -> tx.insertItem(
                Item.draft(ItemKind.ARTICLE, "乌当纪事", null, "一九四四年冬，我随部队到乌当。\n", ItemMetadata.EMPTY), "王编辑", "新建"));
    }

    @Test
    void aStaleSaveIsRefusedNamingWhoSavedWhatWhenAndBothTextsSurvive() {
        Item base = newItem();
        Item wangsCopy = wang.editing().item(base.id()).orElseThrow();
        Item lisCopy = li.editing().item(base.id()).orElseThrow();
        assertThat(lisCopy.revision()).isEqualTo(1);

        Item wangSaved = wang.editing().commit(wangsCopy.withBody("一九四四年冬，我随第八军到乌当。\n"), "王改");
        assertThat(wangSaved.revision()).isEqualTo(2);

        Item lisEdit = lisCopy.withBody("一九四四年冬，我随部队到乌当县城。\n");
        li.editing().saveDraft(lisEdit);
        assertThatThrownBy(() -> li.editing().commit(lisEdit, "李改"))
                .isInstanceOfSatisfying(EditConflictException.class, e -> {
                    assertThat(e.itemId()).isEqualTo(base.id());
                    assertThat(e.baseRevision()).isEqualTo(1);
                    assertThat(e.latestRevision()).isEqualTo(2);
                    assertThat(e.latestAuthor()).isEqualTo("王编辑");
                    assertThat(e.latestAt()).isEqualTo(wang.revisionHistory().revisions(base.id()).get(1).createdAt());
                    String zh = e.localized().text(java.util.Locale.SIMPLIFIED_CHINESE);
                    assertThat(zh).contains("乌当纪事", "王编辑", "第 2 版", "第 1 版", "草稿");
                });
        // nothing of 李's went in; 王's revision is the latest; 李's text is kept as 李's draft, based on revision 1
        List<Revision> revisions = li.revisionHistory().revisions(base.id());
        assertThat(revisions).extracting(Revision::author).containsExactly("王编辑", "王编辑");
        assertThat(revisions.get(1).body()).contains("第八军");
        assertThat(li.editing().draft(base.id()).orElseThrow().body()).contains("县城");
        assertThat(li.editing().draft(base.id()).orElseThrow().baseRevision()).isEqualTo(1);
        assertThat(wang.editing().draft(base.id())).isEmpty();

        // the compare view puts 王's revision 2 beside 李's draft
        RevisionHistory.Comparison c = li.revisionHistory().compare(base.id(), 2, RevisionHistory.DRAFT);
        assertThat(c.a().body()).contains("第八军");
        assertThat(c.b().body()).contains("县城");
        assertThat(c.b().author()).isEqualTo("李编辑");
        assertThat(c.same()).isFalse();
        assertThat(wang.revisionHistory().draft(base.id())).isEmpty();

        // the merge by hand: 李 compares, writes the merged text on top of revision 2 and saves it as revision 3
        Item merged = li.editing().item(base.id()).orElseThrow().withBody("一九四四年冬，我随第八军到乌当县城。\n");
        Item saved = li.editing().commit(merged, "合并王编辑的修改");
        assertThat(saved.revision()).isEqualTo(3);
        assertThat(li.editing().draft(base.id())).isEmpty();
        assertThat(wang.revisionHistory().revisions(base.id())).extracting(Revision::author)
                .containsExactly("王编辑", "王编辑", "李编辑");
        // and 王's next save from revision 2 is refused in turn, naming 李
        assertThatThrownBy(() -> wang.editing().commit(wangSaved.withBody("又改\n"), "再改"))
                .isInstanceOfSatisfying(EditConflictException.class, e -> assertThat(e.latestAuthor()).isEqualTo("李编辑"));
    }

    @Test
    void aReviewStepFromAStaleRevisionIsAConflictToo() {
        Item base = newItem();
        wang.editing().commit(base.withBody("改过\n"), "王改");
        assertThatThrownBy(() -> li.archive().inTransaction(tx ->
                tx.signItem(base.id(), 1, org.annalist.model.ItemStatus.FIRST_REVIEW, "李编辑", "初审")))
                .isInstanceOf(ItemConflictException.class);
    }

    @Test
    void eachSeesWhatTheOtherHasOpenUntilTheHeartbeatGoesStale() {
        Item a = newItem();
        Item b = newItem();
        wang.presence().beat(a.id());
        li.presence().beat(b.id());
        assertThat(li.presence().othersOn(a.id())).containsExactly("王编辑");
        assertThat(li.presence().othersOn(b.id())).isEmpty();
        assertThat(wang.presence().others()).isEqualTo(Map.of(b.id(), List.of("李编辑")));

        // 王 moves on to b: a is free, b shows both to a third session
        wang.presence().beat(b.id());
        assertThat(li.presence().othersOn(a.id())).isEmpty();
        Editor zhang = Editor.on(wang.archive(), "张编辑");
        assertThat(zhang.presence().others()).isEqualTo(Map.of(b.id(), List.of("李编辑", "王编辑")));

        // 李 closes the item
        li.presence().leave();
        assertThat(wang.presence().othersOn(b.id())).isEmpty();

        // a heartbeat older than a minute no longer counts (the program was killed)
        Archive archive = zhang.archive();
        EditingPresence past = new EditingPresence(archive, "赵编辑",
                Clock.fixed(Instant.now().minus(EditingPresence.STALE).minus(Duration.ofSeconds(5)), ZoneOffset.UTC));
        past.beat(a.id());
        assertThat(past.othersOn(b.id())).containsExactly("王编辑"); // in its own (past) view it is live
        assertThat(li.presence().othersOn(a.id())).isEmpty();
        assertThat(li.presence().others()).containsOnlyKeys(b.id());
    }

    @Test
    void theConflictMessageReadsInBothLanguages() {
        Item base = newItem();
        wang.editing().commit(base.withBody("改过\n"), "王改");
        try {
            li.editing().commit(base.withBody("也改\n"), "李改");
        } catch (EditConflictException e) {
            assertThat(e.localized().text(java.util.Locale.ENGLISH)).contains("王编辑", "revision 2", "revision 1");
            assertThat(Texts.format(java.util.Locale.SIMPLIFIED_CHINESE, e.localized().key(), e.localized().args()))
                    .startsWith("稿件《乌当纪事》已被王编辑于 ");
            return;
        }
        throw new AssertionError("no conflict");
    }
}
