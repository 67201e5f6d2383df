package org.annalist.export.pdf;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The XMP metadata packet, written as text. xmpbox's serializer goes through whichever JAXP Transformer
 * is on the class path; with Saxon (which arrives with other libraries) it drops the xml: prefix of
 * xml:lang, and PDF/A validators reject the packet. A fixed template has no such dependency.
 */
final class XmpPacket {
    private XmpPacket() {
    }

    static byte[] of(PdfOptions options, OffsetDateTime when, String producer) {
        String date = when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
        StringBuilder sb = new StringBuilder(2048);
        sb.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        sb.append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("   <dc:format>application/pdf</dc:format>\n");
        if (!options.title().isEmpty()) sb.append("   <dc:title>").append(alt(options.title())).append("</dc:title>\n");
        if (!options.author().isEmpty()) {
            sb.append("   <dc:creator><rdf:Seq><rdf:li>").append(escape(options.author())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (!options.subject().isEmpty()) sb.append("   <dc:description>").append(alt(options.subject())).append("</dc:description>\n");
        sb.append("   <dc:language><rdf:Bag><rdf:li>").append(escape(options.language())).append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("  </rdf:Description>\n");
        sb.append("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("   <pdf:Producer>").append(escape(producer)).append("</pdf:Producer>\n");
        if (!options.keywords().isEmpty()) sb.append("   <pdf:Keywords>").append(escape(options.keywords())).append("</pdf:Keywords>\n");
        sb.append("  </rdf:Description>\n");
        sb.append("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("   <xmp:CreatorTool>").append(escape(options.creator())).append("</xmp:CreatorTool>\n")
                .append("   <xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("   <xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("   <xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
                .append("  </rdf:Description>\n");
        if (options.pdfA()) {
            sb.append("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                    .append("   <pdfaid:part>2</pdfaid:part>\n   <pdfaid:conformance>B</pdfaid:conformance>\n")
                    .append("  </rdf:Description>\n");
        }
        sb.append(" </rdf:RDF>\n</x:xmpmeta>\n");
        // Padding lets other tools edit the packet in place, as the XMP specification recommends.
        for (int i = 0; i < 20; i++) sb.append(" ".repeat(99)).append('\n');
        sb.append("<?xpacket end=\"w\"?>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String alt(String text) {
        return "<rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(text) + "</rdf:li></rdf:Alt>";
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters even as references; drop them.
                    if (cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r') sb.appendCodePoint(cp);
                }
            }
        });
        return sb.toString();
    }
}
