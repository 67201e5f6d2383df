package org.annalist.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annalist.doc.Block;
import org.annalist.doc.Document;
import org.annalist.doc.Imprint;
import org.annalist.doc.Markdown;
import org.annalist.doc.Meta;
import org.annalist.doc.TreeDump;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publication is assembled from the archive into one tree (issue 11, item 1): Meta with its title, 版权页 and
 * structure, typed article heads, ids on sections and items; the Markdown book file says the same (but ids and
 * structure), and typesetting the tree sets what typesetting its Markdown did.
 */
class BookAssemblerTest {
    @TempDir
    Path tmp;

    @Test
    void theBookFileSaysWhatTheTreeSaysButIdsAndStructure() {
        try (AnnalistSession s = AnnalistSession.open(tmp.resolve("data"), false, "测试")) {
            s.demo().buildAll(TestFiles.archiveDir());
            for (String code : List.of("demo-nianjian-2022", "demo-wenshi-1")) {
                var node = s.queries().publication(code).orElseThrow();
                Document doc = BookAssembler.publication(s, node);
                Document back = Markdown.parse(Markdown.write(doc));
                Document expected = new Document(Meta.titled(doc.meta().title()), withoutIds(doc.blocks()));
                assertThat(TreeDump.dump(back)).isEqualTo(TreeDump.dump(expected));
                assertThat(back).isEqualTo(expected);
                assertThat(Markdown.write(doc)).isEqualTo(BookAssembler.markdown(node));
            }
        }
    }

    @Test
    void metaHoldsTitleImprintAndStructureAndBlocksCarryIds() {
        try (AnnalistSession s = AnnalistSession.open(tmp.resolve("data"), false, "测试")) {
            s.demo().buildAll(TestFiles.archiveDir());
            var node = s.queries().publication("demo-nianjian-2022").orElseThrow();
            Document doc = BookAssembler.publication(s, node);
            assertThat(doc.meta().title()).isEqualTo("示范年鉴 2022");
            assertThat(doc.meta().imprint().volume()).isEqualTo("2022");
            // 专文, 政治 (人民政协, 政协工作要点)
            List<Meta.Part> top = doc.meta().structure();
            assertThat(top).extracting(Meta.Part::title).containsExactly("专文", "政治");
            assertThat(top.get(0).kind()).isEqualTo("类目");
            assertThat(top.get(1).children()).extracting(Meta.Part::title).containsExactly("人民政协", "政协工作要点");
            assertThat(top.get(1).children().get(0).kind()).isEqualTo("分目");
            assertThat(top.get(1).children().get(0).depth()).isEqualTo(2);
            assertThat(top.get(1).children().get(0).items()).hasSize(2);

            // every part's id is a heading's, every item id an article title's: later stages find them by id
            List<String> headingIds = new ArrayList<>();
            List<String> titleIds = new ArrayList<>();
            for (Block b : doc.blocks()) {
                if (b instanceof Block.Heading h && !h.attr().id().isEmpty()) headingIds.add(h.attr().id());
                if (b instanceof Block.ArticleHead a && a.part() == Block.ArticleHead.Part.TITLE) titleIds.add(a.attr().id());
            }
            List<String> partIds = new ArrayList<>();
            List<String> itemIds = new ArrayList<>();
            collect(top, partIds, itemIds);
            assertThat(headingIds).isEqualTo(partIds).allMatch(id -> id.startsWith("section-"));
            assertThat(titleIds).isEqualTo(itemIds).hasSize(4).allMatch(id -> id.startsWith("item-"));

            Block.ArticleHead title = doc.blocks().stream().filter(b -> b instanceof Block.ArticleHead a
                    && a.part() == Block.ArticleHead.Part.TITLE && a.level() == 3).map(b -> (Block.ArticleHead) b).findFirst().orElseThrow();
            assertThat(org.annalist.doc.Inlines.plainText(title.content())).isEqualTo("用实干实绩书写新时代履职答卷");
            assertThat(doc.blocks()).anyMatch(b -> b instanceof Block.ArticleHead a && a.part() == Block.ArticleHead.Part.SUBTITLE
                    && org.annalist.doc.Inlines.plainText(a.content()).equals("——乌当区政协2022年工作综述"));
            assertThat(TreeDump.dump(doc)).contains("\n  Meta\n    title \"示范年鉴 2022\"\n")
                    .contains("Heading 1 #section-").contains("ArticleHead title level=3 #item-").contains("ArticleHead subtitle\n");
        }
    }

    @Test
    void aSectionAloneIsTitledByBookAndSection() {
        try (AnnalistSession s = AnnalistSession.open(tmp.resolve("data"), false, "测试")) {
            s.demo().buildAll(TestFiles.archiveDir());
            var node = s.queries().publication("demo-nianjian-2022").orElseThrow();
            Document doc = BookAssembler.section(node, node.sections().get(1));
            assertThat(doc.meta().title()).isEqualTo("示范年鉴 · 政治");
            assertThat(doc.meta().imprint()).isEqualTo(Imprint.NONE);
            assertThat(doc.blocks().get(0)).isInstanceOf(Block.Heading.class);
            assertThat(((Block.Heading) doc.blocks().get(0)).level()).isEqualTo(1);
            assertThat(doc.meta().structure()).hasSize(1);
        }
    }

    /**
     * The tree set directly gives the very glyph positions that its Markdown book file gave (the path before there
     * was one tree): same text, same place, same page.
     */
    @Test
    void typesettingTheTreeSetsWhatItsMarkdownSet() throws Exception {
        try (AnnalistSession s = AnnalistSession.open(tmp.resolve("data"), false, "测试")) {
            s.demo().buildAll(TestFiles.archiveDir());
            var node = s.queries().publication("demo-wenshi-1").orElseThrow();
            TypesetService.Options options = new TypesetService.Options("wenshi-16k", false, false, false, null, tmp.resolve("cache"));
            Path direct = tmp.resolve("direct.pdf");
            TypesetService.Summary a = TypesetService.publication(s, "demo-wenshi-1", direct, options, (p, d, t) -> {
            });
            Path viaMarkdown = tmp.resolve("markdown.pdf");
            Document doc = BookAssembler.publication(s, node);
            TypesetService.Summary b = TypesetService.markdown(BookAssembler.markdown(node), "x", viaMarkdown, options,
                    (p, d, t) -> {
                    }, doc.meta().imprint(), source -> null);
            assertThat(a.pages()).isEqualTo(b.pages()).isGreaterThan(4);
            List<String> left = glyphs(direct);
            assertThat(left).hasSizeGreaterThan(1000);
            assertThat(left).isEqualTo(glyphs(viaMarkdown));
        }
    }

    private static List<String> glyphs(Path pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    out.add(getCurrentPageNo() + " " + t.getUnicode() + " " + t.getXDirAdj() + "," + t.getYDirAdj());
                }
            }.getText(doc);
        }
        return out;
    }

    private static void collect(List<Meta.Part> parts, List<String> ids, List<String> items) {
        for (Meta.Part p : parts) {
            ids.add(p.id());
            items.addAll(p.items());
            collect(p.children(), ids, items);
        }
    }

    private static List<Block> withoutIds(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) out.add(new Block.Heading(h.level(), h.content(), h.attr().withId("")));
            else if (b instanceof Block.Paragraph p) out.add(new Block.Paragraph(p.content(), p.attr().withId("")));
            else if (b instanceof Block.ArticleHead a) out.add(a.withAttr(a.attr().withId("")));
            else out.add(b);
        }
        return out;
    }
}
