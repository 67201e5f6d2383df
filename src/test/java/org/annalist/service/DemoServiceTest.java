package org.annalist.service;

import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.PublicationKind;
import org.annalist.model.SectionLevel;
import org.annalist.service.ArchiveTree.PublicationNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo archive is built from archive/*.yaml and the five seeds, on a real H2 file. */
class DemoServiceTest {

    @TempDir
    Path tmp;

    @Test
    void demoBuildsBothPublicationsWithAllFiveSeeds() {
        try (AnnalistSession s = AnnalistSession.open(tmp.resolve("data"), false, "测试")) {
            List<DemoService.Outcome> outcomes = s.demo().buildAll(TestFiles.archiveDir());
            assertThat(outcomes).allMatch(DemoService.Outcome::ok);
            assertThat(outcomes).allMatch(DemoService.Outcome::created);

            ArchiveTree tree = s.queries().tree();
            assertThat(tree.publications()).hasSize(2);
            PublicationNode nj = s.queries().publication("demo-nianjian-2022").orElseThrow();
            assertThat(nj.publication().kind()).isEqualTo(PublicationKind.NIANJIAN);
            assertThat(nj.publication().year()).isEqualTo(2022);
            assertThat(nj.sections()).extracting(n -> n.section().title()).containsExactly("专文", "政治");
            assertThat(nj.sections().get(0).section().level()).isEqualTo(SectionLevel.CATEGORY);
            var zhengzhi = nj.sections().get(1);
            assertThat(zhengzhi.children()).extracting(n -> n.section().title()).containsExactly("人民政协", "政协工作要点");
            assertThat(zhengzhi.children().get(0).section().level()).isEqualTo(SectionLevel.SUBCATEGORY);

            Item changde = nj.sections().get(0).items().get(0);
            assertThat(changde.title()).isEqualTo("常德市政协工作报告（节选）");
            assertThat(changde.metadata().contributor()).isEqualTo("常德市政协办公室");
            assertThat(changde.body()).contains("2022年工作建议").doesNotContain("·33·");

            List<Item> zhengxie = zhengzhi.children().get(0).items();
            assertThat(zhengxie).extracting(Item::title)
                    .containsExactly("用实干实绩书写新时代履职答卷", "坚持“12345”工作思路 凝心聚力助推南江经济社会高质量发展");
            assertThat(zhengxie.get(0).subtitle()).isEqualTo("乌当区政协2022年工作综述");
            assertThat(zhengxie.get(1).metadata().credits().get(0).name()).isEqualTo("吴开财");
            assertThat(zhengxie.get(1).metadata().contributor()).isEqualTo("南江县政协");
            assertThat(zhengzhi.children().get(1).items()).extracting(Item::title).containsExactly("县政协2020年工作要点");

            PublicationNode ws = s.queries().publication("demo-wenshi-1").orElseThrow();
            assertThat(ws.publication().kind()).isEqualTo(PublicationKind.WENSHI);
            assertThat(ws.publication().volumeNumber()).isEqualTo(1);
            List<Item> articles = ws.sections().get(0).items();
            assertThat(articles).hasSize(7);
            assertThat(articles).allMatch(i -> i.kind() == ItemKind.ARTICLE);
            assertThat(articles.get(0).title()).isEqualTo("把准市县政协性质定位");
            assertThat(articles.get(0).subtitle()).isEqualTo("发挥好“重要阵地、重要平台、重要渠道”作用");
            assertThat(articles.get(0).metadata().credits().get(0).affiliation()).isEqualTo("南京市政协主席");

            assertThat(nj.itemCount() + ws.itemCount()).isEqualTo(11);
            assertThat(tree.inbox()).isEmpty();
        }
    }

    @Test
    void runningDemoTwiceChangesNothing() {
        Path data = tmp.resolve("data");
        try (AnnalistSession s = AnnalistSession.open(data, false, "测试")) {
            s.demo().buildAll(TestFiles.archiveDir());
        }
        try (AnnalistSession s = AnnalistSession.open(data, false, "测试")) {
            List<DemoService.Outcome> again = s.demo().buildAll(TestFiles.archiveDir());
            assertThat(again).allMatch(o -> o.ok() && !o.created());
            assertThat(s.queries().tree().publications()).hasSize(2);
            assertThat(s.queries().publication("demo-wenshi-1").orElseThrow().itemCount()).isEqualTo(7);
        }
    }

    @Test
    void aDescriptionWithAMissingFileWritesNothingAndNamesTheLine() throws Exception {
        Path dir = tmp.resolve("plans");
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(TestFiles.seed("work-points-county-cppcc-2020.txt"), dir.resolve("seeds/a.txt"));
        Files.writeString(dir.resolve("bad.yaml"), """
                code: bad-1
                kind: 年鉴
                title: 有错的年鉴
                year: 2023
                sections:
                  - 类目: 政治
                    items:
                      - file: seeds/a.txt
                      - file: seeds/没有这个文件.txt
                """);
        try (AnnalistSession s = AnnalistSession.open(tmp.resolve("data"), false, "测试")) {
            DemoService.Outcome o = s.demo().build(dir.resolve("bad.yaml"));
            assertThat(o.ok()).isFalse();
            assertThat(o.error()).contains("bad.yaml").contains("第9行").contains("没有这个文件.txt");
            assertThat(s.queries().tree().publications()).isEmpty();
            assertThat(s.queries().tree().inbox()).isEmpty();
        }
    }

    @Test
    void unknownFieldIsNamedWithItsLine() throws Exception {
        Path f = tmp.resolve("typo.yaml");
        Files.writeString(f, "code: x\nkind: 文史\ntitel: 错字\nvolume: 2\n");
        try (AnnalistSession s = AnnalistSession.open(tmp.resolve("data"), false, "测试")) {
            DemoService.Outcome o = s.demo().build(f);
            assertThat(o.error()).contains("typo.yaml").contains("第3行").contains("titel");
        }
    }

    @Test
    void markdownExportHasTheBookStructure() {
        try (AnnalistSession s = AnnalistSession.open(tmp.resolve("data"), false, "测试")) {
            s.demo().buildAll(TestFiles.archiveDir());
            String md = BookAssembler.markdown(s.queries().publication("demo-nianjian-2022").orElseThrow());
            assertThat(md).startsWith("% 示范年鉴 2022\n");
            assertThat(md).contains("\n# 专文\n").contains("\n# 政治\n").contains("\n## 人民政协\n")
                    .contains("\n[用实干实绩书写新时代履职答卷]{.title level=\"3\"}\n")
                    .contains("\n[——乌当区政协2022年工作综述]{.subtitle}\n");
            // the article's own level-1 headings sit below the article title
            assertThat(md).contains("\n#### 一、坚持党的领导,筑牢共同思想政治基础\n");
            assertThat(md.indexOf("# 专文")).isLessThan(md.indexOf("# 政治"));
        }
    }
}
