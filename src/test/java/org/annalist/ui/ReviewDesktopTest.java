package org.annalist.ui;

import org.annalist.model.EditorialRole;
import org.annalist.model.Item;
import org.annalist.model.ItemStatus;
import org.annalist.model.ReviewDecision;
import org.annalist.model.ReviewSheet;
import org.annalist.model.Revision;
import org.annalist.service.AnnalistSession;
import org.annalist.service.ProgramHome;
import org.annalist.service.ReviewWorkflow;
import org.annalist.service.StaffService;
import org.annalist.service.UserSettings;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.I18n;
import org.annalist.ui.editor.TrackedEdits;
import org.annalist.ui.review.ReviewViewModel;
import org.annalist.ui.review.SignInViewModel;
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
 * 审稿 in the desktop without a screen, on a real archive (the demo publications and a 编辑部: 甲 责任编辑, 乙
 * 编辑部主任 with a password, 丙 主编): who is working is chosen and checked at the start and remembered; the 审稿 steps
 * offered follow the rules for that user; a step saves the editor's text first and makes no empty revision; a refusal
 * is shown with the rule's message; the level reviewer's 修订 signer; the 待办.
 */
class ReviewDesktopTest {
    @TempDir
    Path tmp;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private MainViewModel vm;
    private final List<String> prompts = new ArrayList<>();

    @BeforeEach
    void archiveWithStaff() {
        I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
        try (AnnalistSession s = AnnalistSession.open(tmp.resolve("data"), false, "管理员")) {
            s.demo().buildAll(ProgramHome.demoArchive());
            StaffService staff = s.staff();
            staff.grant("甲", EditorialRole.EDITOR, null);
            staff.grant("乙", EditorialRole.DIRECTOR, null);
            staff.grant("丙", EditorialRole.CHIEF, null);
            s.as("乙").staff().setPassword("乙", "复审密码".toCharArray());
        }
    }

    /** Opens the window's ViewModel as the settings' user {@code remembered}; {@code answer} plays the person at the sign-in. */
    private void open(String remembered, java.util.function.BiConsumer<SignInViewModel, java.util.function.Consumer<String>> answer) {
        UserSettings settings = new UserSettings(tmp.resolve("data").toString(), "", "", remembered, "zh");
        vm = new MainViewModel(settings, false, executor, dialogs, ms -> Coalescer.immediate());
        vm.keepSettingsIn(tmp.resolve("config"));
        vm.askWhoIsWorking((who, chosen) -> {
            prompts.add(who.chosenProperty().get().person().name());
            answer.accept(who, chosen);
        });
        boolean[] opened = {false};
        vm.openArchive(() -> opened[0] = true);
        assertThat(opened[0]).isTrue();
    }

    @AfterEach
    void close() {
        if (vm != null) vm.close();
    }

    @Test
    void whoIsWorkingIsChosenCheckedAndRemembered() throws Exception {
        open("乙", (who, chosen) -> {
            // the remembered user is chosen already; 乙 has a password: a wrong one is said, and nothing opens
            assertThat(who.needsPasswordProperty().get()).isTrue();
            assertThat(who.people()).extracting(m -> m.person().name()).containsExactlyInAnyOrder("甲", "乙", "丙");
            who.passwordProperty().set("猜的");
            List<String> signed = new ArrayList<>();
            who.signIn(signed::add);
            assertThat(signed).isEmpty();
            assertThat(who.errorProperty().get()).contains("乙").contains("密码");
            assertThat(vm.sessionProperty().get()).isNull();
            // 甲 instead (no password)
            who.chosenProperty().set(who.people().stream().filter(m -> m.person().name().equals("甲")).findFirst().orElseThrow());
            assertThat(who.needsPasswordProperty().get()).isFalse();
            assertThat(SignInViewModel.label(who.chosenProperty().get())).contains("甲").contains("责任编辑");
            who.signIn(chosen);
        });
        assertThat(prompts).containsExactly("乙");
        assertThat(vm.sessionProperty().get().actor()).isEqualTo("甲");
        assertThat(vm.settingsProperty().get().userName()).isEqualTo("甲");
        assertThat(UserSettings.load(tmp.resolve("config")).userName()).isEqualTo("甲");
        assertThat(vm.statusProperty().get()).contains("甲");
        vm.close();
        vm = null;

        // the right password signs 乙 in
        open("甲", (who, chosen) -> {
            assertThat(who.chosenProperty().get().person().name()).isEqualTo("甲");
            who.chosenProperty().set(who.people().stream().filter(m -> m.person().name().equals("乙")).findFirst().orElseThrow());
            who.passwordProperty().set("复审密码");
            who.signIn(chosen);
        });
        assertThat(vm.sessionProperty().get().actor()).isEqualTo("乙");
        assertThat(UserSettings.load(tmp.resolve("config")).userName()).isEqualTo("乙");
    }

