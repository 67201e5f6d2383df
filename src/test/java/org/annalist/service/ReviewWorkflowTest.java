package org.annalist.service;

import org.annalist.model.Item;
import org.annalist.model.ItemStatus;
import org.annalist.model.ReviewDecision;
import org.annalist.model.ReviewSheet;
import org.annalist.model.Revision;
import org.annalist.service.ReviewFixture.Step;
import org.annalist.store.Archive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.annalist.model.ItemStatus.*;
import static org.annalist.model.ReviewDecision.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 三审 as a table: every transition of the state machine from a fresh item brought to its starting state, and every
 * refusal, named by its rule, on a real archive. A refused step must leave the item, its revisions and its 审稿单 as
 * they were.
 */
class ReviewWorkflowTest {
    @TempDir
    static Path dir;
    static Archive archive;
    static ReviewFixture f;

    @BeforeAll
    static void open() {
        archive = org.annalist.testing.TestStores.open(dir);
        f = new ReviewFixture(archive, "示范县年鉴");
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    static Arguments t(String name, String start, Step step, ItemStatus expected) {
        return Arguments.of(name, start, step, expected);
    }

    static Step s(String who, ReviewDecision d) {
        return Step.of(who, d);
    }

    static Stream<Arguments> transitions() {
        return Stream.of(
                t("年鉴条目送供稿单位审核", "收稿(条目)", s("甲", SEND_TO_UNIT), UNIT_REVIEW),
                t("供稿单位联系人交来审核单，进入初审", "供稿单位审核", ReviewFixture.APPROVE, FIRST_REVIEW),
                t("责任编辑代为登记审核单", "供稿单位审核", new Step("甲", UNIT_APPROVE, null, "单位已盖章", null, true), FIRST_REVIEW),
                t("供稿单位退回作者修改", "供稿单位审核", s("戊", RETURN), REVISING),
                t("退修稿回到供稿单位审核", "退修(供稿单位)", s("戊", RESUBMIT), UNIT_REVIEW),
                t("文史稿件送初审", "收稿", s("甲", SUBMIT), FIRST_REVIEW),
                t("旧状态编辑中视同收稿", "编辑中", s("甲", SUBMIT), FIRST_REVIEW),
                t("初审通过", "初审", s("甲", PASS), SECOND_REVIEW),
                t("初审建议退稿，交复审", "初审", s("甲", PROPOSE_REJECT), SECOND_REVIEW),
                t("初审退修", "初审", s("甲", RETURN), REVISING),
                t("复审通过", "复审", s("乙", PASS), FINAL_REVIEW),
                t("复审建议退稿，交终审裁决", "复审", s("乙", PROPOSE_REJECT), FINAL_REVIEW),
                t("复审退修", "复审", s("乙", RETURN), REVISING),
                t("复审确认初审的退稿建议", "复审(初审建议退稿)", s("乙", REJECT), REJECTED),
                t("复审不同意退稿建议，通过", "复审(初审建议退稿)", s("乙", PASS), FINAL_REVIEW),
                t("终审定稿", "终审", s("丙", ACCEPT), FINALISED),
                t("终审存稿", "终审", s("丙", HOLD), HELD),
                t("终审退稿", "终审", s("丙", REJECT), REJECTED),
                t("终审退修", "终审", s("丙", RETURN), REVISING),
                t("修改稿回到提出退修的初审", "退修(初审)", s("戊", RESUBMIT), FIRST_REVIEW),
                t("修改稿回到提出退修的复审", "退修(复审)", s("甲", RESUBMIT), SECOND_REVIEW),
                t("撤销定稿（有理由）回到终审", "定稿", new Step("丙", REOPEN, null, "", "发现数据有误", false), FINAL_REVIEW),
                t("撤销复审的退稿（有理由）回到复审", "退稿(复审确认)", new Step("乙", REOPEN, null, "", "作者补充了新材料", false), SECOND_REVIEW),
                t("撤销存稿（有理由）回到初审", "存稿", new Step("丙", REOPEN, FIRST_REVIEW, "", "内容须重审", false), FIRST_REVIEW),
                t("存稿启用，定稿", "存稿", s("丙", ACCEPT), FINALISED),
                t("退修后同一责任编辑再签初审", "退修(初审)", s("戊", RESUBMIT), FIRST_REVIEW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transitions")
    void transition(String name, String start, Step step, ItemStatus expected) {
        Item before = f.itemAt(start);
        int sheetsBefore = archive.read(tx -> tx.reviewSheets(before.id())).size();
        ReviewSheet sheet = f.apply(before.id(), step);
        Item after = archive.read(tx -> tx.item(before.id())).orElseThrow();
        assertThat(after.status()).isEqualTo(expected);
        assertThat(sheet.level()).isEqualTo(before.status());
        assertThat(sheet.decision()).isEqualTo(step.decision());
        assertThat(sheet.to()).isEqualTo(expected);
        assertThat(sheet.personName()).isEqualTo(step.who());
        assertThat(sheet.seq()).isEqualTo(sheetsBefore + 1);
        // the text did not change: no empty revision; the 审稿单 names the current revision's hash
        assertThat(after.revision()).isEqualTo(before.revision());
        Revision rev = archive.read(tx -> tx.revision(before.id(), after.revision())).orElseThrow();
        assertThat(sheet.revisionNumber()).isEqualTo(rev.number());
        assertThat(sheet.revisionSha256()).isEqualTo(rev.sha256());
        List<String> broken = archive.read(tx -> tx.verifyReviewSheets(before.id()));
        assertThat(broken).isEmpty();
        if (step.decision() == REOPEN) assertThat(sheet.reason()).isEqualTo(step.reason());
        if (step.decision() == UNIT_APPROVE) assertThat(sheet.attachmentId()).isNotNull();
    }

    static Arguments r(ReviewRule rule, String start, Step step) {
        return Arguments.of(rule, start, step);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                r(ReviewRule.NOT_STAFF, "收稿", s("庚", SUBMIT)),
                r(ReviewRule.NOT_STAFF, "收稿", s("无名氏", SUBMIT)),
                r(ReviewRule.ROLE_REQUIRED, "收稿", s("乙", SUBMIT)),
                r(ReviewRule.ROLE_REQUIRED, "复审", s("甲", PASS)),
                r(ReviewRule.ROLE_REQUIRED, "终审", s("乙", ACCEPT)),
                r(ReviewRule.ROLE_REQUIRED, "定稿", new Step("乙", REOPEN, null, "", "理由", false)),
                r(ReviewRule.NOT_FROM_STATE, "收稿", s("甲", PASS)),
                r(ReviewRule.NOT_FROM_STATE, "初审", new Step("甲", PASS, FINAL_REVIEW, "跳级", null, false)),
                r(ReviewRule.NOT_FROM_STATE, "初审", s("戊", RESUBMIT)),
                r(ReviewRule.NOT_FROM_STATE, "终审", s("丙", PASS)),
                r(ReviewRule.ONE_LEVEL_PER_PERSON, "复审(兼签初审)", s("兼", PASS)),
                r(ReviewRule.ONLY_FINAL_ACCEPTS, "复审", s("丙", ACCEPT)),
                r(ReviewRule.ONLY_FINAL_ACCEPTS, "初审", s("丙", HOLD)),
                r(ReviewRule.FIRST_CANNOT_REJECT, "初审", s("甲", REJECT)),
                r(ReviewRule.REJECT_NEEDS_PROPOSAL, "复审", s("乙", REJECT)),
                r(ReviewRule.REASON_REQUIRED, "定稿", new Step("丙", REOPEN, null, "", " ", false)),
                r(ReviewRule.REASON_REQUIRED, "退稿(终审)", new Step("丙", REOPEN, null, "", null, false)),
                r(ReviewRule.OPINION_REQUIRED, "初审", new Step("甲", PASS, null, "  ", null, false)),
                r(ReviewRule.UNIT_REVIEW_REQUIRED, "收稿(条目)", s("甲", SUBMIT)),
                r(ReviewRule.UNIT_REVIEW_ONLY_YEARBOOK, "收稿", s("甲", SEND_TO_UNIT)),
                r(ReviewRule.UNIT_SHEET_REQUIRED, "供稿单位审核", s("戊", UNIT_APPROVE)),
                r(ReviewRule.RETURN_TO_ASKER, "退修(复审)", new Step("戊", RESUBMIT, FIRST_REVIEW, "改好了", null, false)));
    }

    @ParameterizedTest(name = "{0} ← {1}: {2}")
    @MethodSource("refusals")
    void refusal(ReviewRule rule, String start, Step step) {
        Item before = f.itemAt(start);
        List<ReviewSheet> sheetsBefore = archive.read(tx -> tx.reviewSheets(before.id()));
        int auditBefore = archive.read(tx -> tx.audit("item", before.id())).size();
        assertThatThrownBy(() -> f.apply(before.id(), step))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> {
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.getMessage()).as("a message for the editor").doesNotStartWith("workflow.").isNotBlank();
                });
        Item after = archive.read(tx -> tx.item(before.id())).orElseThrow();
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.revision()).isEqualTo(before.revision());
        List<ReviewSheet> sheetsAfter = archive.read(tx -> tx.reviewSheets(before.id()));
        assertThat(sheetsAfter).isEqualTo(sheetsBefore);
        // an attachment stored before the refused step may be audited; the step itself left no trace
        assertThat(archive.read(tx -> tx.audit("item", before.id())).stream().filter(a -> a.action().startsWith("review")
                || a.action().equals("item.sign")).count()).isEqualTo(archive.read(tx -> tx.audit("item", before.id())).stream()
                .limit(auditBefore).filter(a -> a.action().startsWith("review") || a.action().equals("item.sign")).count());
    }

