package org.annalist.service;

import org.annalist.check.Finding;
import org.annalist.check.Rule;
import org.annalist.i18n.LocalizedException;
import org.annalist.model.Item;
import org.annalist.model.ProofErrorCount;
import org.annalist.model.ProofErrorKind;
import org.annalist.model.ProofStage;
import org.annalist.store.Archive;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.annalist.model.ProofErrorKind.CHARACTER;
import static org.annalist.model.ProofErrorKind.PUNCTUATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 差错率 of proof rounds on a real archive (V9) with a real proof PDF of a known page count: the weighted errors over
 * 版面字数 (nianjian-16k: 2 columns × 24 characters + a 2-character gap = 50 per line, 44 lines), kept with the
 * round across sessions, the limit of 1/10,000 exactly, and a round's errors taken from the checker's findings
 * accepted while it was open.
 */
class ProofErrorsTest {
    @TempDir
    Path dir;

    static byte[] pdf(int pages) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A 年鉴 with two items 定稿, set (排版) on a proof of {@code pages} pages. */
    private static ReviewFixture typeset(Archive archive, int pages, List<Item> items) throws Exception {
        ReviewFixture f = new ReviewFixture(archive, "差错率年鉴" + System.nanoTime());
        items.add(f.itemAt("定稿"));
        items.add(f.itemAt("定稿"));
        new ProofWorkflow(archive, "甲").typeset(f.publicationId, "排版.pdf", pdf(pages), "");
        return f;
    }

