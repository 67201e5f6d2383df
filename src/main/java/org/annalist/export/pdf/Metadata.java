package org.annalist.export.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;

/**
 * Document information, XMP and, for PDF/A-2b, the identification and output intent. The Info dictionary
 * and XMP say the same things with the same timestamp, which PDF/A requires and viewers rely on.
 */
final class Metadata {
    static final String PRODUCER = "Annalist (Apache PDFBox)";

    private Metadata() {
    }

    static void write(PDDocument doc, PdfOptions options) throws IOException {
        // Whole seconds: the Info date string has no fractions, and XMP must state the same instant.
        OffsetDateTime when = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        Calendar now = GregorianCalendar.from(when.toZonedDateTime());

        PDDocumentInformation info = doc.getDocumentInformation();
        if (!options.title().isEmpty()) info.setTitle(options.title());
        if (!options.author().isEmpty()) info.setAuthor(options.author());
        if (!options.subject().isEmpty()) info.setSubject(options.subject());
        if (!options.keywords().isEmpty()) info.setKeywords(options.keywords());
        info.setCreator(options.creator());
        info.setProducer(PRODUCER);
        info.setCreationDate(now);
        info.setModificationDate(now);

        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(options.language());
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);

        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(XmpPacket.of(options, when, PRODUCER));
        catalog.setMetadata(metadata);

        if (options.pdfA()) {
            byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(srgb));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
        }
        documentId(doc, options, now);
    }

    /** PDF/A requires a file identifier; derive it from what identifies this export. */
    private static void documentId(PDDocument doc, PdfOptions options, Calendar now) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(options.title().getBytes(StandardCharsets.UTF_8));
            md5.update(Long.toString(now.getTimeInMillis()).getBytes(StandardCharsets.US_ASCII));
            md5.update(Integer.toString(doc.getNumberOfPages()).getBytes(StandardCharsets.US_ASCII));
            byte[] id = md5.digest();
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
