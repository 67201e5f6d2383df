package org.annalist.service;

import org.annalist.doc.diff.TextDiff;
import org.annalist.i18n.LocalizedException;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;
import org.annalist.model.Revision;
import org.annalist.store.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 修订记录 on a real H2 archive: two revisions compared, an earlier one restored as a new signed revision. */
class RevisionHistoryTest {
    @TempDir
    Path dir;

    private static final String V1 = "祖父张𠀋生，光绪年间生于城南。\n\n他少年时在私塾读书。\n\n后来到县城学做生意。\n";
    private static final String V2 = "祖父张𠀋生，光绪二十年生于城南。\n\n后来到县城学做生意。\n\n他少年时在私塾读书。\n";

    private long itemWithThreeRevisions(Archive archive) {
        Item first = archive.inTransaction(tx -> tx.insertItem(
                Item.draft(ItemKind.ARTICLE, "我的祖父", null, V1, ItemMetadata.EMPTY), "李编辑", "导入"));
        Item second = new ItemEditing(archive, "王校对").commit(first.withBody(V2), "改生年，调段落");
        new ItemEditing(archive, "王校对").commit(second.withTitle("回忆祖父", null), "改题");
        return first.id();
    }

    @Test
    void comparesTwoRevisionsAndRestoresTheFirstAsANewSignedOne() {
        long id;
        try (Archive archive = org.annalist.testing.TestStores.open(dir)) {
            id = itemWithThreeRevisions(archive);
            RevisionHistory history = new RevisionHistory(archive, "赵主编");
            assertThat(history.revisions(id)).extracting(Revision::number, Revision::author)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "李编辑"),
                            org.assertj.core.groups.Tuple.tuple(2, "王校对"), org.assertj.core.groups.Tuple.tuple(3, "王校对"));

            RevisionHistory.Comparison c = history.compare(id, 1, 3);
            assertThat(c.a().author()).isEqualTo("李编辑");
            assertThat(c.b().number()).isEqualTo(3);
            assertThat(c.same()).isFalse();
            assertThat(c.title().inline()).isEqualTo("[-我的-]{+回忆+}祖父\n");
            assertThat(c.body().inline()).isEqualTo(
                    "祖父张𠀋生，光绪[-年间-]{+二十年+}生于城南。\n[<1 他少年时在私塾读书。<]\n后来到县城学做生意。\n{>1 他少年时在私塾读书。>}\n");
            TextDiff.Segment moved = c.body().changes().stream().filter(s -> s.kind() == TextDiff.Kind.MOVED_HERE).findFirst().orElseThrow();
            int[] at = c.body().markdownB(moved);
            assertThat(c.b().body().substring(at[0], at[1])).isEqualTo("他少年时在私塾读书。");

            Item restored = history.restore(id, 1);
            assertThat(restored.revision()).isEqualTo(4);
            assertThat(restored.title()).isEqualTo("我的祖父");
            assertThat(restored.body()).isEqualTo(V1);
            assertThatThrownBy(() -> history.restore(id, 1)).isInstanceOf(LocalizedException.class)
                    .hasMessageContaining("第 1 版就是《我的祖父》现在的文字");
            assertThatThrownBy(() -> history.restore(id, 9)).isInstanceOf(LocalizedException.class)
                    .hasMessageContaining("稿件 #" + id + " 没有第 9 版");
            assertThatThrownBy(() -> history.compare(999, 1, 2)).hasMessageContaining("找不到编号为 999 的稿件");
        }
        // the new revision is in the archive after reopening it: signed by the restorer, its hash the first one's
        try (Archive archive = org.annalist.testing.TestStores.open(dir)) {
            List<Revision> revisions = archive.read(tx -> tx.revisions(id));
            assertThat(revisions).hasSize(4);
            Revision last = revisions.get(3);
            assertThat(last.author()).isEqualTo("赵主编");
            assertThat(last.note()).isEqualTo("恢复第 1 版");
            assertThat(last.sha256()).isEqualTo(revisions.get(0).sha256());
            java.util.Optional<Boolean> verified = archive.read(tx -> tx.verifyRevision(id, 4));
            assertThat(verified).contains(true);
            assertThat(new RevisionHistory(archive, "赵主编").compare(id, 1, 4).same()).isTrue();
        }
    }
}