    @Test
    void goingOnWithoutSigningInKeepsTheSettingsUser() {
        open("某编辑", (who, chosen) -> chosen.accept(null));
        assertThat(vm.sessionProperty().get().actor()).isEqualTo("某编辑");
        assertThat(vm.review().queue()).isEmpty();
    }

    @Test
    void stepsFromTheDesktopSaveTheTextFirstAndMakeNoEmptyRevision() {
        open("甲", (who, chosen) -> who.signIn(chosen));
        AnnalistSession s = vm.sessionProperty().get();
        ReviewViewModel review = vm.review();
        TreeNode article = firstItemOf("《政协文史资料");
        vm.openItem(article.id());
        Item opened = vm.editor().itemProperty().get();
        assertThat(opened.status()).isEqualTo(ItemStatus.RECEIVED);
        // 甲, 责任编辑, may send a 文史 article to 初审, nothing else; the article waits for 甲
        assertThat(review.offers()).extracting(ReviewWorkflow.Offer::decision).containsExactly(ReviewDecision.SUBMIT);
        assertThat(review.queue()).extracting(e -> e.itemId()).contains(article.id());
        assertThat(review.levelSignerProperty().get()).isNull();
        int revisions = s.revisionHistory().revisions(article.id()).size();

        take(review, ReviewDecision.SUBMIT, "送初审");
        assertThat(vm.editor().itemProperty().get().status()).isEqualTo(ItemStatus.FIRST_REVIEW);
        assertThat(vm.tree().findItem(article.id()).orElseThrow().status()).isEqualTo(ItemStatus.FIRST_REVIEW);
        assertThat(s.revisionHistory().revisions(article.id())).hasSize(revisions);
        // at 初审 甲 is the level's reviewer: their edits become 初审 suggestions
        assertThat(review.levelSignerProperty().get()).isEqualTo(new TrackedEdits.Signer("甲", "初审"));
        assertThat(review.offers()).extracting(ReviewWorkflow.Offer::decision)
                .contains(ReviewDecision.PASS, ReviewDecision.PROPOSE_REJECT, ReviewDecision.RETURN)
                .doesNotContain(ReviewDecision.ACCEPT, ReviewDecision.REJECT);

        // a refusal (初审 without an opinion) is shown with the rule's message and changes nothing
        take(review, ReviewDecision.PASS, "  ");
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0).title()).contains("通过");
        assertThat(dialogs.errors.get(0).cause()).contains("意见");
        assertThat(s.editing().item(article.id()).orElseThrow().status()).isEqualTo(ItemStatus.FIRST_REVIEW);

        // the text edited in the editor is saved first (revision n+1, by 甲), and the step names that revision
        vm.editor().edited(vm.editor().textProperty().get() + "\n\n初审时补的一句。\n");
        take(review, ReviewDecision.PASS, "史实清楚，同意送复审。");
        List<Revision> after = s.revisionHistory().revisions(article.id());
        assertThat(after).hasSize(revisions + 1);
        Revision last = after.get(after.size() - 1);
        assertThat(last.author()).isEqualTo("甲");
        List<ReviewSheet> sheets = review.sheets();
        assertThat(sheets).extracting(ReviewSheet::decision).containsExactly(ReviewDecision.SUBMIT, ReviewDecision.PASS);
        assertThat(sheets.get(1).revisionNumber()).isEqualTo(last.number());
        assertThat(sheets.get(1).revisionSha256()).isEqualTo(last.sha256());
        assertThat(sheets.get(0).revisionNumber()).isEqualTo(last.number() - 1);
        // at 复审 甲 has nothing to sign and makes no suggestions of a level; the article left 甲's 待办
        assertThat(vm.editor().itemProperty().get().status()).isEqualTo(ItemStatus.SECOND_REVIEW);
        assertThat(review.offers()).isEmpty();
        assertThat(review.levelSignerProperty().get()).isNull();
        assertThat(review.queue()).extracting(e -> e.itemId()).doesNotContain(article.id());
        assertThat(vm.editor().dirtyProperty().get()).isFalse();
    }

    private void take(ReviewViewModel review, ReviewDecision d, String opinion) {
        ReviewWorkflow.Offer offer = review.offers().stream().filter(o -> o.decision() == d).findFirst().orElseThrow();
        boolean[] done = {false};
        review.take(offer, opinion, null, null, ok -> done[0] = true);
        assertThat(done[0]).as("the step finished").isTrue();
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
}