    @Test
    void rateOnTheLayoutOfTheProof() throws Exception {
        Path data = dir.resolve("data");
        long pub;
        try (Archive archive = Archive.open(data)) {
            ReviewFixture f = typeset(archive, 4, new java.util.ArrayList<>());
            pub = f.publicationId;
            ProofErrors errors = new ProofErrors(archive, "丁");
            // no proof yet for the round: nothing to measure on
            assertThatThrownBy(() -> errors.record(pub, ProofStage.FIRST_PROOF, Map.of(PUNCTUATION, 1), null, null))
                    .isInstanceOf(LocalizedException.class).hasMessageContaining("一校还没有开始");
            assertThatThrownBy(() -> errors.record(pub, ProofStage.TYPESETTING, Map.of(PUNCTUATION, 1), null, null))
                    .hasMessageContaining("排版不是校次");
            new ProofWorkflow(archive, "丁").open(pub, ProofStage.FIRST_PROOF, "一校样.pdf", pdf(4));

            ProofErrors.Layout layout = errors.layout(pub, ProofStage.FIRST_PROOF, null, null);
            assertThat(layout).isEqualTo(new ProofErrors.Layout("nianjian-16k", 50, 44, 4));
            assertThat(layout.characters()).isEqualTo(8800);

            ProofErrorCount r = errors.record(pub, ProofStage.FIRST_PROOF, Map.of(PUNCTUATION, 3, CHARACTER, 1), null, null);
            assertThat(r.weightedTenths()).isEqualTo(13);
            assertThat(r.weighted()).isEqualTo(1.3);
            assertThat(r.layoutCharacters()).isEqualTo(8800);
            assertThat(r.rate()).isCloseTo(1.3 / 8800, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(r.passes()).isFalse();
            assertThat(r.source()).isEqualTo(ProofErrorCount.Source.EDITOR);
            assertThat(r.by()).isEqualTo("丁");
            assertThat(r.at()).isNotNull();

            // exactly 1/10,000 passes, a tenth more does not: 100 pages are 220,000 characters
            ProofErrorCount limit = errors.record(pub, ProofStage.FIRST_PROOF, Map.of(CHARACTER, 22), null, 100);
            assertThat(limit.layoutCharacters()).isEqualTo(220_000);
            assertThat(limit.passes()).isTrue();
            ProofErrorCount over = errors.record(pub, ProofStage.FIRST_PROOF, Map.of(CHARACTER, 22, PUNCTUATION, 1), null, 100);
            assertThat(over.passes()).isFalse();
            // the larger 16开: 2 × 28 + 2 = 58 characters, 48 lines
            assertThat(errors.layout(pub, ProofStage.FIRST_PROOF, "nianjian-da16k", null))
                    .isEqualTo(new ProofErrors.Layout("nianjian-da16k", 58, 48, 4));
            assertThatThrownBy(() -> errors.record(pub, ProofStage.FIRST_PROOF, Map.of(PUNCTUATION, -1), null, null))
                    .hasMessageContaining("负数");
            assertThatThrownBy(() -> errors.layout(pub, ProofStage.FIRST_PROOF, null, 0)).hasMessageContaining("正整数");
        }
        try (Archive archive = Archive.open(data)) {
            ProofErrors errors = new ProofErrors(archive, "乙");
            Map<ProofStage, ProofErrorCount> rounds = errors.rounds(pub);
            assertThat(rounds).containsOnlyKeys(ProofStage.FIRST_PROOF);
            ProofErrorCount kept = rounds.get(ProofStage.FIRST_PROOF);
            assertThat(kept.counts()).isEqualTo(Map.of(CHARACTER, 22, PUNCTUATION, 1));
            assertThat(kept.weightedTenths()).isEqualTo(221);
            assertThat(errors.history(pub)).hasSize(3);
            List<org.annalist.model.AuditEntry> audit = archive.read(tx -> tx.audit("publication", pub));
            assertThat(audit).extracting(e -> e.action()).contains("proof.errors");
        }
    }

    @Test
    void errorsFromTheCheckerAcceptedDuringTheRound() throws Exception {
        try (Archive archive = Archive.open(dir.resolve("data"))) {
            List<Item> items = new java.util.ArrayList<>();
            ReviewFixture f = typeset(archive, 2, items);
            long pub = f.publicationId;
            Item item = items.get(0);
            archive.inTransaction(tx -> tx.saveItem(item.withBody("会议强调,要坚持5~95%的标准:认真落实。政协的的工作。\n"), "甲", "校样改动"));
            CheckService checks = new CheckService(archive, "丁");
            List<Finding> found = checks.check(item.id(), false).findings();
            assertThat(found).extracting(Finding::rule).contains(Rule.HALF_WIDTH_PUNCTUATION, Rule.RANGE, Rule.REPEATED_CHARACTER);
            Finding comma = found.stream().filter(x -> x.text().equals(",")).findFirst().orElseThrow();
            // accepted before the round opened: not the round's
            assertThat(checks.accept(item.id(), List.of(comma.place())).fixed()).isEqualTo(1);
            Thread.sleep(5);
            new ProofWorkflow(archive, "丁").open(pub, ProofStage.FIRST_PROOF, "一校样.pdf", pdf(2));
            List<Finding> now = checks.check(item.id(), false).findings();
            List<String> places = now.stream().filter(x -> x.hasFix() && x.rule() != Rule.HALF_WIDTH_PUNCTUATION || x.text().equals(":"))
                    .map(Finding::place).toList();
            CheckService.Outcome o = checks.accept(item.id(), places);
            assertThat(o.fixed()).isEqualTo(places.size());
            assertThat(o.item().body()).contains("{.insertion author=\"丁\"");

            Map<ProofErrorKind, Integer> counted = new ProofErrors(archive, "丁").fromChecker(pub, ProofStage.FIRST_PROOF);
            int punctuation = (int) now.stream().filter(x -> places.contains(x.place()) && ProofErrors.kindOf(x.rule()) == PUNCTUATION).count();
            assertThat(counted).containsEntry(PUNCTUATION, punctuation).containsEntry(ProofErrorKind.NUMBER, 1);
            assertThat(counted.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(places.size());

            ProofErrorCount r = new ProofErrors(archive, "丁").recordFromChecker(pub, ProofStage.FIRST_PROOF, null, null);
            assertThat(r.source()).isEqualTo(ProofErrorCount.Source.CHECKER);
            assertThat(r.layoutCharacters()).isEqualTo(50L * 44 * 2);
            assertThat(r.counts()).isEqualTo(counted);
            // after the round is closed, later acceptances are not its
            new ProofWorkflow(archive, "丁").close(pub, ProofStage.FIRST_PROOF, r.errors(), "");
            Thread.sleep(5);
            Finding repeated = checks.check(item.id(), false).findings().stream().filter(x -> x.rule() == Rule.REPEATED_CHARACTER)
                    .findFirst().orElse(null);
            if (repeated != null && repeated.hasFix()) checks.accept(item.id(), List.of(repeated.place()));
            assertThat(new ProofErrors(archive, "丁").fromChecker(pub, ProofStage.FIRST_PROOF)).isEqualTo(counted);
        }
    }
}
