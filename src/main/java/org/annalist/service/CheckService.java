package org.annalist.service;

import org.annalist.check.CheckContext;
import org.annalist.check.CheckSettings;
import org.annalist.check.Checker;
import org.annalist.check.Finding;
import org.annalist.check.Rule;
import org.annalist.check.SuggestedFixes;
import org.annalist.i18n.LocalizedException;
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

    private final Archive archive;
    private final String actor;
    private final ItemEditing editing;

    CheckService(Archive archive, String actor) {
        this.archive = archive;
        this.actor = actor;
        this.editing = new ItemEditing(archive, actor);
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
        Item saved = editing.commit(item.withBody(applied.markdown()),
                "校对检查：" + rule.label() + "（" + applied.applied() + " 处，待审）");
        return new Outcome(saved, applied.applied());
    }

    private Long publicationOf(Item item) {
        if (item.sectionId() == null) return null;
        return archive.read(tx -> tx.section(item.sectionId()).map(s -> s.publicationId()).orElse(null));
    }

    private Item item(long itemId) {
        return archive.read(tx -> tx.item(itemId)).orElseThrow(() -> new LocalizedException("review.noItem", itemId));
    }
}