    /** Every rule about items is in the table above; the rules about proofs are in {@link ProofWorkflowTest}. */
    @Test
    void everyItemRuleHasARefusalCase() {
        Set<ReviewRule> named = EnumSet.noneOf(ReviewRule.class);
        refusals().forEach(a -> named.add((ReviewRule) a.get()[0]));
        Set<ReviewRule> all = EnumSet.allOf(ReviewRule.class);
        all.removeAll(ProofWorkflowTest.PROOF_RULES);
        assertThat(named).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void decisionsFollowFromTheTarget() {
        assertThat(ReviewWorkflow.decisionFor(RECEIVED, FIRST_REVIEW)).isEqualTo(SUBMIT);
        assertThat(ReviewWorkflow.decisionFor(RECEIVED, UNIT_REVIEW)).isEqualTo(SEND_TO_UNIT);
        assertThat(ReviewWorkflow.decisionFor(UNIT_REVIEW, FIRST_REVIEW)).isEqualTo(UNIT_APPROVE);
        assertThat(ReviewWorkflow.decisionFor(FIRST_REVIEW, SECOND_REVIEW)).isEqualTo(PASS);
        assertThat(ReviewWorkflow.decisionFor(SECOND_REVIEW, FINAL_REVIEW)).isEqualTo(PASS);
        assertThat(ReviewWorkflow.decisionFor(FINAL_REVIEW, FINALISED)).isEqualTo(ACCEPT);
        assertThat(ReviewWorkflow.decisionFor(FINAL_REVIEW, HELD)).isEqualTo(HOLD);
        assertThat(ReviewWorkflow.decisionFor(SECOND_REVIEW, REJECTED)).isEqualTo(REJECT);
        assertThat(ReviewWorkflow.decisionFor(FIRST_REVIEW, REVISING)).isEqualTo(RETURN);
        assertThat(ReviewWorkflow.decisionFor(REVISING, SECOND_REVIEW)).isEqualTo(RESUBMIT);
        assertThat(ReviewWorkflow.decisionFor(FINALISED, FINAL_REVIEW)).isEqualTo(REOPEN);
        assertThat(ReviewWorkflow.decisionFor(FIRST_REVIEW, FINAL_REVIEW)).isNull();
        assertThat(ReviewWorkflow.decisionFor(RECEIVED, SECOND_REVIEW)).isNull();
    }

    @Test
    void moveToInfersTheDecisionAndRefusesASkippedLevel() {
        Item item = f.itemAt("初审");
        assertThatThrownBy(() -> new ReviewWorkflow(archive, "甲").moveTo(item.id(), FINAL_REVIEW, "跳过复审", null, null))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> assertThat(e.rule()).isEqualTo(ReviewRule.NOT_FROM_STATE));
        ReviewSheet sheet = new ReviewWorkflow(archive, "甲").moveTo(item.id(), SECOND_REVIEW, "同意送复审", null, null);
        assertThat(sheet.decision()).isEqualTo(PASS);
        assertThat(sheet.opinion()).isEqualTo("同意送复审");
    }

