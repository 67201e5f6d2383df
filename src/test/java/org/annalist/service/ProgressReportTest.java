package org.annalist.service;

import org.annalist.model.Item;
import org.annalist.model.ItemStatus;
import org.annalist.model.Section;
import org.annalist.model.SectionLevel;
import org.annalist.store.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress report counts states per 类目 and 供稿单位, and finds overdue items by their own or a section's date. */
class ProgressReportTest {
    @TempDir
    Path dir;

    @Test
    void countsAndOverdueItems() {
        try (Archive archive = Archive.open(dir)) {
            ReviewFixture f = new ReviewFixture(archive, "示范县年鉴");
            Section sub = archive.inTransaction(tx -> tx.insertSection(new Section(0, f.publicationId, f.sectionId,
                    SectionLevel.SUBCATEGORY, "工业", 0)));
            Item received = f.itemAt("收稿");
            Item first = f.itemAt("初审");
            Item done = f.itemAt("定稿");
            // a later item in the sub-section: its 类目 is still 经济, and the 类目's date applies to it
            Item late = archive.inTransaction(tx -> tx.insertItem(Item.draft(org.annalist.model.ItemKind.ARTICLE, "工业概况", null,
                    "正文", new org.annalist.model.ItemMetadata("示范县工信局", java.util.List.of(), null, null, java.util.List.of(), null, null))
                    .inSection(sub.id(), 0), "收稿人", null));
            archive.inTransaction(tx -> {
                tx.actAs("丙");
                tx.setSectionDue(f.sectionId, LocalDate.of(2024, 3, 1));
                tx.setItemDue(first.id(), LocalDate.of(2024, 5, 1));
                tx.setItemDue(done.id(), LocalDate.of(2024, 1, 1)); // decided items are never overdue
                return null;
            });
            ProgressReport r = ProgressReport.of(archive, "示范县年鉴", LocalDate.of(2024, 4, 1));
            assertThat(r.total()).isEqualTo(4);
            assertThat(r.count(ItemStatus.RECEIVED)).isEqualTo(2);
            assertThat(r.count(ItemStatus.FIRST_REVIEW)).isEqualTo(1);
            assertThat(r.count(ItemStatus.FINALISED)).isEqualTo(1);
            assertThat(r.byCategory()).singleElement().satisfies(row -> {
                assertThat(row.name()).isEqualTo("经济");
                assertThat(row.total()).isEqualTo(4);
            });
            assertThat(r.byUnit()).extracting(ProgressReport.Row::name).containsExactlyInAnyOrder("示范县统计局", "示范县工信局");
            assertThat(r.overdue()).extracting(ProgressReport.Overdue::itemId).containsExactlyInAnyOrder(received.id(), late.id());
            assertThat(r.overdue()).allSatisfy(o -> {
                assertThat(o.daysLate()).isEqualTo(31);
                assertThat(o.dueFrom()).isEqualTo("经济");
            });
            assertThat(ProgressReport.of(archive, "示范县年鉴", LocalDate.of(2024, 5, 2)).overdue())
                    .filteredOn(o -> o.itemId() == first.id()).singleElement()
                    .satisfies(o -> assertThat(o.dueFrom()).isNull());
        }
    }
}
