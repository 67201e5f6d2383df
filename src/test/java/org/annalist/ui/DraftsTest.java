package org.annalist.ui;

import org.annalist.model.Item;
import org.annalist.model.ItemDraft;
import org.annalist.service.AnnalistSession;
import org.annalist.service.SameThreadTaskExecutor;
import org.annalist.service.UserSettings;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.I18n;
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
 * "No lost work, ever" (issue 12, item 2), on the desktop's ViewModels over a real archive in a temporary folder:
 * the autosave keeps one draft per item and makes no revision; Ctrl+S, leaving the item and closing make one
 * signed revision; an empty title never keeps text from the disk; a draft left behind is offered at the next start.
 * Background work runs on the calling thread and every edit autosaves at once.
 */
class DraftsTest {
    @TempDir
    Path tmp;

    private final RecordingDialogs dialogs = new RecordingDialogs();
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

    /** The desktop's state on the archive of {@code tmp/data}, opened as at a start of the program. */
    private MainViewModel start(RecordingDialogs seen) {
        UserSettings settings = new UserSettings(tmp.resolve("data").toString(), "", "", "测试编辑", "zh");
        MainViewModel m = new MainViewModel(settings, false, new SameThreadTaskExecutor(), seen, ms -> Coalescer.immediate());
        boolean[] opened = {false};
        m.openArchive(() -> opened[0] = true);
        assertThat(opened[0]).isTrue();
        return m;
    }

    private List<TreeNode> items() {
        List<TreeNode> out = new ArrayList<>();
        collect(vm.tree().rootProperty().get(), out);
        return out;
    }

    private static void collect(TreeNode n, List<TreeNode> out) {
        if (n.isItem()) out.add(n);
        for (TreeNode c : n.children()) collect(c, out);
    }

    private AnnalistSession session() {
        return vm.sessionProperty().get();
    }

    private int revisions(long itemId) {
        return session().queries().item(itemId).orElseThrow().revisions().size();
    }

