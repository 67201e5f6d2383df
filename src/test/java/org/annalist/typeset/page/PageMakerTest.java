package org.annalist.typeset.page;

import org.annalist.typeset.flow.Block;
import org.annalist.typeset.flow.ColumnFlow;
import org.annalist.typeset.flow.Line;
import org.annalist.typeset.flow.Mark;
import org.annalist.typeset.flow.PageLayout;
import org.annalist.typeset.font.FontBook;
import org.annalist.typeset.font.FontRole;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.GlyphRun;
import org.annalist.typeset.frame.Positioned;
import org.annalist.typeset.style.Template;
import org.annalist.typeset.style.TemplateReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Pages from the flow: recto/verso placement, running heads, folios, 目录 and 索引. */
class PageMakerTest {
    static Template t;
    static FontBook fonts;

    @BeforeAll
    static void load() throws Exception {
        Path project = Path.of(System.getProperty("annalist.projectDir", "."));
        t = TemplateReader.read(project.resolve("templates"), "nianjian-16k");
        fonts = FontBook.shipped(project.resolve("fonts"));
    }

    private static Line line(String text, Mark... marks) {
        Frame f = SimpleLine.set(fonts, FontRole.SONG, 9, 0, text, t.linePitch());
        return new Line(new Frame("line", t.columnWidth(), t.linePitch(), f.baseline(), List.of(new Positioned(0, 0, f))), 1, List.of(marks));
    }

    private static List<Block> book() {
        List<Block> blocks = new ArrayList<>();
        for (String cat : List.of("专文", "政治")) {
            Frame title = SimpleLine.set(fonts, FontRole.HEI, 22, 0, cat, t.linePitch() * 2);
            blocks.add(new Block.Opening(List.of(new Line(title, 2, List.of(Mark.heading(1, cat)))), 1, 1, true));
            blocks.add(new Block.Heading(List.of(line("分目" + cat, Mark.heading(2, "分目" + cat))), 2, 1, 0));
            List<Line> ls = new ArrayList<>();
            for (int i = 0; i < 250; i++) ls.add(i == 100 ? line("乌当区" + i, Mark.indexTerm("乌当区")) : line("正文" + cat + i));
            blocks.add(Block.Lines.paragraph(ls));
        }
        return blocks;
    }

    private static List<String> texts(Frame page) {
        List<String> out = new ArrayList<>();
        for (Positioned p : page.items()) {
            if (p.item() instanceof Frame f) out.add(f.text());
        }
        return out;
    }

    @Test
    void rectoAndVersoPlaceColumnsRunningHeadsAndFolios() {
        List<PageLayout> layouts = new ColumnFlow(t.columns(), t.linesPerColumn(), 1).flow(book());
        PageMaker.Result r = new PageMaker(t, fonts, "示范年鉴2022").make(layouts);
        assertThat(r.pages()).hasSizeGreaterThan(3);
        Frame p1 = r.pages().get(0);
        // page 1 opens 专文: no running head above the text block; folio ·1· at the outer (right) foot
        assertThat(p1.items()).noneMatch(p -> p.y() < t.marginTop());
        assertThat(texts(p1)).contains("·1·");
        Positioned folio1 = p1.items().get(p1.items().size() - 1);
        assertThat(folio1.x()).isGreaterThan(t.marginInner() + t.textWidth() / 2);
        // the first column's lines start at the inner margin of a recto
        Positioned firstBodyLine = p1.items().stream().filter(p -> p.item() instanceof Frame f && f.text().startsWith("正文专文0")).findFirst().orElseThrow();
        assertThat(firstBodyLine.x()).isCloseTo(t.marginInner(), within(0.001));

        Frame p2 = r.pages().get(1);
        assertThat(texts(p2)).contains("示范年鉴2022", "·2·");
        Positioned folio2 = p2.items().get(p2.items().size() - 1);
        assertThat(folio2.x()).isCloseTo(t.marginOuter(), within(0.001));
        Frame p3 = r.pages().get(2);
        assertThat(texts(p3)).contains("·3·");
        assertThat(p3.items()).anyMatch(p -> p.y() < t.marginTop() && p.item() instanceof Frame f && f.text().equals("专文"));
        assertThat(r.info().get(0).headings()).extracting(PageInfo.HeadingAt::text).containsExactly("专文", "分目专文");
        assertThat(r.info().get(0).folioLabel()).isEqualTo("1");
        assertThat(r.info().stream().flatMap(i -> i.terms().stream())).hasSize(2);
    }