    @Test
    void theWholeWayThroughAReturnRoundKeepsOneSheetPerStep() {
        Item item = f.itemAt("收稿(条目)");
        for (Step s : List.of(ReviewFixture.SEND, ReviewFixture.APPROVE, s("甲", RETURN), s("戊", RESUBMIT), s("甲", PASS),
                s("乙", PASS), s("丙", ACCEPT))) {
            f.apply(item.id(), s);
        }
        List<ReviewSheet> sheets = archive.read(tx -> tx.reviewSheets(item.id()));
        assertThat(sheets).extracting(ReviewSheet::to).containsExactly(UNIT_REVIEW, FIRST_REVIEW, REVISING, FIRST_REVIEW,
                SECOND_REVIEW, FINAL_REVIEW, FINALISED);
        assertThat(sheets).extracting(ReviewSheet::personName).containsExactly("甲", "戊", "甲", "戊", "甲", "乙", "丙");
        // seven steps over an unchanged text: still the one revision the item came in with
        List<Revision> revisions = archive.read(tx -> tx.revisions(item.id()));
        assertThat(revisions).hasSize(1);
        assertThat(sheets).extracting(ReviewSheet::revisionSha256).containsOnly(revisions.get(0).sha256());
    }

    @Test
    void theStepsOfferedAreThoseTheRulesAllowAndWriteNothing() {
        Item fin = f.itemAt("终审");
        int revisions = archive.read(tx -> tx.revisions(fin.id())).size();
        List<ReviewSheet> sheets = archive.read(tx -> tx.reviewSheets(fin.id()));
        assertThat(new ReviewWorkflow(archive, "丙").offers(fin.id())).extracting(ReviewWorkflow.Offer::decision)
                .containsExactlyInAnyOrder(RETURN, ACCEPT, HOLD, REJECT);
        assertThat(new ReviewWorkflow(archive, "乙").offers(fin.id())).isEmpty();
        assertThat(new ReviewWorkflow(archive, "庚").offers(fin.id())).isEmpty();
        Item decided = f.itemAt("定稿");
        List<ReviewWorkflow.Offer> reopen = new ReviewWorkflow(archive, "丙").offers(decided.id());
        assertThat(reopen).extracting(ReviewWorkflow.Offer::decision).containsExactly(REOPEN);
        assertThat(reopen.get(0).needsReason()).isTrue();
        ReviewWorkflow.Offer unit = new ReviewWorkflow(archive, "戊").offers(f.itemAt("供稿单位审核").id()).stream()
                .filter(o -> o.decision() == UNIT_APPROVE).findFirst().orElseThrow();
        assertThat(unit.needsSheet()).isTrue();
        // asking wrote nothing
        List<Revision> revisionsAfter = archive.read(tx -> tx.revisions(fin.id()));
        List<ReviewSheet> sheetsAfter = archive.read(tx -> tx.reviewSheets(fin.id()));
        assertThat(revisionsAfter).hasSize(revisions);
        assertThat(sheetsAfter).isEqualTo(sheets);
        assertThat(archive.read(tx -> tx.item(fin.id())).orElseThrow().status()).isEqualTo(FINAL_REVIEW);
    }

