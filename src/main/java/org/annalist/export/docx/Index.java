package org.annalist.export.docx;

import org.annalist.export.docx.RunWriter.Format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The 索引 as Word's INDEX field over the XE marks, with its result already filled in: a letter heading per initial
 * of the reading (pinyin, as the PDF's index), one line per term with a PAGEREF field per page it is marked on (each XE
 * stands in a bookmark), so that a reader that does not rebuild the index — LibreOffice, WPS, Word before F9 — still
 * shows the terms with the pages they are on, and Word's update gives the same list.
 */
final class Index {
    /** One entry of the index: the term, its sort key and its places (each XE's bookmark and mark key). */
    record Entry(String term, String key, List<RunWriter.Term> places) {
        List<String> bookmarks() {
            return places.stream().map(RunWriter.Term::bookmark).toList();
        }
    }

    /** A page of an entry: its folio and the bookmark of the first place on it, which its PAGEREF points at. */
    record Page(int folio, String bookmark) {
    }

    private Index() {
    }

    /** The entries sorted by reading (the editor's reading over the dictionary's), then by term. */
    static List<Entry> entries(List<RunWriter.Term> terms, Function<String, String> sortKey) {
        Map<String, List<RunWriter.Term>> places = new LinkedHashMap<>();
        Map<String, String> readings = new LinkedHashMap<>();
        for (RunWriter.Term t : terms) {
            places.computeIfAbsent(t.entry(), k -> new ArrayList<>()).add(t);
            if (t.reading() != null) readings.putIfAbsent(t.entry(), t.reading());
        }
        List<Entry> out = new ArrayList<>();
        places.forEach((term, marks) -> out.add(new Entry(term,
                readings.containsKey(term) ? readings.get(term) : sortKey == null ? term : sortKey.apply(term), List.copyOf(marks))));
        out.sort(Comparator.comparing(Entry::key).thenComparing(Entry::term));
        return out;
    }

    /**
     * The pages an entry's result lists, as Word's INDEX lists them: each page once, in order, pointing at the first
     * place on it; the folios from our own typesetting ({@code numbers}, by each mark's key). Places our typesetting
     * did not set (a term in text that does not print) are left out; when none is known — no numbers given — every
     * place is listed with an empty result, for Word's update to fill.
     */
    static List<Page> pages(Entry e, PageNumbers numbers) {
        java.util.TreeMap<Integer, String> byFolio = new java.util.TreeMap<>();
        for (RunWriter.Term t : e.places()) {
            Integer folio = numbers.mark(t.key());
            if (folio != null) byFolio.putIfAbsent(folio, t.bookmark());
        }
        if (byFolio.isEmpty()) return e.places().stream().map(t -> new Page(0, t.bookmark())).toList();
        List<Page> out = new ArrayList<>();
        byFolio.forEach((folio, bookmark) -> out.add(new Page(folio, bookmark)));
        return out;
    }

    /** Writes the field and its result into the body; the number of entries. */
    static int write(BlockWriter x, RunWriter runs, List<Entry> entries, PageNumbers numbers) {
        if (entries.isEmpty()) return 0;
        String letter = null;
        Para first = null;
        Para last = null;
        for (Entry e : entries) {
            String initial = e.key().isEmpty() ? "#" : e.key().substring(0, 1).toUpperCase(Locale.ROOT);
            if (!initial.equals(letter)) {
                letter = initial;
                Para h = x.createParagraph().style("IndexHeading");
                if (first == null) {
                    first = h;
                    // \e: the separator before the page numbers, \l between them; \c: the columns of the section; \h: letter headings;
                    // \z 2052: sorted as Simplified Chinese (by the \y readings the XE fields carry)
                    Fields.begin(h, "INDEX \\e \"　\" \\l \"，\" \\h \"A\" \\z \"2052\"");
                    Fields.separate(h);
                }
                runs.text(h, initial, Format.PLAIN);
            }
            Para p = x.createParagraph().style("Index1");
            runs.text(p, e.term() + "　", Format.PLAIN);
            List<Page> pages = pages(e, numbers);
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) runs.text(p, "，", Format.PLAIN);
                Page page = pages.get(i);
                Fields.complex(p, "PAGEREF " + page.bookmark() + " \\h", page.folio() > 0 ? Integer.toString(page.folio()) : "");
            }
            last = p;
        }
        Fields.end(last);
        return entries.size();
    }
}