    @Test
    void tableOfContentsHasAlignedLeadersAndTheFoliosWhereHeadingsLanded() {
        PageMaker.Result r = new PageMaker(t, fonts, "示范年鉴2022").make(new ColumnFlow(2, t.linesPerColumn(), 1).flow(book()));
        int politicsFolio = r.info().stream().filter(i -> i.headings().stream().anyMatch(h -> h.text().equals("政治"))).findFirst().orElseThrow().folio();
        assertThat(politicsFolio % 2).isEqualTo(1);
        List<Frame> toc = new FrontMatter(t, fonts).tableOfContents(r.info(), 2);
        assertThat(toc).hasSize(1);
        List<String> lines = texts(toc.get(0));
        assertThat(lines).anyMatch(s -> s.startsWith("政治") && s.endsWith(Integer.toString(politicsFolio)) && s.contains("·····"));
        // leaders sit on a half-em grid: every dot's x is a multiple of 4.5 pt
        for (Positioned p : toc.get(0).items()) {
            if (p.item() instanceof Frame line && line.text().contains("··")) {
                for (Positioned d : line.items()) {
                    if (d.item() instanceof Frame dot && dot.text().equals("·")) {
                        assertThat(d.x() / 4.5 - Math.rint(d.x() / 4.5)).isCloseTo(0, within(1e-9));
                    }
                }
            }
        }
    }

    @Test
    void indexLocatorsNamePageAndColumn() {
        PageMaker.Result r = new PageMaker(t, fonts, "示范年鉴2022").make(new ColumnFlow(2, t.linesPerColumn(), 1).flow(book()));
        SubjectIndex idx = new SubjectIndex(t, fonts, s -> s.equals("乌当区") ? "wu1 dang1 qu1" : s);
        List<SubjectIndex.Entry> entries = idx.entries(r.info());
        assertThat(entries).hasSize(1);
        SubjectIndex.Entry e = entries.get(0);
        assertThat(e.locators()).hasSize(2).allMatch(l -> l.matches("\\d+[ab]"));
        // line 100 of a 150-line section in 44-line columns after a 4-line opening: page 2, column b
        assertThat(e.locators().get(0)).isEqualTo("2a");
        List<Block> blocks = idx.blocks(entries);
        assertThat(blocks.get(0)).isInstanceOf(Block.Opening.class);
        assertThat(((Block.Heading) blocks.get(1)).lines().get(0).frame().text()).isEqualTo("W");
    }

    @Test
    void simpleLineUsesFallbackFacesAndRecordsMissingCharacters() {
        Frame f = SimpleLine.set(fonts, FontRole.SONG, 9, 0, "约≒", 13.5);
        List<GlyphRun> runs = f.items().stream().map(p -> (GlyphRun) p.item()).toList();
        assertThat(runs).hasSize(2);
        assertThat(runs.get(1).font().postScriptName()).startsWith("LXGWWenKai");
        SimpleLine.set(fonts, FontRole.SONG, 9, 0, "\uDBFF\uDFFD", 13.5);
        assertThat(fonts.missing().toText()).contains("U+10FFFD");
    }

    @Test
    void indexHomophonesAreOrderedByStrokeCount() {
        // 王 (4 strokes) and 汪 (7) read wang2 alike: fewer strokes first, whatever their code points
        List<PageInfo> pages = List.of(new PageInfo(0, 1, "1", false, List.of(),
                List.of(new PageInfo.TermAt("汪", 0), new PageInfo.TermAt("王", 1))));
        SubjectIndex idx = new SubjectIndex(t, fonts, s -> "wang2");
        assertThat(idx.entries(pages)).extracting(SubjectIndex.Entry::term).containsExactly("王", "汪");
    }
}