    @Test
    void aStepAfterAnEditNamesTheEditedRevisionAndAnOldTextNeverTakesTheStateBack() {
        Item item = f.itemAt("初审");
        // 甲 edits during 初审 (the desktop saves the text before the step): revision 2, then the step makes none
        Item edited = new ItemEditing(archive, "甲").commit(item.withBody("正文，初审改过。\n"), "初审改稿");
        assertThat(edited.revision()).isEqualTo(item.revision() + 1);
        ReviewSheet pass = f.apply(item.id(), s("甲", PASS));
        Item after = archive.read(tx -> tx.item(item.id())).orElseThrow();
        assertThat(after.revision()).isEqualTo(edited.revision());
        assertThat(after.status()).isEqualTo(SECOND_REVIEW);
        Revision current = archive.read(tx -> tx.revision(item.id(), edited.revision())).orElseThrow();
        assertThat(pass.revisionNumber()).isEqualTo(current.number());
        assertThat(pass.revisionSha256()).isEqualTo(current.sha256());
        // a text loaded at 初审 and saved after the step keeps the item at 复审
        Item saved = new ItemEditing(archive, "乙").commit(edited.withBody("正文，复审又改。\n"), "复审改稿");
        assertThat(saved.status()).isEqualTo(SECOND_REVIEW);
        assertThat(saved.revision()).isEqualTo(edited.revision() + 1);
    }
}
