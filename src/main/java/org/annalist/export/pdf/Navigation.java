package org.annalist.export.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

import java.util.List;

/** Page labels and the outline: added once all pages exist, since both refer to pages by index. */
final class Navigation {
    private Navigation() {
    }

    static void pageLabels(PDDocument doc, List<PageLabel> ranges) {
        if (ranges.isEmpty()) return;
        PDPageLabels labels = new PDPageLabels(doc);
        for (PageLabel r : ranges) {
            if (r.firstPage() >= doc.getNumberOfPages()) {
                throw new IllegalArgumentException("page label range starts at page " + r.firstPage() + " of " + doc.getNumberOfPages());
            }
            PDPageLabelRange range = new PDPageLabelRange();
            String style = switch (r.style()) {
                case NONE -> null;
                case DECIMAL -> PDPageLabelRange.STYLE_DECIMAL;
                case LOWER_ROMAN -> PDPageLabelRange.STYLE_ROMAN_LOWER;
                case UPPER_ROMAN -> PDPageLabelRange.STYLE_ROMAN_UPPER;
                case LOWER_LETTERS -> PDPageLabelRange.STYLE_LETTERS_LOWER;
                case UPPER_LETTERS -> PDPageLabelRange.STYLE_LETTERS_UPPER;
            };
            if (style != null) {
                range.setStyle(style);
                if (r.start() != 1) range.setStart(r.start());
            }
            if (!r.prefix().isEmpty()) range.setPrefix(r.prefix());
            labels.setLabelItem(r.firstPage(), range);
        }
        doc.getDocumentCatalog().setPageLabels(labels);
    }

    /** {@code pages}: the document's pages in order (PDFBox finds a page by index by walking the page tree). */
    static void outline(PDDocument doc, List<Bookmark> bookmarks, PageGeometry[] geometry,
                        List<org.apache.pdfbox.pdmodel.PDPage> pages) {
        if (bookmarks.isEmpty()) return;
        PDDocumentOutline outline = new PDDocumentOutline();
        add(pages, outline, bookmarks, geometry);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setDocumentOutline(outline);
        catalog.setPageMode(PageMode.USE_OUTLINES);
    }

    private static void add(List<org.apache.pdfbox.pdmodel.PDPage> pages, PDOutlineNode parent, List<Bookmark> bookmarks,
                            PageGeometry[] geometry) {
        for (Bookmark b : bookmarks) {
            if (b.pageIndex() >= pages.size()) {
                throw new IllegalArgumentException("bookmark \"" + b.title() + "\" points at page " + b.pageIndex() + " of " + pages.size());
            }
            PageGeometry g = geometry[b.pageIndex()];
            PDPageXYZDestination dest = new PDPageXYZDestination();
            dest.setPage(pages.get(b.pageIndex()));
            dest.setLeft((int) Math.floor(g.originX()));
            dest.setTop((int) Math.round(g.originTop() - b.y()));
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(b.title());
            item.setDestination(dest);
            parent.addLast(item);
            add(pages, item, b.children(), geometry);
        }
    }
}
