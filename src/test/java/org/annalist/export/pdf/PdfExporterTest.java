package org.annalist.export.pdf;

import org.annalist.export.SamplePages;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.GlyphRun;
import org.annalist.typeset.frame.Positioned;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.TextPosition;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.annalist.export.SamplePages.COLUMN_1;
import static org.annalist.export.SamplePages.COLUMN_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A five-page sample book exported once, read back with PDFBox and veraPDF. */
class PdfExporterTest {
    @TempDir
    static Path dir;
    static Path pdf;
    static PdfReport report;

    static final List<Bookmark> OUTLINE = List.of(
            new Bookmark("前言", 0, 0),
            new Bookmark("概况", 2, SamplePages.COLUMN_TOP, List.of(new Bookmark("自然地理", 2, 100), new Bookmark("经济", 3, 80))),
            new Bookmark("附录", 4, 0));

    static PdfOptions options() {
        return PdfOptions.titled("某市年鉴（2024）").withAuthor("某市地方志编纂委员会").withSubject("综合年鉴")
                .withKeywords("年鉴, 2024").withFolios(SamplePages.FOLIOS).withOutline(OUTLINE);
    }

    @BeforeAll
    static void export() throws Exception {
        pdf = dir.resolve("book.pdf");
        report = new PdfExporter().export(SamplePages.book(), options().withPdfA(true), pdf);
    }

    @Test
    void columnOneIsExtractedBeforeColumnTwoLineByLine() throws Exception {
        String text = PdfChecks.text(pdf, 2);
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> expected = new ArrayList<>();
        expected.add("某市年鉴·2024");
        expected.addAll(COLUMN_1);
        expected.addAll(COLUMN_2);
        expected.add("1");
        // Whole lines in order: no letters scattered by positioning, no column interleaving.
        assertThat(lines).containsExactlyElementsOf(expected);
        assertThat(report.pages()).isEqualTo(5);
        assertThat(report.skipped().isEmpty()).isTrue();
    }

    @Test
    void glyphsLandWhereTheFrameSaysEvenWhenJustified() throws Exception {
        List<TextPosition> positions = PdfChecks.positions(pdf, 2);
        List<double[]> expected = new ArrayList<>();
        collect(SamplePages.book().get(2), 0, 0, expected);
        assertThat(positions).hasSameSizeAs(expected);
        for (int i = 0; i < positions.size(); i++) {
            assertThat((double) positions.get(i).getXDirAdj()).as("x of glyph %d", i).isCloseTo(expected.get(i)[0], within(0.01));
            assertThat((double) positions.get(i).getYDirAdj()).as("baseline of glyph %d", i).isCloseTo(expected.get(i)[1], within(0.01));
        }
    }

    private static void collect(Frame frame, double dx, double dy, List<double[]> out) {
        for (Positioned p : frame.items()) {
            if (p.item() instanceof GlyphRun run) {
                for (int i = 0; i < run.glyphCount(); i++) out.add(new double[]{dx + p.x() + run.xAt(i), dy + p.y()});
            } else if (p.item() instanceof Frame f) {
                collect(f, dx + p.x(), dy + p.y(), out);
            }
        }
    }

