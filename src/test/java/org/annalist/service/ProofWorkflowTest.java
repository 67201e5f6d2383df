package org.annalist.service;

import org.annalist.model.Item;
import org.annalist.model.ItemStatus;
import org.annalist.model.ProofEvent;
import org.annalist.model.ProofStage;
import org.annalist.model.ReviewDecision;
import org.annalist.service.ReviewFixture.Step;
import org.annalist.store.Archive;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.annalist.model.ProofStage.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 三校一读 of a publication on a real archive, with a real proof PDF (the publication's progress report set by our
 * typesetter and read back): the whole way to 付印 with every PDF frozen by its hash, and each refusal by its rule.
 */
class ProofWorkflowTest {
    /** The rules this class covers; {@link ReviewWorkflowTest} covers the others. */
    static final Set<ReviewRule> PROOF_RULES = EnumSet.of(ReviewRule.PRINTED, ReviewRule.TYPESET_NEEDS_FINALISED,
            ReviewRule.PRINT_NEEDS_FINALISED, ReviewRule.PRINT_NEEDS_ROUNDS_CLOSED, ReviewRule.PROOF_ORDER,
            ReviewRule.ROUND_NOT_OPEN, ReviewRule.PROOF_PDF_REQUIRED, ReviewRule.EMPTY_PUBLICATION);

    @TempDir
    static Path dir;
    static Archive archive;
    static byte[] pdf;

