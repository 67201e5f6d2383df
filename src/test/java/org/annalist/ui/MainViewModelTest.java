package org.annalist.ui;

import org.annalist.model.Item;
import org.annalist.model.Revision;
import org.annalist.service.AnnalistSession;
import org.annalist.service.SameThreadTaskExecutor;
import org.annalist.service.UserSettings;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.I18n;
import org.annalist.ui.metadata.MetadataViewModel;
import org.annalist.ui.preview.PageText;
import org.annalist.ui.transfer.ExportViewModel;
import org.annalist.ui.transfer.ImportViewModel;
import org.annalist.ui.tree.TreeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main window's ViewModels without a screen, on a real archive in a temporary folder that opening
 * fills with the demo publications (first start). Background work runs on the calling thread and edits
 * settle at once, so every step can be checked right after it.
 */
class MainViewModelTest {
    @TempDir
    Path tmp;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private MainViewModel vm;

    @BeforeEach
    void open() {
        I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
        UserSettings settings = new UserSettings(tmp.resolve("data").toString(), "", "", "测试编辑", "zh");
        vm = new MainViewModel(settings, false, executor, dialogs, ms -> Coalescer.immediate());
        boolean[] opened = {false};
        vm.openArchive(() -> opened[0] = true);
        assertThat(dialogs.errors).isEmpty();
        assertThat(opened[0]).isTrue();
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private TreeNode firstItemOf(String publicationPrefix) {
        TreeNode pub = vm.tree().rootProperty().get().children().stream()
                .filter(n -> n.label().startsWith(publicationPrefix)).findFirst().orElseThrow();
        return first(pub);
    }

    private static TreeNode first(TreeNode n) {
        if (n.isItem()) return n;
        for (TreeNode c : n.children()) {
            TreeNode f = first(c);
            if (f != null) return f;
        }
        return null;
    }

    @Test
    void firstStartBuildsTheDemoArchiveAndTheTreeCountsCharacters() {
        TreeNode root = vm.tree().rootProperty().get();
        assertThat(root.children()).extracting(TreeNode::label)
                .contains("《示范年鉴》2022", "《政协文史资料（示范）》第1辑", "收稿箱");
        TreeNode yearbook = root.children().get(0);
        int sum = yearbook.children().stream().mapToInt(TreeNode::characters).sum();
        assertThat(yearbook.characters()).isEqualTo(sum).isGreaterThan(5000);
        assertThat(first(yearbook).status()).isNotNull();
        assertThat(vm.statusProperty().get()).contains("首次启动").contains("数据文件夹：" + MainViewModel.displayPath(tmp.resolve("data")))
                .contains("用户：测试编辑").doesNotContain("annalist.mv.db");
    }

    @Test
    void theStatusBarShowsTheHomeFolderAsATilde() {
        Path home = Path.of(System.getProperty("user.home"));
        assertThat(MainViewModel.displayPath(home.resolve("Annalist"))).isEqualTo("~/Annalist");
        assertThat(MainViewModel.displayPath(home)).isEqualTo("~");
        if (!tmp.toAbsolutePath().startsWith(home)) {
            assertThat(MainViewModel.displayPath(tmp.resolve("数据"))).isEqualTo(tmp.resolve("数据").toAbsolutePath().toString());
        }
    }

    /** Typing at the end of an item draws again only the pages that changed: the first page keeps its pixels. */
    @Test
    void thePreviewDrawsAgainOnlyThePagesAnEditChanged() {
        TreeNode node = firstItemOf("《示范年鉴》");
        vm.select(node);
        assertThat(vm.preview().pages()).hasSizeGreaterThan(1);
        var firstPixels = vm.preview().pages().get(0).pixels();
        var lastPixels = vm.preview().pages().get(vm.preview().pages().size() - 1).pixels();
        vm.editor().edited(vm.editor().textProperty().get() + "\n\n末尾新加的一句话。\n");
        assertThat(vm.preview().pages().get(0).pixels()).isSameAs(firstPixels);
        assertThat(vm.preview().pages().get(vm.preview().pages().size() - 1).pixels()).isNotSameAs(lastPixels);
    }

    @Test
    void editingKeepsADraftCtrlSSavesANewRevisionUnderTheUsersNameAndThePreviewFollows() {
        TreeNode node = firstItemOf("《示范年鉴》");
        vm.select(node);
        Item loaded = vm.editor().itemProperty().get();
        assertThat(loaded.id()).isEqualTo(node.id());
        assertThat(vm.preview().pages()).isNotEmpty();
        assertThat(vm.preview().summaryProperty().get()).contains("nianjian-16k");

        String added = "本段由测试加入，检验预览随编辑更新。";
        vm.editor().edited(vm.editor().textProperty().get() + "\n\n" + added + "\n");
        // the autosave keeps a draft, no revision
        assertThat(vm.editor().itemProperty().get().revision()).isEqualTo(loaded.revision());
        assertThat(vm.sessionProperty().get().editing().draft(node.id())).hasValueSatisfying(d -> assertThat(d.body()).contains(added));
        vm.editor().save();

        Item saved = vm.editor().itemProperty().get();
        assertThat(saved.revision()).isEqualTo(loaded.revision() + 1);
        assertThat(vm.editor().dirtyProperty().get()).isFalse();
        AnnalistSession s = vm.sessionProperty().get();
        List<Revision> revisions = s.queries().item(node.id()).orElseThrow().revisions();
        assertThat(revisions.get(revisions.size() - 1).author()).isEqualTo("测试编辑");
        String printed = new PageText(vm.preview().pages().stream().map(p -> p.frame()).toList()).text();
        assertThat(printed).contains(added.substring(0, 6));

        // the caret after the added words is found on the printed pages
        String text = vm.editor().textProperty().get();
        vm.preview().caretMoved(text, text.indexOf(added) + added.length() - 1);
        PageText.Glyph g = vm.preview().caretProperty().get();
        assertThat(g).isNotNull();
        assertThat(g.page()).isBetween(0, vm.preview().pages().size() - 1);
        assertThat(g.x()).isPositive();
    }

    @Test
    void metadataIsCheckedThenSavedAndTheEditorContinuesFromTheNewRevision() {
        vm.select(firstItemOf("《政协文史资料"));
        MetadataViewModel m = vm.metadata();
        int before = vm.editor().itemProperty().get().revision();
        m.period.set("1956—1949年");
        m.collectedOn.set("2022年5月");
        m.addPerson();
        assertThat(m.problems()).extracting(p -> p.field()).contains("period", "collectedOn", "people");
        assertThat(m.save()).isFalse();

        m.period.set("1949—1956年");
        m.collectedOn.set("2022-05-01");
        m.people().get(m.people().size() - 1).name.set("李四");
        m.people().get(m.people().size() - 1).role.set("整理");
        m.personTags.set("张三、李四");
        assertThat(m.problems()).isEmpty();
        assertThat(m.save()).isTrue();

        Item stored = vm.sessionProperty().get().editing().item(vm.editor().itemProperty().get().id()).orElseThrow();
        assertThat(stored.revision()).isEqualTo(before + 1);
        assertThat(stored.metadata().period()).isEqualTo("1949—1956年");
        assertThat(stored.metadata().credits()).anyMatch(c -> c.name().equals("李四") && c.role().label().equals("整理"));
        assertThat(stored.metadata().tags()).hasSize(2);
        // the editor's next save builds on the metadata revision instead of failing as stale
        assertThat(vm.editor().itemProperty().get().revision()).isEqualTo(before + 1);
        vm.editor().edited(vm.editor().textProperty().get() + "\n\n补记一句。\n");
        vm.editor().save();
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.editor().itemProperty().get().revision()).isEqualTo(before + 2);
        assertThat(vm.editor().itemProperty().get().metadata().period()).isEqualTo("1949—1956年");
    }

