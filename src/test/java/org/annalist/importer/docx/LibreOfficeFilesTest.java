package org.annalist.importer.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.annalist.doc.Block;
import org.annalist.doc.Block.Heading;
import org.annalist.doc.Inline.Text;
import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;
import org.annalist.model.Credit;
import org.annalist.model.Role;
import org.junit.jupiter.api.Test;

/**
 * Files written by another producer: the two test documents opened and saved again by LibreOffice 7.4
 * ({@code soffice --headless --convert-to docx}), which rewrites styles, numbering and run properties its own way.
 * The mapping must give the same tree.
 */
class LibreOfficeFilesTest {

    static byte[] resource(String name) throws Exception {
        try (var in = LibreOfficeFilesTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void manuscriptSavedByLibreOffice() throws Exception {
        ImportResult r = new DocxImporter().read(new Source("lo-manuscript.docx", resource("lo-manuscript.docx")));
        assertThat(r.items().get(0).title()).isEqualTo("乌当区政协文史工作综述");
        assertThat(r.items().get(0).metadata().credits()).containsExactly(
                new Credit("王老五", Role.NARRATOR, null), new Credit("赵六", Role.COMPILER, null));
        List<Block> b = r.items().get(0).body().blocks();
        assertThat(b).filteredOn(x -> x instanceof Heading).containsExactly(
                new Heading(1, List.of(new Text("一、基本情况"))), new Heading(2, List.of(new Text("（一）组织建设"))),
                new Heading(3, List.of(new Text("1.加强学习"))), new Heading(1, List.of(new Text("工作成效"))));
        assertThat(b.get(0)).isEqualTo(new Block.Paragraph(List.of(new Text("乌当区政协文史工作始于1984年，至今已编印文史资料二十辑。"))));
    }

    @Test
    void chapterSavedByLibreOffice() throws Exception {
        ImportResult r = new DocxImporter().read(new Source("lo-chapter.docx", resource("lo-chapter.docx")));
        assertThat(r.items().get(0).title()).isEqualTo("乌当区概况");
        List<Block> b = r.items().get(0).body().blocks();
        assertThat(b.subList(0, 5)).containsExactly(
                new Heading(1, List.of(new Text("自然地理"))), new Heading(2, List.of(new Text("地形地貌"))),
                new Heading(3, List.of(new Text("气候"))), new Heading(1, List.of(new Text("一、机构设置"))),
                new Heading(1, List.of(new Text("二、人员编制"))));
        assertThat(b).hasAtLeastOneElementOfType(Block.OrderedList.class).hasAtLeastOneElementOfType(Block.Figure.class);
        Block.Table table = (Block.Table) b.stream().filter(x -> x instanceof Block.Table).findFirst().orElseThrow();
        assertThat(table.headerRows()).isEqualTo(1);
        assertThat(table.rows().get(1).cells()).extracting(Block.Cell::colSpan, Block.Cell::rowSpan)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(2, 1));
        assertThat(r.attachments()).hasSize(1);
        assertThat(r.report().toText()).contains("注释 1 条");
    }
}
