package org.annalist.ui;

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
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();

    @BeforeEach
    void open() {
        I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
        UserSettings settings = new UserSettings(tmp.resolve("data").toString(), "", "", "测试编辑", "zh");
        vm = new MainViewModel(settings, false, executor, dialogs, ms -> Coalescer.immediate());
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

    /** Runs an action of the view model and returns what it handed its callback (the executor runs it at once). */
    private static <T> T result(java.util.function.Consumer<java.util.function.Consumer<T>> action) {
        List<T> got = new java.util.ArrayList<>();
        action.accept(got::add);
        assertThat(got).as("the callback ran once").hasSize(1);
        return got.get(0);
    }

    private Optional<org.annalist.model.Publication> newPublication() {
        return result(manage::newPublication);
    }

    private boolean newSection(TreeNode at) {
        return result(done -> manage.newSection(at, done));
    }

    private Optional<Long> newItem(TreeNode at) {
        List<Long> got = new java.util.ArrayList<>();
        manage.newItem(at, got::add);
        return got.stream().findFirst();
    }

    private boolean rename(TreeNode at) {
        return result(done -> manage.rename(at, done));
    }

    private Optional<org.annalist.model.TrashEntry> moveToTrash(TreeNode at) {
        return result(done -> manage.moveToTrash(at, done));
    }

    @Test
    void createRenameDeleteRestoreAndPurge() {
        dialogs.answers.addAll(List.of("年鉴", "示范县年鉴", "2023", "类目骨架：县级年鉴"));
        assertThat(newPublication()).isPresent();
        assertThat(dialogs.errors).isEmpty();
        TreeNode pub = node("《示范县年鉴》2023").orElseThrow();
        assertThat(pub.children()).extracting(TreeNode::label).contains("类目　特载", "类目　索引");

        dialogs.answers.add("专记");
        assertThat(newSection(pub)).isTrue();
        TreeNode special = node("类目　专记").orElseThrow();
        dialogs.answers.add("监察");
        assertThat(newSection(special)).isTrue();
        dialogs.answers.add("全面从严治党");
        Optional<Long> item = newItem(node("分目　监察").orElseThrow());
        assertThat(item).isPresent();
        assertThat(vm.tree().findItem(item.get())).isPresent();

        dialogs.answers.add("新专文");
        assertThat(rename(node("类目　专记").orElseThrow())).isTrue();
        assertThat(node("类目　新专文")).isPresent();

        assertThat(moveToTrash(node("类目　新专文").orElseThrow())).isPresent();
        assertThat(node("类目　新专文")).isEmpty();
        assertThat(vm.tree().findItem(item.get())).isEmpty();

        dialogs.answers.addAll(List.of("#", "恢复"));
        manage.openTrash();
        assertThat(node("类目　新专文")).isPresent();
        assertThat(vm.tree().findItem(item.get())).isPresent();

        moveToTrash(vm.tree().findItem(item.get()).orElseThrow());
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
        assertThat(newPublication()).isPresent();
        TreeNode copy = node("《示范年鉴》2023").orElseThrow();
        assertThat(copy.children()).extracting(TreeNode::label)
                .containsExactlyElementsOf(demo.children().stream().filter(n -> !n.isItem()).map(TreeNode::label).toList());
        assertThat(copy.items()).isZero();

        assertThat(moveToTrash(demo)).isPresent();
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
        assertThat(ManageViewModelTest.<Boolean>result(done -> manage.restore(entry, done))).isTrue();
        assertThat(vm.sessionProperty().get().editing().item(id).orElseThrow().body()).isEqualTo(typed);
    }

    /**
     * The transaction runs in the background (issue 12, item 4): the JavaFX thread asks for the name and hands the
     * work over; the archive changes, the tree is read again and the caller learns the outcome only when it ran.
     */
    @Test
    void theArchiveIsChangedInTheBackgroundAndTheTreeFollowsAfterwards() {
        TreeNode pub = node("《示范年鉴》2022").orElseThrow();
        dialogs.answers.add("后台新类目");
        List<Boolean> done = new java.util.ArrayList<>();
        executor.hold();
        manage.newSection(pub, done::add);
        assertThat(done).isEmpty();
        assertThat(executor.heldTitles()).containsExactly("整理档案库");
        assertThat(node("类目　后台新类目")).isEmpty();
        executor.runHeld();
        assertThat(done).containsExactly(true);
        assertThat(node("类目　后台新类目")).isPresent();

        // the 回收站's list is read in the background too, then chosen from on the JavaFX thread
        assertThat(moveToTrash(node("类目　后台新类目").orElseThrow())).isPresent();
        dialogs.answers.addAll(List.of("#", "恢复"));
        executor.hold();
        manage.openTrash();
        assertThat(executor.heldTitles()).containsExactly("整理档案库");
        executor.runHeld();
        assertThat(node("类目　后台新类目")).isPresent();
        assertThat(dialogs.errors).isEmpty();
    }
}
