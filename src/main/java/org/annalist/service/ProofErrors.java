package org.annalist.service;

import org.annalist.check.Rule;
import org.annalist.export.pdf.PdfExportException;
import org.annalist.export.pdf.PdfPages;
import org.annalist.i18n.LocalizedException;
import org.annalist.model.ProofErrorCount;
import org.annalist.model.ProofErrorKind;
import org.annalist.model.ProofEvent;
import org.annalist.model.ProofStage;
import org.annalist.model.Publication;
import org.annalist.store.Archive;
import org.annalist.typeset.style.Template;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 差错率 of the rounds of 三校一读 ({@link ProofWorkflow}): the editor records the errors a proof had, by kind, or
 * takes the checker's findings accepted while the round was open; the rate is measured on the 版面字数 of the
 * round's proof — characters per line across the text block × lines per page (from the template) × the proof
 * PDF's pages — and kept with the round (V9). At most 1/10,000 passes (CY/T 266).
 */
public final class ProofErrors {
    /** The 版面 a rate is measured on. */
    public record Layout(String template, int charsPerLine, int linesPerPage, int pages) {
        public long characters() {
            return (long) charsPerLine * linesPerPage * pages;
        }
    }

    private final Archive archive;
    private final String actor;

    public ProofErrors(Archive archive, String actor) {
        this.archive = archive;
        this.actor = actor;
    }

    /** The kind of proof error a finding of {@code rule} is when it was right. */
    public static ProofErrorKind kindOf(Rule rule) {
        return switch (rule) {
            case HALF_WIDTH_PUNCTUATION, UNPAIRED, ELLIPSIS_DASH, REPEATED_PUNCTUATION, ENUMERATION_COMMA -> ProofErrorKind.PUNCTUATION;
            case MIXED_NUMERALS, THOUSANDS_SEPARATOR, ABBREVIATED_YEAR, RANGE, DECIMAL -> ProofErrorKind.NUMBER;
            case SPLIT_NUMBER, ENTRY_TITLE -> ProofErrorKind.FORMAT;
            case REPEATED_CHARACTER, PERSON_NAME, MISSING_GLYPH -> ProofErrorKind.CHARACTER;
        };
    }

    /**
     * The 版面 of a round's proof: the template ({@code template} null: the publication's default for its kind),
     * and the pages of the proof PDF the round was opened on unless {@code pages} gives them.
     */
    public Layout layout(long publicationId, ProofStage stage, String template, Integer pages) {
        Publication p = publication(publicationId);
        ProofEvent opened = opened(p, stage);
        String name = template == null || template.isBlank() ? TypesetService.defaultTemplate(p.kind()) : template.strip();
        Template t;
        try {
            t = TypesetService.template(name);
        } catch (TypesetService.TypesetException e) {
            throw new LocalizedException(e.localized(), e);
        }
        int perLine = (int) Math.round(t.textWidth() / t.bodySize());
        int n;
        if (pages != null) {
            if (pages <= 0) throw new LocalizedException("proofErrors.pages", pages);
            n = pages;
        } else {
            byte[] pdf = archive.read(tx -> tx.proofPdf(opened.id()))
                    .orElseThrow(() -> new LocalizedException("proofErrors.noPdf", p.title(), stage.label()));
            try {
                n = PdfPages.count(pdf, opened.pdfName() == null ? stage.label() : opened.pdfName());
            } catch (PdfExportException e) {
                throw new LocalizedException(e.localized(), e);
            }
        }
        return new Layout(t.name(), perLine, t.linesPerColumn(), n);
    }

    /** Records the errors an editor counted in the round's proof; the record as kept. */
    public ProofErrorCount record(long publicationId, ProofStage stage, Map<ProofErrorKind, Integer> counts, String template, Integer pages) {
        for (var e : counts.entrySet()) if (e.getValue() < 0) throw new LocalizedException("proofErrors.negative", e.getKey().label(), e.getValue());
        return keep(publicationId, stage, counts, ProofErrorCount.Source.EDITOR, layout(publicationId, stage, template, pages));
    }

    /**
     * The checker's findings accepted in the publication's items while the round was open (from its opening to its
     * closing, or until now), counted by kind.
     */
    public Map<ProofErrorKind, Integer> fromChecker(long publicationId, ProofStage stage) {
        Publication p = publication(publicationId);
        ProofEvent opened = opened(p, stage);
        Instant closed = archive.read(tx -> tx.proofEvents(publicationId)).stream()
                .filter(e -> e.stage() == stage && e.action() == ProofEvent.Action.CLOSE).map(ProofEvent::at).findFirst().orElse(null);
        Map<ProofErrorKind, Integer> counts = new EnumMap<>(ProofErrorKind.class);
        for (String id : archive.read(tx -> tx.acceptedFindingRules(publicationId, opened.at(), closed))) {
            Rule r = Rule.byId(id);
            if (r != null) counts.merge(kindOf(r), 1, Integer::sum);
        }
        return counts;
    }

    /** Records the round's errors as the checker's accepted findings of it ({@link #fromChecker}). */
    public ProofErrorCount recordFromChecker(long publicationId, ProofStage stage, String template, Integer pages) {
        Layout layout = layout(publicationId, stage, template, pages);
        return keep(publicationId, stage, fromChecker(publicationId, stage), ProofErrorCount.Source.CHECKER, layout);
    }

    /** The figure of each round that has one (its last record), in the order of the rounds. */
    public Map<ProofStage, ProofErrorCount> rounds(long publicationId) {
        publication(publicationId);
        Map<ProofStage, ProofErrorCount> last = new EnumMap<>(ProofStage.class);
        for (ProofErrorCount r : archive.read(tx -> tx.proofErrors(publicationId))) last.put(r.stage(), r);
        return new LinkedHashMap<>(last);
    }

    /** Every record of the publication, oldest first. */
    public List<ProofErrorCount> history(long publicationId) {
        return new ArrayList<>(archive.read(tx -> tx.proofErrors(publicationId)));
    }

    private ProofErrorCount keep(long publicationId, ProofStage stage, Map<ProofErrorKind, Integer> counts,
                                 ProofErrorCount.Source source, Layout l) {
        ProofErrorCount r = new ProofErrorCount(0, publicationId, stage, counts, source, l.template(), l.charsPerLine(),
                l.linesPerPage(), l.pages(), null, actor);
        return archive.inTransaction(tx -> {
            tx.actAs(actor);
            return tx.appendProofErrors(r);
        });
    }

    private Publication publication(long publicationId) {
        return archive.read(tx -> tx.publication(publicationId))
                .orElseThrow(() -> new LocalizedException("workflow.noPublication", publicationId));
    }

    /** The round's opening: a 差错率 is of a proof, and a round has its proof once opened. */
    private ProofEvent opened(Publication p, ProofStage stage) {
        if (stage == null || !stage.isRound()) {
            throw new LocalizedException("proofErrors.notRound", stage == null ? "—" : stage.label());
        }
        return archive.read(tx -> tx.proofEvents(p.id())).stream()
                .filter(e -> e.stage() == stage && e.action() == ProofEvent.Action.OPEN).findFirst()
                .orElseThrow(() -> new LocalizedException("proofErrors.notOpened", p.title(), stage.label()));
    }
}
