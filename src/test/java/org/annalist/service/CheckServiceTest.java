package org.annalist.service;

import org.annalist.check.CheckSettings;
import org.annalist.check.Finding;
import org.annalist.check.Rule;
import org.annalist.check.Severity;
import org.annalist.doc.Markdown;
import org.annalist.doc.Suggestions;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.Person;
import org.annalist.model.Publication;
import org.annalist.model.PublicationKind;
import org.annalist.model.Section;
import org.annalist.store.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 校对检查 on a real archive (an H2 file in a temp folder): settings and ignored places kept across sessions
 * (migration V7), the people of the publication, and a rule's fixes saved as a revision of pending suggestions.
 */
class CheckServiceTest {
    @TempDir
    Path tmp;

    private record Setup(long publicationId, long itemId) {
    }

    private Setup setup(Archive archive, String body) {
        ArchiveManagement m = new ArchiveManagement(archive, "张三");
        Publication p = m.createPublication(new ArchiveManagement.NewPublication(PublicationKind.NIANJIAN, "示范年鉴", 2024, null,
                "check-2024", new ArchiveManagement.Skeleton.None()));
        Section s = m.createSection(p.id(), null, "政治");
        Item i = m.createItem(s.id(), ItemKind.ENTRY, "政协工作");
        Item saved = new ItemEditing(archive, "张三").commit(i.withBody(body), "正文");
        return new Setup(p.id(), saved.id());
    }

    @Test
    void settingsAndIgnoredPlacesAreKept() {
        Path data = tmp.resolve("data");
        Setup s;
        Finding first;
        try (Archive archive = Archive.open(data)) {
            s = setup(archive, "2024年是新中国成立75周年,是人民政协成立75周年,是关键一年。政协的的工作。");
            CheckService checks = new CheckService(archive, "张三");
            List<Finding> found = checks.check(s.itemId(), false).findings();
            assertThat(found).extracting(f -> f.rule()).containsExactly(Rule.HALF_WIDTH_PUNCTUATION, Rule.HALF_WIDTH_PUNCTUATION,
                    Rule.REPEATED_CHARACTER);
            first = found.get(0);
            assertThat(checks.ignore(first)).isTrue();
            assertThat(checks.ignore(first)).isFalse();
            checks.saveSettings(s.publicationId(), CheckSettings.defaults().with(Rule.REPEATED_CHARACTER, false, null)
                    .with(Rule.HALF_WIDTH_PUNCTUATION, true, Severity.WARNING).withExceptions(List.of("Yahoo!")));
        }
        try (Archive archive = Archive.open(data)) {
            CheckService checks = new CheckService(archive, "李四");
            CheckSettings settings = checks.settings(s.publicationId());
            assertThat(settings.enabled(Rule.REPEATED_CHARACTER)).isFalse();
            assertThat(settings.exceptions()).containsExactly("Yahoo!");
            List<Finding> found = checks.check(s.itemId(), false).findings();
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.start()).isGreaterThan(first.start());
            });
            assertThat(checks.unignore(s.itemId(), first.place())).isTrue();
            assertThat(checks.check(s.itemId(), false).findings()).hasSize(2);
            List<org.annalist.model.AuditEntry> audit = archive.read(tx -> tx.audit("item", s.itemId()));
            assertThat(audit).extracting(e -> e.action())
                    .contains("proofcheck.ignore", "proofcheck.unignore");
        }
    }

    @Test
    void peopleOfThePublicationAndFixesAsARevision() {
        try (Archive archive = Archive.open(tmp.resolve("data"))) {
            Setup s = setup(archive, "南京市政协主席王立平出席,副主席王立萍讲话。\n\n湿度5~95%。\n");
            archive.inTransaction(tx -> tx.savePerson(new Person(0, "王立平", List.of("王力平"), "wang2 li4 ping2")));
            archive.inTransaction(tx -> tx.savePerson(new Person(0, "赵六", List.of(), "zhao4 liu4")));
            CheckService checks = new CheckService(archive, "李四");
            assertThat(checks.context(s.publicationId(), false).people()).extracting(n -> n.name()).containsExactly("王立平");
            assertThat(checks.check(s.itemId(), false).findings()).extracting(f -> f.rule().id())
                    .contains("person-name", "half-width", "range");

            int before = checks.check(s.itemId(), false).item().revision();
            CheckService.Outcome o = checks.fix(s.itemId(), Rule.HALF_WIDTH_PUNCTUATION);
            assertThat(o.fixed()).isEqualTo(1);
            assertThat(o.item().revision()).isEqualTo(before + 1);
            var doc = Markdown.parseBody(o.item().body());
            assertThat(Suggestions.list(doc)).extracting(Suggestions.Suggestion::author).containsOnly("李四");
            List<org.annalist.model.Revision> revisions = archive.read(tx -> tx.revisions(s.itemId()));
            assertThat(revisions).last()
                    .satisfies(r -> assertThat(r.note()).contains("半角标点").contains("1 处"));
            // pending suggestions are not fixed twice; the other rules still find their own
            assertThat(checks.fix(s.itemId(), Rule.HALF_WIDTH_PUNCTUATION).fixed()).isZero();
            assertThat(checks.fix(s.itemId(), Rule.RANGE).fixed()).isEqualTo(1);
            assertThat(Markdown.write(Suggestions.acceptAll(Markdown.parseBody(checks.check(s.itemId(), false).item().body()))))
                    .isEqualTo("南京市政协主席王立平出席，副主席王立萍讲话。\n\n湿度5%～95%。\n");
        }
    }
}