    @BeforeAll
    static void open() throws Exception {
        archive = org.annalist.testing.TestStores.open(dir.resolve("data"));
        ReviewFixture f = new ReviewFixture(archive, "校样用年鉴");
        f.itemAt("定稿");
        f.itemAt("终审");
        ProgressReport report = ProgressReport.of(archive, Long.toString(f.publicationId), LocalDate.of(2024, 6, 1));
        Path out = dir.resolve("进度.pdf");
        ReviewForms.pdf(ReviewForms.progress(report), report.publication().kind(), out);
        pdf = Files.readAllBytes(out);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text).contains("编审进度").contains("定稿").contains("终审").contains("示范县统计局").contains("经济");
        }
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    /** A publication with {@code finalised} items 定稿 and {@code open} items at 终审. */
    private static ReviewFixture publication(int finalised, int open) {
        ReviewFixture f = new ReviewFixture(archive, "年鉴" + System.nanoTime());
        for (int i = 0; i < finalised; i++) f.itemAt("定稿");
        for (int i = 0; i < open; i++) f.itemAt("终审");
        return f;
    }

    private static ProofWorkflow as(String who) {
        return new ProofWorkflow(archive, who);
    }

    private static void allRounds(long pub) {
        for (ProofStage s : List.of(FIRST_PROOF, RED_CHECK, SECOND_PROOF, THIRD_PROOF, READ_THROUGH)) {
            as("丁").open(pub, s, s.label() + ".pdf", pdf);
            as("丁").close(pub, s, 3, s.label() + "改正 3 处");
        }
    }

    private static void refused(ReviewRule rule, Runnable step) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(ReviewRefusedException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }

    @Test
    void theWholeWayToPrintFreezesEveryPdf() throws Exception {
        ReviewFixture f = publication(3, 0);
        long pub = f.publicationId;
        ProofEvent typeset = as("甲").typeset(pub, "一校样.pdf", pdf, "排版完成");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(typeset.pdfSha256()).isEqualTo(sha);
        allRounds(pub);
        ProofEvent print = as("丙").print(pub, "付印样.pdf", pdf, "同意付印");
        assertThat(print.stage()).isEqualTo(PRINT);
        assertThat(print.pdfSha256()).isEqualTo(sha);
        assertThat(archive.read(tx -> tx.proofPdf(print.id())).orElseThrow()).isEqualTo(pdf);
        List<ProofEvent> events = as("丙").events(pub);
        assertThat(events).extracting(ProofEvent::stage).containsExactly(TYPESETTING, FIRST_PROOF, FIRST_PROOF, RED_CHECK,
                RED_CHECK, SECOND_PROOF, SECOND_PROOF, THIRD_PROOF, THIRD_PROOF, READ_THROUGH, READ_THROUGH, PRINT);
        assertThat(ProofWorkflow.reached(events)).isEqualTo(PRINT);
        // 付印 ends every change: no step on an item, no further proof step
        Item item = archive.read(tx -> tx.itemsOfPublication(pub)).get(0);
        refused(ReviewRule.PRINTED, () -> new ReviewWorkflow(archive, "丙").decide(item.id(), ReviewDecision.REOPEN, null, "", "再改", null));
        refused(ReviewRule.PRINTED, () -> as("丙").print(pub, "again.pdf", pdf, ""));
    }

    @Test
    void refusals() {
        ReviewFixture empty = publication(0, 0);
        refused(ReviewRule.EMPTY_PUBLICATION, () -> as("甲").typeset(empty.publicationId, "x.pdf", pdf, ""));

        ReviewFixture notDone = publication(1, 1);
        refused(ReviewRule.TYPESET_NEEDS_FINALISED, () -> as("甲").typeset(notDone.publicationId, "x.pdf", pdf, ""));

        ReviewFixture f = publication(2, 0);
        long pub = f.publicationId;
        refused(ReviewRule.PROOF_ORDER, () -> as("丁").open(pub, FIRST_PROOF, "x.pdf", pdf));
        refused(ReviewRule.PROOF_PDF_REQUIRED, () -> as("甲").typeset(pub, "notes.txt", "只是文字".getBytes(), ""));
        refused(ReviewRule.ROLE_REQUIRED, () -> as("丁").typeset(pub, "x.pdf", pdf, ""));
        as("甲").typeset(pub, "x.pdf", pdf, "");
        refused(ReviewRule.PROOF_ORDER, () -> as("甲").typeset(pub, "x.pdf", pdf, ""));
        refused(ReviewRule.ROUND_NOT_OPEN, () -> as("丁").close(pub, FIRST_PROOF, 0, ""));
        refused(ReviewRule.PROOF_ORDER, () -> as("丁").open(pub, SECOND_PROOF, "x.pdf", pdf));
        as("丁").open(pub, FIRST_PROOF, "x.pdf", pdf);
        refused(ReviewRule.ROLE_REQUIRED, () -> as("甲").close(pub, FIRST_PROOF, 0, ""));
        refused(ReviewRule.PRINT_NEEDS_ROUNDS_CLOSED, () -> as("丙").print(pub, "x.pdf", pdf, ""));
        as("丁").close(pub, FIRST_PROOF, 5, "");
        refused(ReviewRule.ROUND_NOT_OPEN, () -> as("丁").close(pub, FIRST_PROOF, 0, ""));
        for (ProofStage s : List.of(RED_CHECK, SECOND_PROOF, THIRD_PROOF, READ_THROUGH)) {
            as("丁").open(pub, s, "x.pdf", pdf);
            as("丁").close(pub, s, 0, "");
        }
        // a 定稿 reversed during the proofs (with a reason) holds 付印 back until it is 定稿 again
        Item item = archive.read(tx -> tx.itemsOfPublication(pub)).get(0);
        Consumer<Step> apply = s -> f.apply(item.id(), s);
        apply.accept(new Step("丙", ReviewDecision.REOPEN, null, "", "核红时发现数字有误", false));
        refused(ReviewRule.ROLE_REQUIRED, () -> as("甲").print(pub, "x.pdf", pdf, ""));
        refused(ReviewRule.PRINT_NEEDS_FINALISED, () -> as("丙").print(pub, "x.pdf", pdf, ""));
        apply.accept(Step.of("丙", ReviewDecision.ACCEPT));
        assertThat(archive.read(tx -> tx.item(item.id())).orElseThrow().status()).isEqualTo(ItemStatus.FINALISED);
        as("丙").print(pub, "x.pdf", pdf, "");
        refused(ReviewRule.PRINTED, () -> as("丁").open(pub, FIRST_PROOF, "x.pdf", pdf));
    }
}
