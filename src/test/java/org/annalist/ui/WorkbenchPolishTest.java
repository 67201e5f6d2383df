package org.annalist.ui;

import org.annalist.model.AuditEntry;
import org.annalist.model.Item;
import org.annalist.service.AnnalistSession;
import org.annalist.service.SameThreadTaskExecutor;
import org.annalist.service.UserSettings;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.I18n;
import org.annalist.ui.editor.EditorViewModel;
import org.annalist.model.SearchResults;
import org.annalist.ui.search.ArchiveSearchViewModel;
import org.annalist.ui.trash.TrashViewModel;
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
 * Issue 12's workbench leftovers on the desktop's ViewModels over a real archive in a temporary folder (the demo
 * publications): 在出版物中查找 with the open item's unsaved text, the 回收站 window's rows, restore and permanent
 * deletion, and a draft typed over an older revision. Background work runs on the calling thread.
 */
class WorkbenchPolishTest {
    @TempDir
    Path tmp;

    private RecordingDialogs dialogs = new RecordingDialogs();
    private MainViewModel vm;

    @BeforeEach
    void open() {
        I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
        vm = start(dialogs);
    }

    @AfterEach
    void close() {
        if (vm != null) vm.close();
    }

    private MainViewModel start(RecordingDialogs seen) {
        UserSettings settings = new UserSettings(tmp.resolve("data").toString(), "", "", "测试编辑", "zh");
        MainViewModel m = new MainViewModel(settings, false, new SameThreadTaskExecutor(), seen, ms -> Coalescer.immediate());
        boolean[] opened = {false};
        m.openArchive(() -> opened[0] = true);
        assertThat(opened[0]).isTrue();
        return m;
    }

    private AnnalistSession session() {
        return vm.sessionProperty().get();
    }

    private TreeNode yearbook() {
        return vm.tree().rootProperty().get().children().get(0);
    }

    private static List<TreeNode> items(TreeNode n) {
        List<TreeNode> out = new ArrayList<>();
        collect(n, out);
        return out;
    }

    private static void collect(TreeNode n, List<TreeNode> out) {
        if (n.isItem()) out.add(n);
        for (TreeNode c : n.children()) collect(c, out);
    }

    private ArchiveSearchViewModel search() {
        ArchiveSearchViewModel s = new ArchiveSearchViewModel(vm.sessionProperty()::get, new SameThreadTaskExecutor(), dialogs,
                vm.editor(), vm::openItem);
        s.offer(vm.tree().rootProperty().get().children().stream().filter(n -> n.kind() == TreeNode.Kind.PUBLICATION)
                .map(n -> new ArchiveSearchViewModel.Scope(n.id(), n.label())).toList(), yearbook().id());
        s.exactProperty().set(true);
        return s;
    }

