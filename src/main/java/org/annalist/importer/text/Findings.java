package org.annalist.importer.text;

import java.time.LocalDate;

/**
 * What the furniture and page rules found about the whole file (not one article): values that end up in
 * {@link org.annalist.model.ItemMetadata} or in the item source. Mutable; one per import.
 */
final class Findings {
    /** 供稿单位 from a "(南江县政协供稿)" line. */
    String contributor;
    /** 原文链接 URL. */
    String sourceUrl;
    /** 发布日期 of the web page. */
    LocalDate publishedOn;
    /** Letter-spaced running head of a yearbook page, e.g. 专文. */
    String category;
    /** Book named in a "Page 61 - 常德年鉴2022" line. */
    String bookTitle;
    /** PDF page number from "Page 61" / "P. 61". */
    Integer pdfPage;
    /** Printed page number (folio) such as ·33·. */
    Integer folio;

    /** A human-readable 来源 for a page extract, e.g. "常德年鉴2022 第61页（书页码33）", or null. */
    String pageSource() {
        if (bookTitle == null && pdfPage == null && folio == null) return null;
        StringBuilder sb = new StringBuilder();
        if (bookTitle != null) sb.append(bookTitle);
        if (pdfPage != null) sb.append(sb.isEmpty() ? "" : " ").append("第").append(pdfPage).append("页");
        if (folio != null) {
            if (pdfPage != null) sb.append("（书页码").append(folio).append("）");
            else sb.append(sb.isEmpty() ? "" : " ").append("书页码").append(folio);
        }
        return sb.toString();
    }
}
