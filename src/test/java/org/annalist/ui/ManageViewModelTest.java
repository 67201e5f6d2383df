package org.annalist.ui;

import org.annalist.service.SameThreadTaskExecutor;
import org.annalist.service.UserSettings;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.I18n;
import org.annalist.ui.tree.ManageViewModel;
import org.annalist.ui.tree.TreeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The archive menu and the tree's context menu without a screen, on a real archive (with the demo publications). */
class ManageViewModelTest {
    @TempDir
    Path tmp;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainViewModel vm;
    private ManageViewModel manage;

    @BeforeEach
    void open() {
        I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
        UserSettings settings = new UserSettings(tmp.resolve("data").toString(), "", "", "测试编辑", "zh");
        vm = new MainViewModel(settings, false, new SameThreadTaskExecutor(), dialogs, ms -> Coalescer.immediate());
        vm.openArchive(() -> { });
        manage = vm.manage();
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private Optional<TreeNode> node(String labelStart) {
        return find(vm.tree().rootProperty().get(), labelStart);
    }

    private static Optional<TreeNode> find(TreeNode n, String labelStart) {
        if (n.label().startsWith(labelStart)) return Optional.of(n);
        for (TreeNode c : n.children()) {
            Optional<TreeNode> f = find(c, labelStart);
            if (f.isPresent()) return f;
        }
        return Optional.empty();
    }

    @Test
    void createRenameDeleteRestoreAndPurge() {
        dialogs.answers.addAll(List.of("年鉴", "示范县年鉴", "2023", "类目骨架：县级年鉴"));
        assertThat(manage.newPublication()).isPresent();
        assertThat(dialogs.errors).isEmpty();
        TreeNode pub = node("《示范县年鉴》2023").orElseThrow();
        assertThat(pub.children()).extracting(TreeNode::label).contains("类目　特载", "类目　索引");

        dialogs.answers.add("专记");
        assertThat(manage.newSection(pub)).isTrue();
        TreeNode special = node("类目　专记").orElseThrow();
        dialogs.answers.add("监察");
        assertThat(manage.newSection(special)).isTrue();
        dialogs.answers.add("全面从严治党");
        Optional<Long> item = manage.newItem(node("分目　监察").orElseThrow());
        assertThat(item).isPresent();
        assertThat(vm.tree().findItem(item.get())).isPresent();

        dialogs.answers.add("新专文");
        assertThat(manage.rename(node("类目　专记").orElseThrow())).isTrue();
        assertThat(node("类目　新专文")).isPresent();

        assertThat(manage.moveToTrash(node("类目　新专文").orElseThrow())).isPresent();
        assertThat(node("类目　新专文")).isEmpty();
        assertThat(vm.tree().findItem(item.get())).isEmpty();

        dialogs.answers.addAll(List.of("#", "恢复"));
        manage.openTrash();
        assertThat(node("类目　新专文")).isPresent();
        assertThat(vm.tree().findItem(item.get())).isPresent();

        manage.moveToTrash(vm.tree().findItem(item.get()).orElseThrow());
        dialogs.confirmAnswer = false;
        dialogs.answers.addAll(List.of("#", "永久删除"));
        manage.openTrash();
        assertThat(manage.trash()).hasSize(1);
        dialogs.confirmAnswer = true;
        dialogs.answers.addAll(List.of("#", "永久删除"));
        manage.openTrash();
        assertThat(manage.trash()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void nextYearsVolumeCopiesTheSectionsAndTheDemoCanGo() {
        TreeNode demo = node("《示范年鉴》2022").orElseThrow();
        dialogs.answers.addAll(List.of("年鉴", "示范年鉴", "2023", "复制 《示范年鉴》2022"));
        assertThat(manage.newPublication()).isPresent();
        TreeNode copy = node("《示范年鉴》2023").orElseThrow();
        assertThat(copy.children()).extracting(TreeNode::label)
                .containsExactlyElementsOf(demo.children().stream().filter(n -> !n.isItem()).map(TreeNode::label).toList());
        assertThat(copy.items()).isZero();

        assertThat(manage.moveToTrash(demo)).isPresent();
        assertThat(node("《示范年鉴》2022")).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    /** Deleting the 类目 that holds the item being edited keeps the typed text (a revision, in the 回收站) and empties the editor. */
    @Test
    void deletingTheSectionOfTheEditedItemKeepsItsTextAndClosesIt() {
        TreeNode zhengzhi = node("类目　政治").orElseThrow();
        TreeNode first = zhengzhi;
        while (!first.isItem()) first = first.children().get(0);
        vm.select(first);
        long id = first.id();
        assertThat(vm.editor().itemProperty().get().id()).isEqualTo(id);
        String typed = vm.editor().textProperty().get() + "\n\n删除前刚输入的一句。";
        vm.editor().edited(typed);

        vm.moveToTrash(zhengzhi);
        assertThat(dialogs.errors).isEmpty();
        assertThat(node("类目　政治")).isEmpty();
        assertThat(vm.editor().itemProperty().get()).isNull();
        assertThat(vm.preview().pages()).isEmpty();

        var entry = manage.trash().get(0);
        assertThat(manage.restore(entry)).isTrue();
        assertThat(vm.sessionProperty().get().editing().item(id).orElseThrow().body()).isEqualTo(typed);
    }
}
