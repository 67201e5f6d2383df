package org.annalist.service;

import org.annalist.check.CheckContext;
import org.annalist.check.CheckSettings;
import org.annalist.check.Checker;
import org.annalist.check.Finding;
import org.annalist.check.Rule;
import org.annalist.check.SuggestedFixes;
import org.annalist.i18n.LocalizedException;
import org.annalist.i18n.Texts;
import org.annalist.model.Item;
import org.annalist.model.Person;
import org.annalist.model.Publication;
import org.annalist.store.Archive;
import org.annalist.store.Tx;
import org.annalist.typeset.font.FontBook;
import org.annalist.typeset.font.FontChain;
import org.annalist.typeset.font.FontRole;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 校对检查 on the archive: the findings of an item or a whole publication under the publication's settings, with
 * the people of the publication (for the 人名 rule) and its template's fonts (for 缺字); ignoring a finding's place;
 * and accepting the fixes of one rule as pending suggestions of the user, saved as a revision like any edit.
 * The editor checks its own text off the JavaFX thread with {@link #context} and {@link Checker} directly.
 */
public final class CheckService {

    /** The findings of one item. */
    public record ItemFindings(Item item, List<Finding> findings) {
    }

    /** What {@link #fix} did: the item as saved (unchanged when nothing was fixed) and how many fixes went in. */
    public record Outcome(Item item, int fixed) {
    }

    /**
     * One change accepting a finding would make, as the preview shows it: the words before it, the text taken out,
     * the text put in, the words after it (line ends shown as ⏎).
     */
    public record Change(Finding finding, String left, String old, String neu, String right) {
    }

    /** Findings counted for a scope: by severity and by rule (rules in their order), and over how many items. */
    public record Summary(int items, int itemsWithFindings, int total, int fixable,
                         java.util.Map<org.annalist.check.Severity, Integer> bySeverity, java.util.Map<Rule, Integer> byRule) {
        public static Summary of(List<ItemFindings> results) {
            java.util.Map<org.annalist.check.Severity, Integer> sev = new java.util.EnumMap<>(org.annalist.check.Severity.class);
            java.util.Map<Rule, Integer> rules = new java.util.EnumMap<>(Rule.class);
            int with = 0, total = 0, fixable = 0;
            for (ItemFindings r : results) {
                if (!r.findings().isEmpty()) with++;
                for (Finding f : r.findings()) {
                    total++;
                    if (f.hasFix()) fixable++;
                    sev.merge(f.severity(), 1, Integer::sum);
                    rules.merge(f.rule(), 1, Integer::sum);
                }
            }
            return new Summary(results.size(), with, total, fixable, java.util.Collections.unmodifiableMap(sev),
                    java.util.Collections.unmodifiableMap(rules));
        }
    }

    /** Told how far a check of many items is: {@code done} of {@code total} items. */
    @FunctionalInterface
    public interface Progress {
        void checked(int done, int total);
    }

    private final Archive archive;
    private final String actor;

    CheckService(Archive archive, String actor) {
        this.archive = archive;
        this.actor = actor;
    }

    /** The publication's settings: the saved ones (lines that cannot be read are skipped), else the defaults. */
    public CheckSettings settings(long publicationId) {
        return archive.read(tx -> settings(tx, publicationId));
    }

    private static CheckSettings settings(Tx tx, Long publicationId) {
        if (publicationId == null) return CheckSettings.defaults();
        return tx.checkSettings(publicationId).map(t -> CheckSettings.parse(t, new ArrayList<>())).orElse(CheckSettings.defaults());
    }

    public void saveSettings(long publicationId, CheckSettings settings) {
        archive.inTransaction(tx -> {
            tx.putCheckSettings(publicationId, settings.toText());
            return null;
        });
    }

    /**
     * What the checks of the publication's items need ({@code publicationId} null: the 收稿箱, default settings):
     * its settings, the people whose names (or aliases) occur in it, and with {@code fonts} the coverage of its
     * default template's fonts (loading them takes a moment). Keep it while the publication is being edited.
     */
    public CheckContext context(Long publicationId, boolean fonts) {
        CheckContext ctx = archive.read(tx -> {
            CheckSettings settings = settings(tx, publicationId);
            List<CheckContext.Name> people = settings.enabled(Rule.PERSON_NAME) ? people(tx, publicationId) : List.of();
            return new CheckContext(settings, people, null, Set.of());
        });
        if (fonts && ctx.settings().enabled(Rule.MISSING_GLYPH)) ctx = ctx.withCoverage(coverage(publicationId));
        return ctx;
    }

    /** The people of the list whose name or an alias occurs in the publication's items (all of them for the 收稿箱). */
    private static List<CheckContext.Name> people(Tx tx, Long publicationId) {
        List<Person> all = tx.persons();
        if (all.isEmpty()) return List.of();
        List<CheckContext.Name> out = new ArrayList<>();
        if (publicationId == null) {
            for (Person p : all) out.add(new CheckContext.Name(p.name(), p.aliases()));
            return out;
        }
        StringBuilder text = new StringBuilder();
        for (Item i : tx.itemsOfPublication(publicationId)) text.append(i.title()).append('\n').append(i.body()).append('\n');
        String t = text.toString();
        for (Person p : all) {
            boolean occurs = t.contains(p.name());
            for (String a : p.aliases()) occurs |= !a.isBlank() && t.contains(a);
            if (occurs) out.add(new CheckContext.Name(p.name(), p.aliases()));
        }
        return out;
    }

    private CheckContext.GlyphCoverage coverage(Long publicationId) {
        String template = archive.read(tx -> publicationId == null ? Optional.<Publication>empty() : tx.publication(publicationId))
                .map(p -> TypesetService.defaultTemplate(p.kind())).orElse(TypesetService.defaultTemplate(org.annalist.model.PublicationKind.NIANJIAN));
        try {
            FontBook book = TypesetService.fonts(TypesetService.template(template),
                    new TypesetService.Options(template, false, false, false, null, null));
            FontChain body = book.chain(FontRole.SONG);
            FontChain heading = book.chain(FontRole.HEI);
            return (cp, isHeading) -> (isHeading ? heading : body).covers(cp);
        } catch (TypesetService.TypesetException e) {
            throw new LocalizedException(e.localized(), e);
        }
    }

    /**
     * What the editor needs to check the item's own text as it is typed: its publication's context (settings,
     * people, the template's fonts when {@code fonts}) with the places ignored in the item.
     */
    public CheckContext contextOfItem(long itemId, boolean fonts) {
        Item item = item(itemId);
        return context(publicationOf(item), fonts).withIgnored(ignored(itemId));
    }

    /** The findings of one item under its publication's context, leaving out the places ignored in it. */
    public ItemFindings check(long itemId, boolean fonts) {
        Item item = item(itemId);
        Long pub = publicationOf(item);
        return check(item, context(pub, fonts));
    }

    /** The findings of an item under {@code context} (of its publication), leaving out the places ignored in it. */
    public ItemFindings check(Item item, CheckContext context) {
        return new ItemFindings(item, Checker.check(item.id(), item.body(), context.withIgnored(ignored(item.id()))));
    }

    /** The findings of every item of the publication, in the order of its section tree. */
    public List<ItemFindings> checkPublication(long publicationId, boolean fonts) {
        CheckContext ctx = context(publicationId, fonts);
        List<Item> items = archive.read(tx -> tx.itemsOfPublication(publicationId));
        List<ItemFindings> out = new ArrayList<>();
        for (Item i : items) out.add(check(i, ctx));
        return out;
    }

    /** The places ignored in the item: the editor passes them with {@link CheckContext#withIgnored} when it checks its own text. */
    public Set<String> ignored(long itemId) {
        return archive.read(tx -> tx.ignoredFindings(itemId));
    }

    /** Remembers the finding's place as ignored: it is not reported again there. */
    public boolean ignore(Finding finding) {
        return archive.inTransaction(tx -> tx.ignoreFinding(finding.itemId(), finding.place()));
    }

    public boolean unignore(long itemId, String place) {
        return archive.inTransaction(tx -> tx.unignoreFinding(itemId, place));
    }

    /**
     * Accepts every fix of {@code rule} in the item: each is written as a pending suggestion of the user (a deletion
     * and an insertion), and the text is saved as a new revision through {@link ItemEditing}, so the changes pass
     * through review like any other.
     */
    public Outcome fix(long itemId, Rule rule) {
        Item item = item(itemId);
        CheckContext ctx = context(publicationOf(item), false);
        ctx = ctx.withSettings(ctx.settings().only(rule));
        List<Finding> findings = check(item, ctx).findings();
        SuggestedFixes.Applied applied = SuggestedFixes.apply(item.body(), findings, actor, Instant.now());
        if (applied.applied() == 0) return new Outcome(item, 0);
        Item edited = item.withBody(applied.markdown());
        try {
            org.annalist.doc.Markdown.parse(edited.body());
        } catch (RuntimeException e) {
            throw new LocalizedException(org.annalist.i18n.Localized.of("edit.unparsable", item.title(),
                    org.annalist.i18n.Localized.reason(e)), e);
        }
        String note = "校对检查：" + rule.label() + "（" + applied.applied() + " 处，待审）";
        // the revision and the record of what was accepted (a proof round's 差错率 may be counted from it) together
        Item saved = archive.inTransaction(tx -> {
            tx.actAs(actor);
            Item s = tx.saveItem(edited, actor, note);
            tx.deleteDraft(edited.id(), actor, false);
            for (Finding f : applied(item.body(), findings)) tx.checkFindingAccepted(itemId, rule.id(), f.place());
            return s;
        });
        return new Outcome(saved, applied.applied());
    }

    /**
     * The findings of the items of a publication, or of one of its sections (类目/分目, with the sections under it)
     * when {@code sectionId} is given, in the order of the section tree; {@code progress} hears after each item.
     */
    public List<ItemFindings> checkScope(long publicationId, Long sectionId, boolean fonts, Progress progress) {
        CheckContext ctx = context(publicationId, fonts);
        List<Item> items = archive.read(tx -> {
            List<Item> all = tx.itemsOfPublication(publicationId);
            if (sectionId == null) return all;
            Set<Long> under = new java.util.HashSet<>();
            under.add(sectionId);
            List<org.annalist.model.Section> sections = tx.sections(publicationId);
            boolean grew = true;
            while (grew) {
                grew = false;
                for (org.annalist.model.Section sec : sections) {
                    if (sec.parentId() != null && under.contains(sec.parentId()) && under.add(sec.id())) grew = true;
                }
            }
            return all.stream().filter(i -> i.sectionId() != null && under.contains(i.sectionId())).toList();
        });
        List<ItemFindings> out = new ArrayList<>();
        for (Item i : items) {
            out.add(check(i, ctx));
            if (progress != null) progress.checked(out.size(), items.size());
        }
        return out;
    }

    /**
     * What accepting every fix of {@code rule} in the item would change, one {@link Change} per finding with a fix,
     * each with up to {@code around} characters of the text on either side.
     */
    public List<Change> preview(long itemId, Rule rule, int around) {
        Item item = item(itemId);
        CheckContext ctx = context(publicationOf(item), false);
        ctx = ctx.withSettings(ctx.settings().only(rule));
        String body = item.body();
        List<Change> out = new ArrayList<>();
        for (Finding f : check(item, ctx).findings()) {
            if (!f.hasFix()) continue;
            out.add(new Change(f, shown(body.substring(Math.max(0, f.start() - around), f.start())), shown(f.text()),
                    shown(f.replacement()), shown(body.substring(f.end(), Math.min(body.length(), f.end() + around)))));
        }
        return out;
    }

    private static String shown(String s) {
        return s.replace("\n", "⏎");
    }

    /**
     * Accepts the findings of the item at {@code places} (see {@link Finding#place}): the item is checked again as it
     * is stored, and the fixes of the findings found at those places are written as pending suggestions of the user
     * and saved as one revision, in one transaction with the record of what was accepted (for a proof round's
     * 差错率). Places no longer found (the text changed) are left out; the outcome says how many went in.
     */
    public Outcome accept(long itemId, java.util.Collection<String> places) {
        Item item = item(itemId);
        CheckContext ctx = context(publicationOf(item), false);
        Set<String> wanted = Set.copyOf(places);
        List<Finding> chosen = check(item, ctx).findings().stream().filter(f -> f.hasFix() && wanted.contains(f.place())).toList();
        if (chosen.isEmpty()) return new Outcome(item, 0);
        SuggestedFixes.Applied applied = SuggestedFixes.apply(item.body(), chosen, actor, Instant.now());
        if (applied.applied() == 0) return new Outcome(item, 0);
        try {
            org.annalist.doc.Markdown.parse(applied.markdown());
        } catch (RuntimeException e) {
            throw new LocalizedException(org.annalist.i18n.Localized.of("edit.unparsable", item.title(),
                    org.annalist.i18n.Localized.reason(e)), e);
        }
        String note = Texts.get("check.accept.note", chosen.size() == 1 ? chosen.get(0).rule().label()
                : String.join("、", chosen.stream().map(f -> f.rule().label()).distinct().toList()), applied.applied());
        Item saved = archive.inTransaction(tx -> {
            tx.actAs(actor);
            Item current = tx.item(itemId).orElseThrow(() -> new LocalizedException("review.noItem", itemId));
            if (current.revision() != item.revision()) throw new LocalizedException("check.accept.changed", item.title());
            Item s = tx.saveItem(item.withBody(applied.markdown()), actor, note);
            for (Finding f : applied(item.body(), chosen)) tx.checkFindingAccepted(itemId, f.rule().id(), f.place());
            return s;
        });
        return new Outcome(saved, applied.applied());
    }

    /** Accepts every fix of {@code rule} in the item, as {@link #accept} does. */
    public Outcome acceptRule(long itemId, Rule rule) {
        return accept(itemId, preview(itemId, rule, 0).stream().map(c -> c.finding().place()).toList());
    }

    /** The findings {@link SuggestedFixes#apply} takes in: those with a fix, in order, not overlapping an earlier one. */
    private static List<Finding> applied(String markdown, List<Finding> findings) {
        List<Finding> fixes = new ArrayList<>(findings.stream().filter(Finding::hasFix).toList());
        fixes.sort(java.util.Comparator.comparingInt(Finding::start));
        List<Finding> out = new ArrayList<>();
        int at = 0;
        for (Finding f : fixes) {
            if (f.start() < at || !markdown.startsWith(f.text(), f.start())) continue;
            out.add(f);
            at = f.end();
        }
        return out;
    }

    private Long publicationOf(Item item) {
        if (item.sectionId() == null) return null;
        return archive.read(tx -> tx.section(item.sectionId()).map(s -> s.publicationId()).orElse(null));
    }

    private Item item(long itemId) {
        return archive.read(tx -> tx.item(itemId)).orElseThrow(() -> new LocalizedException("review.noItem", itemId));
    }
}