    @Test
    void draggingAnItemOntoAnotherSectionMovesIt() {
        TreeNode item = firstItemOf("《示范年鉴》");
        TreeNode inbox = vm.tree().rootProperty().get().children().stream()
                .filter(n -> n.kind() == TreeNode.Kind.INBOX).findFirst().orElseThrow();
        assertThat(vm.tree().drop(item.id(), inbox)).isTrue();
        TreeNode inboxAfter = vm.tree().rootProperty().get().children().stream()
                .filter(n -> n.kind() == TreeNode.Kind.INBOX).findFirst().orElseThrow();
        assertThat(inboxAfter.children()).extracting(TreeNode::id).containsExactly(item.id());
        assertThat(vm.tree().drop(item.id(), vm.tree().findItem(item.id()).orElseThrow())).isFalse();
    }

    private TreeNode publication(String prefix) {
        return vm.tree().rootProperty().get().children().stream()
                .filter(n -> n.label().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static List<String> sectionLabels(TreeNode n) {
        return n.children().stream().filter(c -> c.kind() == TreeNode.Kind.SECTION).map(TreeNode::label).toList();
    }

    private static TreeNode section(TreeNode n, String label) {
        return n.children().stream().filter(c -> c.kind() == TreeNode.Kind.SECTION && c.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void draggingASectionReordersOrMovesItWithinItsLevel() {
        TreeNode yearbook = publication("《示范年鉴》");
        assertThat(sectionLabels(yearbook)).containsExactly("类目　专文", "类目　政治");
        TreeNode politics = section(yearbook, "类目　政治");
        List<String> subs = sectionLabels(politics);
        assertThat(subs).hasSize(2);

        // a 类目 onto the other takes its place
        assertThat(vm.tree().dropSection(politics.id(), section(yearbook, "类目　专文"))).isTrue();
        yearbook = publication("《示范年鉴》");
        assertThat(sectionLabels(yearbook)).containsExactly("类目　政治", "类目　专文");
        // a 分目 onto its sibling, then onto the other 类目 (last under it), keeping its items
        politics = section(yearbook, "类目　政治");
        TreeNode second = section(politics, subs.get(1));
        assertThat(vm.tree().dropSection(second.id(), section(politics, subs.get(0)))).isTrue();
        politics = section(publication("《示范年鉴》"), "类目　政治");
        assertThat(sectionLabels(politics)).containsExactly(subs.get(1), subs.get(0));
        int items = section(politics, subs.get(0)).items();
        assertThat(vm.tree().dropSection(section(politics, subs.get(0)).id(), section(publication("《示范年鉴》"), "类目　专文"))).isTrue();
        TreeNode special = section(publication("《示范年鉴》"), "类目　专文");
        assertThat(sectionLabels(special)).containsExactly(subs.get(0));
        assertThat(section(special, subs.get(0)).items()).isEqualTo(items);
        assertThat(sectionLabels(section(publication("《示范年鉴》"), "类目　政治"))).containsExactly(subs.get(1));

        // places that would change a level, or cross publications, are refused and change nothing
        yearbook = publication("《示范年鉴》");
        TreeNode sub = section(section(yearbook, "类目　专文"), subs.get(0));
        TreeNode other = publication("《政协文史资料");
        assertThat(vm.tree().sectionPlace(sub.id(), yearbook)).isEmpty();
        assertThat(vm.tree().sectionPlace(section(yearbook, "类目　政治").id(), sub)).isEmpty();
        assertThat(vm.tree().sectionPlace(section(yearbook, "类目　专文").id(), sub)).isEmpty();
        assertThat(vm.tree().sectionPlace(section(yearbook, "类目　政治").id(), other)).isEmpty();
        assertThat(vm.tree().sectionPlace(section(yearbook, "类目　政治").id(), other.children().get(0))).isEmpty();
        assertThat(vm.tree().dropSection(sub.id(), yearbook)).isFalse();
        assertThat(vm.tree().sectionPlace(section(yearbook, "类目　政治").id(), yearbook))
                .contains(new org.annalist.ui.tree.TreeViewModel.SectionPlace(null, 0));
        // the service checks the level itself, in the transaction
        long subId = sub.id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vm.sessionProperty().get().editing().moveSection(subId, null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("不能改变它的层级");
        vm.tree().refresh();
        assertThat(sectionLabels(section(publication("《示范年鉴》"), "类目　专文"))).containsExactly(subs.get(0));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void importShowsEachFileAndTheReportsWarnings() throws Exception {
        Path good = tmp.resolve("来稿.txt");
        Files.writeString(good, "乡村振兴工作总结\n\n县农业农村局　王五\n\n一、基本情况\n\n2022年，全县粮食产量稳定。\n", StandardCharsets.UTF_8);
        Path bad = tmp.resolve("不存在.docx");
        ImportViewModel im = vm.imports();
        im.importFiles(List.of(good, bad), null);
        assertThat(im.rows()).hasSize(2);
        assertThat(im.rows().get(0).state.get()).isIn(ImportViewModel.State.DONE, ImportViewModel.State.WARNINGS);
        assertThat(im.rows().get(1).state.get()).isEqualTo(ImportViewModel.State.FAILED);
        assertThat(im.rows().get(1).message.get()).contains("不存在.docx").contains("找不到这个文件");
        assertThat(im.summaryProperty().get()).contains("成功 1 个文件").contains("失败 1 个");
        assertThat(im.reportProperty().get()).contains("导入报告");
        TreeNode inbox = vm.tree().rootProperty().get().children().stream()
                .filter(n -> n.kind() == TreeNode.Kind.INBOX).findFirst().orElseThrow();
        assertThat(inbox.children()).extracting(TreeNode::label).contains("乡村振兴工作总结");
    }

    @Test
    void exportingOneCategoryWritesAPdfWithItsText() throws Exception {
        TreeNode item = firstItemOf("《示范年鉴》");
        vm.select(item);
        List<ExportViewModel.Scope> scopes = vm.exportScopes();
        ExportViewModel.Scope category = scopes.stream().filter(s -> s.sectionId() != null).findFirst().orElseThrow();
        assertThat(vm.defaultScope(scopes)).contains(category);
        ExportViewModel ex = vm.export();
        ex.scope.set(category);
        ex.template.set(vm.exportTemplate(category.publicationId()));
        Path pdf = tmp.resolve("输出").resolve("类目.pdf");
        ex.target.set(pdf);
        ex.start();
        assertThat(dialogs.errors).isEmpty();
        assertThat(ex.resultProperty().get()).isNotNull();
        assertThat(pdf).exists();
        assertThat(ex.summaryProperty().get()).contains("缺字：0").contains("超宽行");
        String text;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
        assertThat(text).contains(item.label().replaceAll("\\s", ""));
        ex.openResult();
        assertThat(dialogs.opened).containsExactly(pdf);
    }

    @Test
    void cancellingAnExportOfTheDemoYearbookStopsWithinAMomentAndLeavesNoPdf() throws Exception {
        TreeNode yearbook = vm.tree().rootProperty().get().children().stream()
                .filter(n -> n.label().startsWith("《示范年鉴》")).findFirst().orElseThrow();
        WorkerThreadExecutor worker = new WorkerThreadExecutor();
        ExportViewModel ex = new ExportViewModel(vm.sessionProperty()::get, worker, dialogs, new javafx.beans.property.SimpleObjectProperty<>(UserSettings.defaults()), () -> null);
        ex.scope.set(new ExportViewModel.Scope(yearbook.label(), yearbook.id(), null));
        ex.template.set(vm.exportTemplate(yearbook.id()));
        Path dir = tmp.resolve("输出");
        Files.createDirectories(dir);
        ex.target.set(dir.resolve("年鉴.pdf"));
        // the worker is held at its first report of the pages being laid out until the user has cancelled,
        // so the cancel lands inside that phase, with pages still to come
        java.util.concurrent.CountDownLatch reached = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch cancelled = new java.util.concurrent.CountDownLatch(1);
        List<String> phasesAfterCancel = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        ex.phaseProperty().addListener((o, a, b) -> {
            if (cancelled.getCount() == 0) phasesAfterCancel.add(b);
            if (b.equals("页面") && reached.getCount() > 0) {
                reached.countDown();
                try {
                    cancelled.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        ex.start();
        assertThat(reached.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        ex.cancel();
        long t0 = System.nanoTime();
        cancelled.countDown();
        assertThat(worker.awaitEnd(30)).isTrue();
        double seconds = (System.nanoTime() - t0) / 1e9;
        // What proves the cancel landed inside the phase is that no later phase began (below); the bound only
        // catches a cancel that waits for something unbounded, and is loose so a loaded machine cannot fail it.
        assertThat(seconds).isLessThan(10.0);
        assertThat(ex.phaseProperty().get()).isEqualTo(I18n.tr("export.cancelled"));
        assertThat(phasesAfterCancel).doesNotContain("写出 PDF");
        assertThat(ex.runningProperty().get()).isFalse();
        assertThat(ex.resultProperty().get()).isNull();
        assertThat(dialogs.errors).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void aDamagedArchiveIsExplainedNamingItsFile() throws Exception {
        Path other = tmp.resolve("坏档案");
        Files.createDirectories(other);
        Files.write(other.resolve("annalist.mv.db"), "这不是数据库".repeat(200).getBytes(StandardCharsets.UTF_8));
        RecordingDialogs seen = new RecordingDialogs();
        MainViewModel second = new MainViewModel(new UserSettings(other.toString(), "", "", "测试编辑", "zh"), false,
                new SameThreadTaskExecutor(), seen, ms -> Coalescer.immediate());
        second.openArchive(() -> {
        });
        assertThat(seen.errors).hasSize(1);
        assertThat(seen.errors.get(0).title()).isEqualTo("无法打开档案库");
        assertThat(seen.errors.get(0).file()).isEqualTo(other.resolve("annalist.mv.db").toString());
        assertThat(seen.errors.get(0).cause()).contains("不是 H2 数据库或已经损坏");
        assertThat(second.sessionProperty().get()).isNull();
    }

    /**
     * Opening an item reads it in the background (issue 12, item 4): the JavaFX thread only hands the work over, and
     * the editor, metadata and preview show the item once it was read. Of two quick choices only the later opens.
     */
    @Test
    void anItemIsReadInTheBackgroundAndOnlyTheLastChoiceOpens() {
        TreeNode first = firstItemOf("《示范年鉴》");
        TreeNode other = firstItemOf("《政协文史资料（示范）》");
        executor.hold();
        vm.select(first);
        assertThat(executor.heldTitles()).containsExactly("打开稿件");
        assertThat(vm.editor().itemProperty().get()).isNull();
        vm.select(other);
        executor.runHeld();
        assertThat(vm.editor().itemProperty().get().id()).isEqualTo(other.id());
        assertThat(vm.metadata().itemProperty().get().id()).isEqualTo(other.id());
        assertThat(vm.preview().pages()).isNotEmpty().allSatisfy(p -> assertThat(p.pixels()).isNotNull());
        assertThat(dialogs.errors).isEmpty();
    }
}
