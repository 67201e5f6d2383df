package org.annalist.export.docx;

import org.annalist.export.docx.RunWriter.Format;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The 索引 as Word's INDEX field over the XE marks, with its result already filled in: a letter heading per initial
 * of the reading (pinyin, as the PDF's index), one line per term with a PAGEREF field per place it is marked (each XE
 * stands in a bookmark), so that a reader that does not rebuild the index — LibreOffice, WPS, Word before F9 — still
 * shows the terms with the pages they are on, and Word's update gives the same list.
 */
final class Index {
    /** One entry of the index: the term, its sort key and the bookmarks of its places. */
    record Entry(String term, String key, List<String> bookmarks) {
    }

    private Index() {
    }

    /** The entries sorted by reading (the editor's reading over the dictionary's), then by term. */
    static List<Entry> entries(List<RunWriter.Term> terms, Function<String, String> sortKey) {
        Map<String, List<String>> places = new LinkedHashMap<>();
        Map<String, String> readings = new LinkedHashMap<>();
        for (RunWriter.Term t : terms) {
            places.computeIfAbsent(t.entry(), k -> new ArrayList<>()).add(t.bookmark());
            if (t.reading() != null) readings.putIfAbsent(t.entry(), t.reading());
        }
        List<Entry> out = new ArrayList<>();
        places.forEach((term, marks) -> out.add(new Entry(term,
                readings.containsKey(term) ? readings.get(term) : sortKey == null ? term : sortKey.apply(term), List.copyOf(marks))));
        out.sort(Comparator.comparing(Entry::key).thenComparing(Entry::term));
        return out;
    }

    /** Writes the field and its result into the body; the number of entries. */
    static int write(XWPFDocument x, RunWriter runs, List<Entry> entries) {
        if (entries.isEmpty()) return 0;
        String letter = null;
        XWPFParagraph first = null;
        XWPFParagraph last = null;
        for (Entry e : entries) {
            String initial = e.key().isEmpty() ? "#" : e.key().substring(0, 1).toUpperCase(Locale.ROOT);
            if (!initial.equals(letter)) {
                letter = initial;
                XWPFParagraph h = x.createParagraph();
                h.setStyle("IndexHeading");
                if (first == null) {
                    first = h;
                    // \e: the separator before the page numbers; \c: the columns of the section; \h: letter headings;
                    // \z 2052: sorted as Simplified Chinese (by the \y readings the XE fields carry)
                    Fields.begin(h, "INDEX \\e \"　\" \\h \"A\" \\z \"2052\"", r -> { });
                    Fields.separate(h);
                }
                runs.text(h, initial, Format.PLAIN);
            }
            XWPFParagraph p = x.createParagraph();
            p.setStyle("Index1");
            runs.text(p, e.term() + "　", Format.PLAIN);
            for (int i = 0; i < e.bookmarks().size(); i++) {
                if (i > 0) runs.text(p, "，", Format.PLAIN);
                Fields.complex(p, "PAGEREF " + e.bookmarks().get(i) + " \\h", "", r -> { });
            }
            last = p;
        }
        Fields.end(last);
        return entries.size();
    }
}