    @Test
    void findsInStoredAndUnsavedTextAndOpeningAHitSelectsIt() {
        List<TreeNode> all = items(yearbook());
        TreeNode a = all.get(0);
        TreeNode b = all.get(all.size() - 1);
        // b's stored text holds the words; a's only as typed, not yet a revision
        Item stored = session().editing().item(b.id()).orElseThrow();
        session().editing().commit(stored.withBody(stored.body() + "\n\n末尾加上 Annalist 查找词。\n"), "测试");
        vm.select(a);
        int aRevision = vm.editor().itemProperty().get().revision();
        vm.editor().edited("开头键入 ANNALIST 查找词。\n\n" + vm.editor().textProperty().get());

        ArchiveSearchViewModel s = search();
        s.queryProperty().set("annalist 查找词");
        s.ignoreCaseProperty().set(false);
        s.search();
        assertThat(s.hits()).isEmpty();
        assertThat(s.statusProperty().get()).startsWith("没有找到“annalist 查找词”").contains(String.valueOf(all.size()));

        s.ignoreCaseProperty().set(true);
        s.search();
        assertThat(s.hits()).extracting(SearchResults.Hit::itemId).containsExactly(a.id(), b.id());
        SearchResults.Hit first = s.hits().get(0);
        assertThat(first.offset()).isEqualTo("开头键入 ".length());
        assertThat(first.snippet()).startsWith("开头键入 【ANNALIST 查找词】");
        // 类目 › item title, as the list shows the hit
        String category = vm.tree().rootProperty().get().children().get(0).children().stream()
                .filter(c -> items(c).stream().anyMatch(i -> i.id() == b.id())).findFirst().orElseThrow().label();
        SearchResults.Hit last = s.hits().get(1);
        assertThat(category).endsWith(last.category());
        assertThat(last.title()).isEqualTo(b.label());
        assertThat(last.snippet()).isEqualTo("末尾加上 【Annalist 查找词】。");
        assertThat(s.statusProperty().get()).isEqualTo("找到 2 处，在 2 篇稿件中（共查 " + all.size() + " 篇）");

        List<EditorViewModel.Span> revealed = new ArrayList<>();
        vm.editor().revealProperty().addListener((o, x, y) -> {
            if (y != null) revealed.add(y);
        });
        s.open(last);
        assertThat(vm.editor().itemProperty().get().id()).isEqualTo(b.id());
        assertThat(session().editing().item(a.id()).orElseThrow().revision()).as("a became a revision on leaving").isEqualTo(aRevision + 1);
        assertThat(revealed).hasSize(1);
        String text = vm.editor().textProperty().get();
        assertThat(text.substring(revealed.get(0).start(), revealed.get(0).end())).isEqualTo("Annalist 查找词");

        // back to a, whose text now starts with the words: the hit is found where it was
        s.open(first);
        assertThat(vm.editor().itemProperty().get().id()).isEqualTo(a.id());
        assertThat(revealed).hasSize(2).last().isEqualTo(new EditorViewModel.Span(5, 5 + "ANNALIST 查找词".length()));
        // typed away since the search: only the item is opened, and the status says so
        vm.editor().edited(vm.editor().textProperty().get().replace("ANNALIST 查找词", "别的"));
        s.open(first);
        assertThat(revealed).hasSize(2);
        assertThat(s.statusProperty().get()).contains("已找不到");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theTrashWindowListsWhereItWasRestoresAndDeletesForGoodAfterAsking() {
        TreeNode item = items(yearbook()).get(2);
        vm.moveToTrash(item);
        assertThat(vm.tree().findItem(item.id())).isEmpty();
        int[] changed = {0};
        TrashViewModel trash = new TrashViewModel(vm.sessionProperty()::get, new SameThreadTaskExecutor(), dialogs, () -> {
            changed[0]++;
            vm.tree().refresh();
        });
        trash.refresh();
        assertThat(trash.rows()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("稿件");
            assertThat(r.title()).contains(item.label());
            assertThat(r.place()).startsWith(yearbook().label() + " › ");
            assertThat(r.deletedBy()).isEqualTo("测试编辑");
            assertThat(r.deletedAt()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        });
        assertThat(trash.statusProperty().get()).isEqualTo("回收站里有 1 项");

        trash.restore(trash.rows().get(0));
        assertThat(trash.rows()).isEmpty();
        assertThat(vm.tree().findItem(item.id())).isPresent();
        assertThat(changed[0]).isEqualTo(1);
        assertThat(trash.statusProperty().get()).startsWith("已恢复");

        // a whole 类目: the row counts what went with it; declining the question keeps it
        TreeNode category = yearbook().children().get(0);
        vm.moveToTrash(category);
        trash.refresh();
        TrashViewModel.Row row = trash.rows().get(0);
        assertThat(row.kind()).isEqualTo("栏目");
        assertThat(row.place()).isEqualTo(yearbook().label());
        assertThat(row.contents()).isEqualTo("栏目 " + row.entry().sections() + " 个，稿件 " + row.entry().items() + " 篇");
        dialogs.confirmAnswer = false;
        trash.deletePermanently(row);
        assertThat(dialogs.confirms).last().asString().contains("永久删除").contains("不能再恢复");
        assertThat(trash.rows()).hasSize(1);
        dialogs.confirmAnswer = true;
        trash.deletePermanently(row);
        assertThat(trash.rows()).isEmpty();
        assertThat(trash.statusProperty().get()).startsWith("已永久删除");
        long sectionId = row.entry().entityId();
        assertThat(dialogs.errors).isEmpty();

        // the publication: it stood in the archive
        vm.moveToTrash(yearbook());
        trash.refresh();
        assertThat(trash.rows().get(0).place()).isEqualTo("档案库");

        // the permanent deletion is in the archive's log, signed
        vm.close();
        vm = null;
        try (org.annalist.store.Archive archive = org.annalist.store.Archive.open(tmp.resolve("data"))) {
            List<AuditEntry> log = archive.read(tx -> tx.audit("section", sectionId));
            assertThat(log).last().satisfies(e -> {
                assertThat(e.action()).isEqualTo("section.purge");
                assertThat(e.actor()).isEqualTo("测试编辑");
            });
        }
    }

    /** A draft typed over revision r while someone else saved r+1: the user is told and chooses. */
    private TreeNode draftOverAnOlderRevision(String typed) {
        TreeNode a = items(yearbook()).get(1);
        vm.select(a);
        vm.editor().edited(vm.editor().textProperty().get() + "\n\n" + typed + "\n");
        vm.close();
        try (AnnalistSession other = AnnalistSession.open(tmp.resolve("data"), false, "另一位编辑")) {
            Item item = other.editing().item(a.id()).orElseThrow();
            other.editing().commit(item.withBody(item.body() + "\n\n别人后来保存的修改。\n"), "测试");
        }
        return a;
    }

    @Test
    void aDraftOverAnOlderRevisionAsksAndKeepingTheLatestDropsIt() {
        TreeNode a = draftOverAnOlderRevision("我在旧版本上键入的文字。");
        RecordingDialogs seen = new RecordingDialogs();
        seen.answers.add("对照");
        seen.answers.add("保留");
        vm = start(seen);
        assertThat(seen.questions).anySatisfy(q -> assertThat(q).contains("在第 1 版上写的", "现在是第 2 版", "测试编辑"));
        assertThat(seen.infos).singleElement().asString().contains("我在旧版本上键入的文字", "别人后来保存的修改");
        assertThat(vm.editor().itemProperty().get().id()).isEqualTo(a.id());
        assertThat(vm.editor().dirtyProperty().get()).isFalse();
        assertThat(vm.editor().textProperty().get()).contains("别人后来保存的修改").doesNotContain("我在旧版本上键入的文字");
        assertThat(session().editing().draft(a.id())).isEmpty();
        assertThat(seen.errors).isEmpty();
    }

    @Test
    void takingTheOldDraftKeepsItForTheNextRevision() {
        TreeNode a = draftOverAnOlderRevision("仍然要用的草稿文字。");
        RecordingDialogs seen = new RecordingDialogs();
        seen.answers.add("用草稿");
        vm = start(seen);
        assertThat(vm.editor().dirtyProperty().get()).isTrue();
        assertThat(vm.editor().textProperty().get()).contains("仍然要用的草稿文字").doesNotContain("别人后来保存的修改");
        vm.editor().save();
        Item saved = session().editing().item(a.id()).orElseThrow();
        assertThat(saved.revision()).isEqualTo(3);
        assertThat(saved.body()).contains("仍然要用的草稿文字");
        assertThat(seen.errors).isEmpty();
    }
}
