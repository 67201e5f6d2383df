package org.annalist.export.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Reading exported PDFs back: text in content-stream order, glyph positions, operators, PDF/A validation. */
public final class PdfChecks {
    private PdfChecks() {
    }

    /** Text of one page (0-based) in content-stream order, as a reader or search index sees it. */
    public static String text(Path pdf, int page) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            return stripper.getText(doc);
        }
    }

    /** Every extracted glyph of a page with its position (x from the left edge, y baseline from the top). */
    public static List<TextPosition> positions(Path pdf, int page) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    all.addAll(positions);
                }
            };
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            stripper.getText(doc);
        }
        return all;
    }

    /** Names of the operators in a page's content stream, in order. */
    static List<String> operators(PDPage page) throws IOException {
        List<String> ops = new ArrayList<>();
        for (Object token : new PDFStreamParser(page).parse()) {
            if (token instanceof Operator op) ops.add(op.getName());
        }
        return ops;
    }

    /** veraPDF's PDF/A-2b verdict; the failed rules as text when not compliant. */
    public static List<String> pdfA2bFailures(Path pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        PDFAFlavour flavour = PDFAFlavour.fromString("2b");
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().collect(Collectors.toList());
            if (!result.isCompliant() && failed.isEmpty()) failed.add("not compliant");
            return failed;
        }
    }

    /** A picture drawn on a page: left, top (from the page top), width and height in points. */
    public record DrawnImage(double x, double top, double width, double height) {
    }

    /** The image XObjects drawn on the page, in drawing order, where the graphics state put them. */
    public static List<DrawnImage> imagesDrawn(PDPage page) throws IOException {
        List<DrawnImage> out = new ArrayList<>();
        double pageHeight = page.getMediaBox().getHeight();
        new org.apache.pdfbox.contentstream.PDFStreamEngine() {
            {
                addOperator(new org.apache.pdfbox.contentstream.operator.state.Concatenate(this));
                addOperator(new org.apache.pdfbox.contentstream.operator.state.Save(this));
                addOperator(new org.apache.pdfbox.contentstream.operator.state.Restore(this));
            }

            @Override
            protected void processOperator(Operator operator, List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
                if ("Do".equals(operator.getName())
                        && getResources().getXObject((org.apache.pdfbox.cos.COSName) operands.get(0))
                        instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    var m = getGraphicsState().getCurrentTransformationMatrix();
                    double h = m.getScalingFactorY();
                    out.add(new DrawnImage(m.getTranslateX(), pageHeight - m.getTranslateY() - h, m.getScalingFactorX(), h));
                }
                super.processOperator(operator, operands);
            }
        }.processPage(page);
        return out;
    }
}