    @Test
    void eachRunIsOneShowOperatorAndRunsShareTextObjects() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> ops = PdfChecks.operators(doc.getPage(2));
            int runs = 1 + COLUMN_1.size() + COLUMN_2.size() + 1;
            assertThat(Collections.frequency(ops, "TJ") + Collections.frequency(ops, "Tj")).isEqualTo(runs);
            // consecutive runs share a text object; a rule or picture in between closes it (paths are not
            // allowed inside BT…ET)
            assertThat(Collections.frequency(ops, "BT")).isEqualTo(Collections.frequency(ops, "ET")).isBetween(1, runs / 2);
            boolean inText = false;
            for (String op : ops) {
                if (op.equals("BT")) {
                    assertThat(inText).as("BT inside a text object").isFalse();
                    inText = true;
                } else if (op.equals("ET")) {
                    inText = false;
                } else if (List.of("m", "l", "S", "re", "f", "Do", "q", "Q", "cm").contains(op)) {
                    assertThat(inText).as(op + " inside a text object").isFalse();
                }
            }
            // one font setting per change of font or size, not per run
            assertThat(Collections.frequency(ops, "Tf")).isLessThan(runs);
            assertThat(Collections.frequency(ops, "S")).as("the rule under the running head").isEqualTo(1);
        }
    }

    @Test
    void pageLabelsAreThePrintedFolios() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(5);
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertThat(labels).containsExactlyElementsOf(SamplePages.FOLIOS);
        }
    }

    @Test
    void outlineHasTheBookmarkTreeWithDestinations() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> titles = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> titles.add(i.getTitle()));
            assertThat(titles).containsExactly("前言", "概况", "附录");
            PDOutlineItem overview = doc.getDocumentCatalog().getDocumentOutline().getFirstChild().getNextSibling();
            List<String> children = new ArrayList<>();
            overview.children().forEach(i -> children.add(i.getTitle()));
            assertThat(children).containsExactly("自然地理", "经济");
            PDPageXYZDestination dest = (PDPageXYZDestination) overview.getFirstChild().getDestination();
            assertThat(doc.getPages().indexOf(dest.getPage())).isEqualTo(2);
            assertThat(dest.getTop()).isEqualTo((int) Math.round(SamplePages.HEIGHT - 100));
            PDPageXYZDestination appendix = (PDPageXYZDestination) doc.getDocumentCatalog().getDocumentOutline().getLastChild().getDestination();
            assertThat(doc.getPages().indexOf(appendix.getPage())).isEqualTo(4);
        }
    }

    @Test
    void informationAndXmpCarryTheMetadata() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("某市年鉴（2024）");
            assertThat(info.getAuthor()).isEqualTo("某市地方志编纂委员会");
            assertThat(info.getSubject()).isEqualTo("综合年鉴");
            assertThat(info.getKeywords()).isEqualTo("年鉴, 2024");
            assertThat(info.getCreator()).isEqualTo("Annalist");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
            XMPMetadata xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().exportXMPMetadata());
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("某市年鉴（2024）");
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("某市地方志编纂委员会");
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            assertThat(doc.getDocument().getDocumentID()).isNotNull();
        }
    }

    @Test
    void fontsAreEmbeddedSubsetsSharedByAllPages() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> names = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    PDCIDFont cid = ((PDType0Font) font).getDescendantFont();
                    assertThat(cid.getFontDescriptor().getFontFile2()).as(font.getName() + " FontFile2").isNotNull();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
                    if (!names.contains(font.getName())) names.add(font.getName());
                }
            }
            // Serif body and folio, sans running head: one subset each across the five pages.
            assertThat(names).hasSize(2);
            assertThat(names).anyMatch(n -> n.endsWith("+NotoSerifSC-Regular")).anyMatch(n -> n.endsWith("+NotoSansSC-Medium"));
        }
    }

    @Test
    void pdfA2bValidatesWithVeraPdf() throws Exception {
        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
    }

    @Test
    void withoutThePdfAOptionTheFileIsNotClaimedAsPdfA() throws Exception {
        Path plain = dir.resolve("plain.pdf");
        new PdfExporter().export(List.of(SamplePages.samplePage()), PdfOptions.titled("样张"), plain);
        assertThat(PdfChecks.pdfA2bFailures(plain)).isNotEmpty();
        assertThat(PdfChecks.text(plain, 0)).contains(COLUMN_1.get(0));
    }

    @Test
    void cropMarksGrowTheSheetAndSetTrimAndBleedBoxes() throws Exception {
        Path marked = dir.resolve("marked.pdf");
        new PdfExporter().export(List.of(SamplePages.samplePage()), options().withFolios(List.of("1")).withOutline(List.of())
                .withCropMarks(true).withPdfA(true), marked);
        double mm = 72 / 25.4;
        try (PDDocument doc = Loader.loadPDF(marked.toFile())) {
            PDPage page = doc.getPage(0);
            PDRectangle media = page.getMediaBox();
            PDRectangle trim = page.getTrimBox();
            PDRectangle bleed = page.getBleedBox();
            double slug = trim.getLowerLeftX();
            assertThat(slug).as("room for bleed and marks").isGreaterThan(3 * mm + 4 * mm);
            assertThat((double) trim.getWidth()).isCloseTo(SamplePages.WIDTH, within(0.01));
            assertThat((double) trim.getHeight()).isCloseTo(SamplePages.HEIGHT, within(0.01));
            assertThat((double) media.getWidth()).isCloseTo(SamplePages.WIDTH + 2 * slug, within(0.01));
            assertThat((double) media.getHeight()).isCloseTo(SamplePages.HEIGHT + 2 * slug, within(0.01));
            assertThat((double) bleed.getLowerLeftX()).isCloseTo(slug - 3 * mm, within(0.01));
            assertThat((double) bleed.getWidth()).isCloseTo(SamplePages.WIDTH + 6 * mm, within(0.01));
            // Eight marks plus the running-head rule, all outside the bleed box except the rule.
            assertThat(Collections.frequency(PdfChecks.operators(page), "S")).isEqualTo(9);
            // Content moved with the trim: the first column's first glyph sits at margin + slug.
            TextPosition first = PdfChecks.positions(marked, 0).stream()
                    .filter(t -> t.getUnicode().equals(COLUMN_1.get(0).substring(0, 1))).findFirst().orElseThrow();
            assertThat((double) first.getXDirAdj()).isCloseTo(slug + SamplePages.MARGIN, within(0.01));
        }
        assertThat(PdfChecks.pdfA2bFailures(marked)).isEmpty();
    }
}
