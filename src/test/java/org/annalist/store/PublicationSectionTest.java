package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Publication;
import org.annalist.model.PublicationKind;
import org.annalist.model.Section;
import org.annalist.model.SectionLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationSectionTest {
    @TempDir
    Path dir;
    Archive archive;
    long pub;

    @BeforeEach
    void open() {
        archive = org.annalist.testing.TestStores.open(dir);
        pub = archive.inTransaction(tx -> tx.insertPublication(
                new Publication(0, PublicationKind.NIANJIAN, "常德年鉴", 2022, null, "总第二十卷", "CD2022"))).id();
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private Section add(Long parent, SectionLevel level, String title, int ord) {
        return archive.inTransaction(tx -> tx.insertSection(new Section(0, pub, parent, level, title, ord)));
    }

    private List<String> titles() {
        return archive.read(tx -> tx.sections(pub)).stream().map(Section::title).toList();
    }

    @Test
    void publicationsRoundTrip() {
        Publication wenshi = archive.inTransaction(tx -> tx.insertPublication(
                new Publication(0, PublicationKind.WENSHI, "乌当文史", null, 3, "抗战专辑", null)));
        assertThat(wenshi.id()).isPositive();
        Optional<Publication> byId = archive.read(tx -> tx.publication(wenshi.id()));
        assertThat(byId).contains(wenshi);
        Optional<Publication> byCode = archive.read(tx -> tx.publicationByCode("CD2022"));
        assertThat(byCode).hasValueSatisfying(p -> {
            assertThat(p.id()).isEqualTo(pub);
            assertThat(p.year()).isEqualTo(2022);
            assertThat(p.subtitle()).isEqualTo("总第二十卷");
            assertThat(p.volumeNumber()).isNull();
        });
        assertThat(archive.read(Tx::publications)).hasSize(2).contains(wenshi);
        Optional<Publication> none = archive.read(tx -> tx.publicationByCode("无"));
        assertThat(none).isEmpty();
    }

    @Test
    void sectionsComeBackInTreeOrder() {
        Section shiZheng = add(null, SectionLevel.CATEGORY, "市政", 0);
        Section daShi = add(null, SectionLevel.CATEGORY, "大事记", 1);     // put before 市政
        Section gaiKuang = add(null, SectionLevel.CATEGORY, "概况", 0);
        Section renDa = add(shiZheng.id(), SectionLevel.SUBCATEGORY, "人大", 0);
        Section zhengFu = add(shiZheng.id(), SectionLevel.SUBCATEGORY, "政府", 0);
        add(renDa.id(), SectionLevel.SUBSUBCATEGORY, "立法", 0);
        add(shiZheng.id(), SectionLevel.SUBCATEGORY, "政协", 2);          // between 人大 and 政府

        assertThat(titles()).containsExactly("大事记", "市政", "人大", "立法", "政协", "政府", "概况");
        Optional<Section> stored = archive.read(tx -> tx.section(zhengFu.id()));
        assertThat(stored).hasValueSatisfying(s -> {
            assertThat(s.parentId()).isEqualTo(shiZheng.id());
            assertThat(s.level()).isEqualTo(SectionLevel.SUBCATEGORY);
            assertThat(s.ord()).isEqualTo(3);
            assertThat(s.publicationId()).isEqualTo(pub);
        });
        assertThat(daShi.ord()).isEqualTo(1);
        assertThat(gaiKuang.ord()).isEqualTo(3);
    }

    @Test
    void movingSectionsRenumbersBothSiblingLists() {
        Section a = add(null, SectionLevel.CATEGORY, "甲", 0);
        Section b = add(null, SectionLevel.CATEGORY, "乙", 0);
        Section c = add(null, SectionLevel.CATEGORY, "丙", 0);
        Section a1 = add(a.id(), SectionLevel.SUBCATEGORY, "甲一", 0);

        archive.inTransaction(tx -> { tx.moveSection(c.id(), null, 1); return null; });
        assertThat(titles()).containsExactly("丙", "甲", "甲一", "乙");

        archive.inTransaction(tx -> { tx.moveSection(b.id(), a.id(), 1); return null; });
        assertThat(titles()).containsExactly("丙", "甲", "乙", "甲一");
        List<Section> all = archive.read(tx -> tx.sections(pub));
        assertThat(all).extracting(Section::ord).containsExactly(1, 2, 1, 2);

        archive.inTransaction(tx -> { tx.moveSection(a1.id(), null, 0); return null; });
        assertThat(titles()).containsExactly("丙", "甲", "乙", "甲一");
        assertThat(archive.read(tx -> tx.section(a1.id())).orElseThrow().parentId()).isNull();
        assertThat(archive.read(tx -> tx.audit(1)).get(0).action()).isEqualTo("section.move");
    }

    @Test
    void aSectionCannotMoveUnderItselfOrAnotherPublication() {
        Section a = add(null, SectionLevel.CATEGORY, "甲", 0);
        Section a1 = add(a.id(), SectionLevel.SUBCATEGORY, "甲一", 0);
        assertThatThrownBy(() -> archive.inTransaction(tx -> { tx.moveSection(a.id(), a1.id(), 1); return null; }))
                .isInstanceOf(StoreException.class).hasMessageContaining("下级栏目");
        long other = archive.inTransaction(tx -> tx.insertPublication(
                new Publication(0, PublicationKind.WENSHI, "乌当文史", null, 1, null, null))).id();
        assertThatThrownBy(() -> archive.inTransaction(tx -> tx.insertSection(
                new Section(0, other, a.id(), SectionLevel.COLUMN, "口述历史", 0))))
                .isInstanceOf(StoreException.class).hasMessageContaining("另一部出版物");
    }
}
