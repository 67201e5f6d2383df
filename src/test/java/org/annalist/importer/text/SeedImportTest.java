package org.annalist.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.annalist.doc.Block;
import org.annalist.model.ImportReport;
import org.annalist.importer.ImportResult;
import org.annalist.importer.ImportedItem;
import org.annalist.model.Credit;
import org.annalist.model.ItemKind;
import org.annalist.model.Role;
import org.junit.jupiter.api.Test;

/** The five real seed texts, end to end. */
class SeedImportTest {

    private final TextImporter importer = new TextImporter();

    private ImportResult read(String name) throws Exception {
        return importer.read(Seeds.source(name));
    }

    private static List<String> removedTexts(ImportReport r) {
        return r.entries(ImportReport.Kind.REMOVED).stream().map(ImportReport.Entry::text).toList();
    }

    @Test
    void workPointsHaveFiveSectionsWithFifteenNumberedParagraphs() throws Exception {
        ImportResult r = read("work-points-county-cppcc-2020.txt");
        assertThat(r.items()).hasSize(1);
        ImportedItem item = r.items().get(0);
        assertThat(item.title()).isEqualTo("县政协2020年工作要点");
        assertThat(item.subtitle()).isNull();
        assertThat(item.kind()).isEqualTo(ItemKind.ARTICLE);

        List<Block> blocks = item.body().blocks();
        assertThat(blocks.get(0)).isInstanceOf(Block.Paragraph.class);
        assertThat(Blocks.text(blocks.get(0))).startsWith("2020年是具有里程碑意义的一年,是全面建成小康社会和\"十三五\"");

        // Walk the body: count level-3 numbered paragraphs under each level-1 heading.
        List<Integer> perSection = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (Block b : blocks.subList(1, blocks.size())) {
            if (b instanceof Block.Heading h) {
                assertThat(h.level()).isEqualTo(1);
                perSection.add(0);
            } else {
                String t = Blocks.text(b);
                assertThat(Outline.levelOf(t)).as(t).isEqualTo(3);
                perSection.set(perSection.size() - 1, perSection.get(perSection.size() - 1) + 1);
                numbers.add(Integer.parseInt(t.substring(0, t.indexOf('.'))));
            }
        }
        assertThat(perSection).containsExactly(3, 4, 3, 2, 3);
        assertThat(numbers).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        assertThat(Blocks.headings(item.body())).extracting(Blocks::text)
                .allMatch(t -> t.matches("^[一二三四五]、.*"));
        assertThat(Blocks.text(Blocks.headings(item.body()).get(0))).isEqualTo("一、坚持党的领导,筑牢共同思想政治基础");

        assertThat(r.report().entries(ImportReport.Kind.REMOVED))
                .anySatisfy(e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.text()).isEqualTo("(2800字)");
                })
                .anySatisfy(e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.message()).contains("重复");
                });
        assertThat(r.report().toText()).contains("一级标题 5 个，三级编号段落 15 个");
    }

    @Test
    void jiangsuPageSplitsIntoSevenArticles() throws Exception {
        ImportResult r = read("special-edition-jiangsu-cppcc-2022.txt");
        assertThat(r.items()).hasSize(7);
        assertThat(r.items()).extracting(i -> i.metadata().credits().get(0).name())
                .containsExactly("王立平", "陈红红", "卢佩民", "裴承前", "吴以广", "卞东方", "蒋树建");
        assertThat(r.items()).extracting(ImportedItem::title).containsExactly(
                "把准市县政协性质定位", "巩固破解“两个薄弱”问题成果", "聚焦主责主业  围绕界别发力",
                "深化委员读书活动  厚植政协履职根基", "立足矛盾化解  注重守正创新", "抓好委员队伍建设  提升政协履职质效",
                "探索“有事好商量+”新模式");
        assertThat(r.items()).extracting(ImportedItem::subtitle).containsExactly(
                "发挥好“重要阵地、重要平台、重要渠道”作用", "推动基层政协工作强基提质增效", null, null,
                "以基层微协商助推社会大治理", null, "激发基层社会治理新动能");

        ImportedItem first = r.items().get(0);
        assertThat(first.metadata().credits()).containsExactly(new Credit("王立平", Role.AUTHOR, "南京市政协主席"));
        assertThat(r.items().get(3).metadata().credits().get(0).affiliation()).isEqualTo("宿迁市政协副主席");
        assertThat(first.metadata().collectedOn()).isEqualTo(LocalDate.of(2022, 5, 31));
        // Body: intro + three run-in numbered paragraphs (long, so paragraphs, not headings).
        assertThat(first.body().blocks()).hasSize(4).allMatch(b -> b instanceof Block.Paragraph);
        assertThat(Blocks.text(first.body().blocks().get(0))).startsWith("南京市政协把准政协性质定位");
        assertThat(Outline.levelOf(Blocks.text(first.body().blocks().get(1)))).isEqualTo(1);
        assertThat(Blocks.text(first.body().blocks().get(1))).startsWith("一、发挥“重要阵地”作用,在");
        // No article swallows the next one's head.
        for (ImportedItem it : r.items()) {
            assertThat(Blocks.all(it.body())).doesNotContain("政协主席  ").doesNotContain("当前位置").doesNotContain("发布日期");
        }
        assertThat(Blocks.all(r.items().get(6).body())).contains("三、坚持务实管用");

        ImportReport rep = r.report();
        assertThat(rep.entries(ImportReport.Kind.REMOVED)).extracting(ImportReport.Entry::line).contains(1, 2, 3);
        assertThat(rep.entries(ImportReport.Kind.DETECTED))
                .anySatisfy(e -> assertThat(e.message()).contains("7 篇"))
                .anySatisfy(e -> {
                    assertThat(e.message()).isEqualTo("发布日期");
                    assertThat(e.text()).isEqualTo("2022-05-31");
                });
    }

    @Test
    void nanjiangWebArticleLosesItsFurniture() throws Exception {
        ImportResult r = read("web-article-nanjiang-cppcc-2024.txt");
        assertThat(r.items()).hasSize(1);
        ImportedItem item = r.items().get(0);
        assertThat(item.title()).isEqualTo("坚持“12345”工作思路 凝心聚力助推南江经济社会高质量发展");
        assertThat(item.metadata().credits()).containsExactly(new Credit("吴开财", Role.AUTHOR, "四川省南江县政协主席"));
        assertThat(item.metadata().collectedOn()).isEqualTo(LocalDate.of(2024, 5, 14));
        assertThat(item.metadata().contributor()).isEqualTo("南江县政协");
        assertThat(Blocks.headings(item.body())).hasSize(5).allMatch(h -> h.level() == 1);

        String body = Blocks.all(item.body());
        for (String junk : List.of("人民日报出版社主管", "010-65363526", "首页 >", "责编", "相关热词", "上一篇", "下一篇",
                "版权及免责声明", "※ 联系电话", "南江县政协供稿", "吴开财")) {
            assertThat(body).as(junk).doesNotContain(junk);
        }
        List<Block> blocks = item.body().blocks();
        assertThat(Blocks.text(blocks.get(blocks.size() - 1))).startsWith("加强机关履职能力建设");
        // The body keeps the source wording, ASCII commas included.
        assertThat(Blocks.text(blocks.get(0))).startsWith("2024年是新中国成立75周年,是人民政协成立75周年,");

        // Every removed line is reported with its line number.
        assertThat(r.report().entries(ImportReport.Kind.REMOVED)).extracting(ImportReport.Entry::line)
                .containsExactly(1, 3, 4, 56, 58, 60, 62, 63, 65, 67, 69, 71, 73, 75);
        assertThat(removedTexts(r.report())).contains("(责编:张若涵)", "※ 联系电话:010-65363526 邮箱:rmzk001@163.com");
    }

    @Test
    void wudangReviewSplitsTitleAtDashAndUsesTheSourceUrl() throws Exception {
        ImportResult r = read("work-review-wudang-cppcc-2022.txt");
        assertThat(r.items()).hasSize(1);
        ImportedItem item = r.items().get(0);
        assertThat(item.title()).isEqualTo("用实干实绩书写新时代履职答卷");
        assertThat(item.subtitle()).isEqualTo("乌当区政协2022年工作综述");
        assertThat(item.metadata().source()).isEqualTo("https://www.gzszx.gov.cn/zxgz/jczx/32757.shtml");
        // The file has five ■ sections (加强政治建设, 服务中心大局, 情系群众福祉, 弘扬团结民主, 坚持强基固本).
        List<Block.Heading> hs = Blocks.headings(item.body());
        assertThat(hs).extracting(Blocks::text).containsExactly("加强政治建设,把握正确履职方向", "服务中心大局,彰显服务发展成效",
                "情系群众福祉,践行为民服务宗旨", "弘扬团结民主,广泛凝聚发展共识", "坚持强基固本,树立创新务实形象");
        assertThat(hs).allMatch(h -> h.level() == 1);
        String body = Blocks.all(item.body());
        for (String junk : List.of("免责声明", "最新加入", "热门资讯", "2025-01-07", "原文链接", "习近平赴山西考察调研", "■")) {
            assertThat(body).as(junk).doesNotContain(junk);
        }
        assertThat(Blocks.text(item.body().blocks().get(item.body().blocks().size() - 1))).startsWith("切实加强机关自身建设");
        assertThat(r.report().entries(ImportReport.Kind.REMOVED)).extracting(ImportReport.Entry::line)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(24, 48).boxed().toList());
    }

    @Test
    void changdeTwoColumnPageIsRejoinedInReadingOrder() throws Exception {
        ImportResult r = read("yearbook-page-changde-2022-p61.txt");
        assertThat(r.items()).hasSize(1);
        ImportedItem item = r.items().get(0);
        assertThat(item.title()).isEmpty();
        assertThat(item.metadata().source()).isEqualTo("常德年鉴2022 第61页（书页码33）");
        assertThat(item.kind()).isEqualTo(ItemKind.ARTICLE);

        List<Block> blocks = item.body().blocks();
        assertThat(Blocks.text(blocks.get(0))).startsWith("政协工作:必须把坚持党的领导作为根本保证,始终在思想上政治上")
                .endsWith("让委员在政协履职中唱主角、担主责、当主力。");
        assertThat(Blocks.headings(item.body())).extracting(Blocks::text).containsExactly("2022年工作建议");
        // The left column's last line runs on into the right column's first line, inside one paragraph.
        String joined = "持把理论学习摆在更加突出的位置,持续学懂弄通做实习近平新时代中国特色社会主义思想,做好党的创新理";
        List<Block.Paragraph> paras = Blocks.paragraphs(item.body());
        Block.Paragraph withJoin = paras.stream().filter(p -> Blocks.text(p).contains(joined)).findFirst().orElseThrow();
        assertThat(Blocks.text(withJoin)).startsWith("一、牢牢把握政治方向,持续深化理论武装。坚持把理论学习").endsWith("高质量发展上。");
        assertThat(Blocks.text(paras.get(paras.size() - 1))).startsWith("二、牢牢把握主责主业")
                .endsWith("不断提升协商议政的能力和");
        assertThat(paras).extracting(Blocks::text).contains("建议重点抓好以下六个方面工作:");
        // The heading sits between the two parts of the left column.
        int h = blocks.indexOf(Blocks.headings(item.body()).get(0));
        assertThat(Blocks.text(blocks.get(h - 1))).startsWith("我们也清醒看到").endsWith("这些都需要在今后工作中认真改进。");
        assertThat(Blocks.text(blocks.get(h + 1))).startsWith("2022年,是全面建成小康社会后,乘势而上奋斗“十四五”");

        String body = Blocks.all(item.body());
        assertThat(body).doesNotContain("·33·").doesNotContain("专  文").doesNotContain("56   57").doesNotContain("Page 61")
                .doesNotContain("  ");
        ImportReport rep = r.report();
        assertThat(rep.entries(ImportReport.Kind.WARNING)).extracting(ImportReport.Entry::message)
                .anyMatch(m -> m.contains("首段承接上页"))
                .anyMatch(m -> m.contains("末段续下页"))
                .anyMatch(m -> m.contains("未找到标题"));
        assertThat(rep.entries(ImportReport.Kind.DETECTED))
                .anySatisfy(e -> {
                    assertThat(e.message()).isEqualTo("类目");
                    assertThat(e.text()).isEqualTo("专文");
                });
        assertThat(rep.entries(ImportReport.Kind.REMOVED)).extracting(ImportReport.Entry::line)
                .containsExactly(1, 2, 4, 54, 55);
    }
}
