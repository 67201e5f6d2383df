package org.annalist.service;

import org.annalist.i18n.Localized;
import org.annalist.importer.ImportException;
import org.annalist.importer.ImportResult;
import org.annalist.importer.ImportedItem;
import org.annalist.model.Item;
import org.annalist.model.Publication;
import org.annalist.model.Section;
import org.annalist.service.PublicationPlan.ItemPlan;
import org.annalist.service.PublicationPlan.SectionPlan;
import org.annalist.store.Archive;
import org.annalist.store.Tx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Builds publications from the description files in {@code archive/} (the demo 年鉴 volume and 文史 辑).
 * Each publication is built in one transaction: either it is there whole, or not at all. A publication
 * whose code is already in the archive is left as it is.
 */
public final class DemoService {

    /** What happened to one description. {@code error} is null on success. */
    public record Outcome(Path file, Publication publication, boolean created, int items, List<String> warnings,
                          String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private final Archive archive;
    private final ImportService imports;

    public DemoService(Archive archive, ImportService imports) {
        this.archive = archive;
        this.imports = imports;
    }

    /** Builds every {@code *.yaml} description in the folder, in name order. */
    public List<Outcome> buildAll(Path archiveDir) {
        List<Path> plans;
        try (Stream<Path> s = Files.list(archiveDir)) {
            plans = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            return List.of(new Outcome(archiveDir, null, false, 0, List.of(),
                    Localized.of("demo.noFolder", archiveDir, e.getMessage()).text()));
        }
        if (plans.isEmpty()) {
            return List.of(new Outcome(archiveDir, null, false, 0, List.of(), Localized.of("demo.noPlans", archiveDir).text()));
        }
        List<Outcome> out = new ArrayList<>();
        for (Path p : plans) out.add(build(p));
        return out;
    }

    public Outcome build(Path planFile) {
        PublicationPlan plan;
        try {
            plan = PlanReader.read(planFile);
        } catch (PlanReader.PlanException e) {
            return new Outcome(planFile, null, false, 0, List.of(), e.getMessage());
        }
        var existing = archive.read(tx -> tx.publicationByCode(plan.code()));
        if (existing.isPresent()) return new Outcome(planFile, existing.get(), false, 0, List.of(), null);

        // parse every manuscript first: a file that cannot be read stops this publication before any write
        List<String> warnings = new ArrayList<>();
        List<ImportService.Parsed> parsed = new ArrayList<>();
        try {
            for (ItemPlan ip : allItems(plan.sections())) {
                ImportService.Parsed p = imports.parse(ImportService.readSource(ip.file()));
                parsed.add(select(p, ip, warnings));
            }
        } catch (ImportException | IllegalArgumentException e) {
            return new Outcome(planFile, null, false, 0, List.of(), Localized.of("demo.fileProblem", planFile.getFileName(), Localized.reason(e)).text());
        }
        try {
            int[] count = {0};
            Publication pub = archive.inTransaction(tx -> {
                Publication created = tx.insertPublication(new Publication(0, plan.kind(), plan.title(), plan.year(),
                        plan.volume(), plan.subtitle(), plan.code()));
                if (!plan.imprint().isEmpty()) tx.putImprint(created.id(), plan.imprint());
                var it = parsed.iterator();
                count[0] = buildSections(tx, created.id(), null, plan.sections(), it);
                return created;
            });
            return new Outcome(planFile, pub, true, count[0], warnings, null);
        } catch (RuntimeException e) {
            return new Outcome(planFile, null, false, 0, warnings,
                    Localized.of("demo.notStored", planFile.getFileName(), Messages.describe(e)).text());
        }
    }

    private int buildSections(Tx tx, long publicationId, Long parentId, List<SectionPlan> sections,
                              java.util.Iterator<ImportService.Parsed> parsed) {
        int n = 0;
        for (SectionPlan sp : sections) {
            Section s = tx.insertSection(new Section(0, publicationId, parentId, sp.level(), sp.title(), 0));
            for (int i = 0; i < sp.items().size(); i++) {
                List<Item> items = imports.store(tx, parsed.next(), s.id(), UnaryOperator.identity());
                n += items.size();
            }
            n += buildSections(tx, publicationId, s.id(), sp.children(), parsed);
        }
        return n;
    }

    /** Keeps the chosen articles of a file and applies the description's overrides. */
    private static ImportService.Parsed select(ImportService.Parsed p, ItemPlan ip, List<String> warnings) {
        List<ImportedItem> all = p.result().items();
        List<ImportedItem> chosen = new ArrayList<>();
        if (ip.articles().isEmpty()) {
            chosen.addAll(all);
        } else {
            for (int k : ip.articles()) {
                if (k < 1 || k > all.size()) {
                    throw new org.annalist.i18n.LocalizedException("demo.noArticle", ip.line(), ip.file().getFileName(), all.size(), k);
                }
                chosen.add(all.get(k - 1));
            }
        }
        List<ImportedItem> adjusted = new ArrayList<>();
        for (ImportedItem it : chosen) {
            String title = ip.title() != null ? ip.title() : it.title();
            var meta = ip.contributor() != null ? it.metadata().withContributor(ip.contributor()) : it.metadata();
            adjusted.add(new ImportedItem(ip.kind() != null ? ip.kind() : it.kind(), title, it.subtitle(), it.body(), meta));
        }
        if (p.result().report().hasWarnings()) {
            warnings.add(Localized.of("demo.importWarnings", ip.file().getFileName()).text());
        }
        // a comment follows its item to its new place; one whose item was not chosen goes to the first chosen
        List<ImportResult.ImportedComment> comments = new ArrayList<>();
        for (ImportResult.ImportedComment c : p.result().comments()) {
            int at = c.item() >= 0 && c.item() < all.size() ? chosen.indexOf(all.get(c.item())) : -1;
            comments.add(new ImportResult.ImportedComment(Math.max(at, 0), c.replyTo(), c.comment()));
        }
        return new ImportService.Parsed(p.source(),
                new ImportResult(adjusted, p.result().report(), p.result().mediaType(), p.result().attachments(), comments));
    }

    private static List<ItemPlan> allItems(List<SectionPlan> sections) {
        List<ItemPlan> out = new ArrayList<>();
        for (SectionPlan s : sections) {
            out.addAll(s.items());
            out.addAll(allItems(s.children()));
        }
        return out;
    }
}
