package org.annalist.typeset.page;

import org.annalist.typeset.flow.Block;
import org.annalist.typeset.flow.Line;
import org.annalist.typeset.font.FontBook;
import org.annalist.typeset.font.FontRole;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.Positioned;
import org.annalist.typeset.style.Template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * 索引: the index terms marked in the text, sorted by the caller's key (pinyin of the term, with readings
 * editors can correct), grouped under their initial letter, each with its locators (page + column a/b).
 * The result is blocks for the ordinary flow, so the index is laid out in columns like the body.
 */
public final class SubjectIndex {
    private final Template t;
    private final FontBook fonts;
    private final Function<String, String> sortKey;

    /** One entry: the term and its locators in page order, without repeats. */
    public record Entry(String term, String key, List<String> locators) {
    }

    public SubjectIndex(Template template, FontBook fonts, Function<String, String> sortKey) {
        this.t = template;
        this.fonts = fonts;
        this.sortKey = sortKey;
    }

    public List<Entry> entries(List<PageInfo> pages) {
        Map<String, Set<String>> locs = new TreeMap<>();
        Map<String, String> readings = new java.util.HashMap<>();
        int columns = t.columns();
        for (PageInfo p : pages) {
            for (PageInfo.TermAt term : p.terms()) {
                locs.computeIfAbsent(term.term(), k -> new LinkedHashSet<>()).add(term.locator(p.folio(), columns));
                if (term.reading() != null && !term.reading().isBlank()) readings.putIfAbsent(term.term(), term.reading());
            }
        }
        List<Entry> out = new ArrayList<>();
        // the editor's reading wins over the dictionary's (polyphonic surnames: 单 shàn, 解 xiè, 曾 zēng)
        locs.forEach((term, l) -> out.add(new Entry(term, readings.containsKey(term) ? readings.get(term) : sortKey.apply(term), List.copyOf(l))));
        // pinyin and tone first; homophones by stroke count (DOMAIN: 索引排序), through ICU's stroke collation
        com.ibm.icu.text.Collator strokes = com.ibm.icu.text.Collator.getInstance(new com.ibm.icu.util.ULocale("zh@collation=stroke"));
        out.sort(Comparator.comparing(Entry::key).thenComparing(Entry::term, strokes::compare).thenComparing(Entry::term));
        return out;
    }

    /** The index as flow blocks: an opening "索　引", a letter heading per initial, one line per entry. */
    public List<Block> blocks(List<Entry> entries) {
        double size = t.bodySize();
        double pitch = t.linePitch();
        double measure = t.columnWidth();
        List<Block> out = new ArrayList<>();
        out.add(FrontMatter.opening(t, fonts, "索　引"));
        String letter = null;
        List<Line> group = new ArrayList<>();
        for (Entry e : entries) {
            String initial = e.key().isEmpty() ? "#" : e.key().substring(0, 1).toUpperCase(java.util.Locale.ROOT);
            if (!initial.equals(letter)) {
                if (!group.isEmpty()) out.add(new Block.Lines(group, 1, 1));
                group = new ArrayList<>();
                letter = initial;
                Frame l = SimpleLine.set(fonts, FontRole.HEI, size, 0, initial, pitch);
                out.add(new Block.Heading(List.of(Line.of(new Frame("line", measure, pitch, l.baseline(),
                        List.of(new Positioned(0, 0, l))))), 1, 1, 0));
            }
            String text = e.term() + "　" + String.join("，", e.locators());
            Frame l = SimpleLine.set(fonts, FontRole.SONG, size, 0, text, pitch);
            if (l.width() > measure) {
                // a long locator list continues on the next line, indented by one character
                int cut = Math.max(1, (int) (measure / size) - 1);
                group.add(Line.of(SimpleLine.set(fonts, FontRole.SONG, size, 0, text.substring(0, cut), pitch)));
                group.add(Line.of(indented(SimpleLine.set(fonts, FontRole.SONG, size, 0, text.substring(cut), pitch), size, measure)));
            } else {
                group.add(Line.of(new Frame("line", measure, pitch, l.baseline(), List.of(new Positioned(0, 0, l)))));
            }
        }
        if (!group.isEmpty()) out.add(new Block.Lines(group, 1, 1));
        return out;
    }

    private static Frame indented(Frame f, double by, double measure) {
        return new Frame("line", measure, f.height(), f.baseline(), List.of(new Positioned(by, 0, f)));
    }
}
