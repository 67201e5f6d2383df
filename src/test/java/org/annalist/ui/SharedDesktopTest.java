package org.annalist.ui;

import org.annalist.model.Item;
import org.annalist.model.Revision;
import org.annalist.service.AnnalistSession;
import org.annalist.service.SameThreadTaskExecutor;
import org.annalist.service.UserSettings;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.I18n;
import org.annalist.ui.compare.CompareViewModel;
import org.annalist.ui.tree.TreeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two desktop windows (王编辑 and 李编辑) on one archive opened shared (H2 server mode), on their ViewModels over a real
 * file: each sees what the other has open; a save from a stale revision is refused naming who saved it when, the text
 * stays as a draft shown over the latest revision, and 对照两稿 opens the compare view of the latest revision and the
 * draft; the merged text saved afterwards builds on the other editor's revision.
 */
class SharedDesktopTest {
    @TempDir
    Path tmp;

    private final RecordingDialogs wangSees = new RecordingDialogs();
    private final RecordingDialogs liSees = new RecordingDialogs();
    private MainViewModel wang;
    private MainViewModel li;

    @BeforeEach
    void open() {
        I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
        wang = start("王编辑", wangSees);
        li = start("李编辑", liSees);
    }

    @AfterEach
    void close() {
        if (li != null) li.close();
        if (wang != null) wang.close();
    }

    private MainViewModel start(String user, RecordingDialogs seen) {
        UserSettings settings = new UserSettings(tmp.resolve("data").toString(), "", "", user, "zh");
        MainViewModel m = new MainViewModel(settings, true, new SameThreadTaskExecutor(), seen, ms -> Coalescer.immediate());
        boolean[] opened = {false};
        m.openArchive(() -> opened[0] = true);
        assertThat(opened[0]).isTrue();
        return m;
    }

    private static List<TreeNode> items(MainViewModel vm) {
        List<TreeNode> out = new ArrayList<>();
        collect(vm.tree().rootProperty().get(), out);
        return out;
    }

    private static void collect(TreeNode n, List<TreeNode> out) {
        if (n.isItem()) out.add(n);
        for (TreeNode c : n.children()) collect(c, out);
    }

    @Test
    void eachWindowShowsWhoElseIsEditingWhat() {
        TreeNode a = items(wang).get(0);
        TreeNode b = items(wang).get(1);
        wang.select(a);
        li.select(a);
        wang.beatPresence();
        assertThat(wang.editor().othersEditingProperty().get()).isEqualTo("李编辑 正在编辑");
        assertThat(li.editor().othersEditingProperty().get()).isEqualTo("王编辑 正在编辑");
        assertThat(wang.tree().othersEditingProperty().get()).containsEntry(a.id(), List.of("李编辑"));

        li.select(b);
        wang.beatPresence();
        assertThat(wang.editor().othersEditingProperty().get()).isEmpty();
        assertThat(wang.tree().othersEditingProperty().get()).containsOnlyKeys(b.id());

        li.close();
        li = null;
        wang.beatPresence();
        assertThat(wang.tree().othersEditingProperty().get()).isEmpty();
        assertThat(wangSees.errors).isEmpty();
    }

    @Test
    void aStaleSaveIsRefusedAndTheDraftIsComparedWithTheLatestToMergeByHand() {
        TreeNode a = items(wang).get(0);
        wang.select(a);
        li.select(a);
        int base = wang.editor().itemProperty().get().revision();
        String text = wang.editor().textProperty().get();

        wang.editor().edited(text + "\n\n王编辑补充的一段。\n");
        wang.editor().save();
        assertThat(wang.editor().itemProperty().get().revision()).isEqualTo(base + 1);

        List<long[]> compared = new ArrayList<>();
        li.compareDraftsWith((id, title) -> compared.add(new long[] {id}));
        liSees.answers.add(I18n.tr("drafts.old.both").substring(0, 4));
        li.editor().edited(text + "\n\n李编辑补充的另一段。\n");
        li.editor().save();

        // refused, naming who saved which revision
        assertThat(liSees.errors).singleElement().satisfies(e -> assertThat(e.cause())
                .contains("王编辑", "第 " + (base + 1) + " 版", "第 " + base + " 版", "草稿"));
        AnnalistSession liSession = li.sessionProperty().get();
        List<Revision> revisions = liSession.revisionHistory().revisions(a.id());
        assertThat(revisions.get(revisions.size() - 1).author()).isEqualTo("王编辑");
        // the editor goes on from the latest revision with 李's text over it, and 对照两稿 was offered and taken
        Item shown = li.editor().itemProperty().get();
        assertThat(shown.revision()).isEqualTo(base + 1);
        assertThat(li.editor().textProperty().get()).contains("李编辑补充的另一段").doesNotContain("王编辑补充");
        assertThat(li.editor().dirtyProperty().get()).isTrue();
        assertThat(compared).singleElement().satisfies(x -> assertThat(x[0]).isEqualTo(a.id()));

        // the compare view: the latest revision (王's) beside 李's draft
        CompareViewModel compare = new CompareViewModel(li.sessionProperty()::get, new SameThreadTaskExecutor(), liSees,
                Runnable::run, id -> { });
        compare.loadWithDraft(a.id(), shown.title());
        assertThat(compare.aProperty().get().revision().number()).isEqualTo(base + 1);
        assertThat(compare.bProperty().get().revision().number()).isEqualTo(org.annalist.service.RevisionHistory.DRAFT);
        assertThat(compare.bProperty().get().toString()).startsWith("我的草稿");
        assertThat(compare.restorable(compare.bProperty().get())).isFalse();
        assertThat(compare.comparisonProperty().get().b().body()).contains("李编辑补充的另一段");
        assertThat(compare.statusProperty().get()).startsWith("第 " + (base + 1) + " 版 → 我的草稿");

        // 李 merges by hand in the editor and saves: a new revision on top of 王's, both paragraphs in it
        li.editor().edited(text + "\n\n王编辑补充的一段。\n\n李编辑补充的另一段。\n");
        li.editor().save();
        assertThat(liSees.errors).hasSize(1);
        Item merged = liSession.editing().item(a.id()).orElseThrow();
        assertThat(merged.revision()).isEqualTo(base + 2);
        assertThat(merged.body()).contains("王编辑补充的一段", "李编辑补充的另一段");
        assertThat(liSession.revisionHistory().revisions(a.id()).get(base + 1).author()).isEqualTo("李编辑");
        assertThat(liSession.editing().draft(a.id())).isEmpty();
    }
}