    @Test
    void anEmptyTitleKeepsTheTextAndTheTreeStillSwitchesItems() {
        TreeNode a = items().get(0);
        TreeNode b = items().get(1);
        vm.select(a);
        int before = revisions(a.id());
        vm.editor().retitled("");
        vm.editor().edited(vm.editor().textProperty().get() + "\n\n标题为空时输入的文字。\n");
        assertThat(vm.editor().untitledProperty().get()).isTrue();
        assertThat(vm.editor().stateProperty().get()).contains("标题为空");
        ItemDraft draft = session().editing().draft(a.id()).orElseThrow();
        assertThat(draft.title()).isEmpty();
        assertThat(draft.body()).contains("标题为空时输入的文字");

        // the tree switches, and leaving the item made the text a revision with its empty title
        vm.select(b);
        assertThat(vm.editor().itemProperty().get().id()).isEqualTo(b.id());
        assertThat(vm.selectedProperty().get().id()).isEqualTo(b.id());
        Item stored = session().editing().item(a.id()).orElseThrow();
        assertThat(stored.title()).isEmpty();
        assertThat(stored.body()).contains("标题为空时输入的文字");
        assertThat(revisions(a.id())).isEqualTo(before + 1);
        assertThat(session().editing().drafts()).isEmpty();
        assertThat(vm.tree().findItem(a.id()).orElseThrow().label()).isEqualTo(I18n.tr("tree.untitled"));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void autosavesReplaceOneDraftAndMakeNoRevisionCtrlSMakesOne() {
        TreeNode a = items().get(0);
        vm.select(a);
        int before = revisions(a.id());
        String text = vm.editor().textProperty().get();
        for (int i = 1; i <= 20; i++) vm.editor().edited(text + "\n\n第" + i + "次输入。\n");
        assertThat(revisions(a.id())).isEqualTo(before);
        assertThat(session().editing().drafts()).singleElement()
                .satisfies(d -> assertThat(d.body()).endsWith("第20次输入。\n"))
                .satisfies(d -> assertThat(d.author()).isEqualTo("测试编辑"))
                .satisfies(d -> assertThat(d.baseRevision()).isEqualTo(vm.editor().itemProperty().get().revision()));
        assertThat(vm.editor().stateProperty().get()).startsWith("草稿已存");

        vm.editor().save();
        assertThat(revisions(a.id())).isEqualTo(before + 1);
        assertThat(session().editing().drafts()).isEmpty();
        assertThat(vm.editor().dirtyProperty().get()).isFalse();
        assertThat(session().editing().item(a.id()).orElseThrow().body()).endsWith("第20次输入。\n");
        // nothing changed since: no second revision, neither on Ctrl+S nor on leaving
        vm.editor().save();
        vm.select(items().get(1));
        assertThat(revisions(a.id())).isEqualTo(before + 1);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void closingTheWindowMakesARevisionBeforeTheArchiveCloses() {
        TreeNode a = items().get(0);
        vm.select(a);
        int before = revisions(a.id());
        vm.editor().edited(vm.editor().textProperty().get() + "\n\n关闭窗口前输入的文字。\n");
        boolean[] closed = {false};
        vm.requestClose(ok -> closed[0] = ok);
        assertThat(closed[0]).isTrue();
        assertThat(vm.sessionProperty().get()).isNull();

        RecordingDialogs seen = new RecordingDialogs();
        vm = start(seen);
        assertThat(seen.confirms).as("no draft is left to offer").isEmpty();
        assertThat(revisions(a.id())).isEqualTo(before + 1);
        assertThat(session().editing().item(a.id()).orElseThrow().body()).contains("关闭窗口前输入的文字");
        assertThat(session().queries().item(a.id()).orElseThrow().revisions().get(before).note()).isEqualTo(I18n.tr("editor.closeNote"));
    }

    @Test
    void aFailedSaveOnClosingKeepsTheWindowOpenWithTheTextAsADraft() {
        TreeNode a = items().get(0);
        vm.select(a);
        Item loaded = vm.editor().itemProperty().get();
        vm.editor().edited(loaded.body() + "\n\n我的修改。\n");
        // someone else saves the item meanwhile: the editor's revision is stale and refused
        session().editing().save(loaded.withBody(loaded.body() + "\n\n别人的修改。\n"), "他人");
        dialogs.confirmAnswer = false;
        boolean[] closed = {true};
        vm.requestClose(ok -> closed[0] = ok);
        assertThat(closed[0]).isFalse();
        assertThat(vm.sessionProperty().get()).isNotNull();
        assertThat(dialogs.errors).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo(I18n.tr("editor.saveFailed"));
            assertThat(e.cause()).contains(I18n.tr("editor.keptAsDraft"));
        });
        assertThat(session().editing().draft(a.id())).hasValueSatisfying(d -> assertThat(d.body()).contains("我的修改"));
        assertThat(vm.editor().textProperty().get()).contains("我的修改");
    }

    @Test
    void aDraftLeftWithoutARevisionIsOfferedAtTheNextStart() {
        // a crash is simulated by closing without the revision step (the JavaFX runtime stopping keeps a draft
        // the same way); KillDurabilityTest kills a real process after an autosave
        TreeNode a = items().get(1);
        vm.select(a);
        int before = revisions(a.id());
        String title = vm.editor().titleProperty().get();
        vm.editor().edited(vm.editor().textProperty().get() + "\n\n崩溃前输入的文字。\n");
        vm.close();

        RecordingDialogs seen = new RecordingDialogs();
        vm = start(seen);
        assertThat(seen.confirms).singleElement().satisfies(q -> assertThat(q).startsWith(I18n.tr("drafts.title")).contains(title));
        assertThat(vm.editor().itemProperty().get().id()).isEqualTo(a.id());
        assertThat(vm.editor().textProperty().get()).contains("崩溃前输入的文字");
        assertThat(vm.editor().dirtyProperty().get()).isTrue();
        assertThat(vm.editor().stateProperty().get()).contains("恢复了未保存的草稿");
        assertThat(revisions(a.id())).isEqualTo(before);

        // leaving the item makes the draft a revision
        vm.select(items().get(0));
        assertThat(revisions(a.id())).isEqualTo(before + 1);
        assertThat(session().editing().drafts()).isEmpty();
        assertThat(seen.errors).isEmpty();
    }

    @Test
    void aDeclinedOfferKeepsTheDraftForWhenItsItemIsOpened() {
        TreeNode a = items().get(2);
        vm.select(a);
        vm.editor().edited(vm.editor().textProperty().get() + "\n\n暂不恢复的文字。\n");
        vm.close();

        RecordingDialogs seen = new RecordingDialogs();
        seen.confirmAnswer = false;
        vm = start(seen);
        assertThat(seen.confirms).hasSize(1);
        assertThat(vm.editor().itemProperty().get()).isNull();
        vm.select(vm.tree().findItem(a.id()).orElseThrow());
        assertThat(vm.editor().textProperty().get()).contains("暂不恢复的文字");
        // thrown away on request: the revision's text again, and nothing offered any more
        vm.editor().discardDraft();
        assertThat(vm.editor().textProperty().get()).doesNotContain("暂不恢复的文字");
        assertThat(vm.editor().dirtyProperty().get()).isFalse();
        assertThat(session().editing().drafts()).isEmpty();
    }

    @Test
    void aKillAfterAnAutosaveLeavesTheDraftThatTheNextStartOffers() throws Exception {
        vm.close();
        vm = null;
        int killAfter = 7;
        List<String> lines = new ArrayList<>();
        runUntilKilled(List.of(DraftKillChild.class.getName(), tmp.resolve("data").toString()), line -> {
            if (line.startsWith("DRAFTED ")) lines.add(line);
            return lines.size() == killAfter;
        });
        String[] last = lines.get(lines.size() - 1).split(" ");
        long id = Long.parseLong(last[1]);
        int revision = Integer.parseInt(last[3]);

        RecordingDialogs seen = new RecordingDialogs();
        vm = start(seen);
        assertThat(seen.confirms).singleElement().satisfies(q -> assertThat(q).startsWith(I18n.tr("drafts.title")));
        assertThat(vm.editor().itemProperty().get().id()).isEqualTo(id);
        assertThat(vm.editor().itemProperty().get().revision()).as("the autosaves made no revision").isEqualTo(revision);
        // the draft holds the reported edit (or one the child made between the report and the kill)
        assertThat(vm.editor().textProperty().get()).containsPattern("第(" + killAfter + "|" + (killAfter + 1) + ")次输入");
        assertThat(session().editing().drafts()).hasSize(1);
        assertThat(seen.errors).isEmpty();
    }

    /** Runs a class of the test class path in a child JVM and SIGKILLs it once {@code killWhen} accepts a line (as KillDurabilityTest). */
    private void runUntilKilled(List<String> mainAndArgs, java.util.function.Predicate<String> killWhen) throws Exception {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(javaBin.toString(), "-Dfile.encoding=UTF-8", "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path")));
        cmd.addAll(mainAndArgs);
        Path errors = java.nio.file.Files.createTempFile(tmp, "child", ".err");
        Process p = new ProcessBuilder(cmd).redirectError(errors.toFile()).start();
        List<String> lines = new ArrayList<>();
        boolean killed = false;
        try (java.io.BufferedReader r = new java.io.BufferedReader(
                new java.io.InputStreamReader(p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(180);
            for (String line; System.nanoTime() < deadline && (line = r.readLine()) != null; ) {
                lines.add(line);
                if (killWhen.test(line)) {
                    p.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close
                    killed = true;
                    break;
                }
            }
        } finally {
            if (!killed) p.destroyForcibly();
        }
        p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(killed).as("child output:%n%s%nerrors:%n%s", String.join("\n", lines),
                java.nio.file.Files.readString(errors)).isTrue();
    }
}
