package org.annalist.importer.text;

import org.annalist.i18n.Texts;
import java.util.ArrayList;
import java.util.List;

import org.annalist.model.ImportReport;

/**
 * Splits a file holding several articles (a newspaper special page: title, optional subtitle, byline, body,
 * repeated) into one line list per article. An article start is a byline preceded by one or two title-like
 * lines; a file is split only when it has at least two such starts, so a single article's byline never
 * triggers a split.
 */
final class ArticleSplitter {

    private ArticleSplitter() {
    }

    /** The articles' lines; a single element (the whole list) when the file holds one article. */
    static List<List<Line>> split(List<Line> lines, ImportReport report) {
        List<Integer> starts = new ArrayList<>();
        List<Integer> bylines = new ArrayList<>();
        int lastByline = -1;
        for (int b = 1; b < lines.size(); b++) {
            if (HeadDetector.parseByline(lines.get(b).stripped()) == null) continue;
            int k = 0;
            while (k < 2 && b - k - 1 > lastByline && HeadDetector.isTitleLike(lines.get(b - k - 1).stripped())) k++;
            if (k == 0) continue;
            starts.add(b - k);
            bylines.add(b);
            lastByline = b;
        }
        if (starts.size() < 2) return List.of(lines);

        List<List<Line>> out = new ArrayList<>();
        for (int a = 0; a < starts.size(); a++) {
            int from = a == 0 ? 0 : starts.get(a);
            int to = a + 1 < starts.size() ? starts.get(a + 1) : lines.size();
            out.add(lines.subList(from, to));
        }
        int s0 = starts.get(0);
        if (s0 > 0) {
            // Text before the first title that survived the furniture rules: keep it rather than lose it, as
            // body text right after the first article's byline, where the editor will see it.
            report.warning(lines.get(0).number(), Texts.get("report.split.before", s0));
            int b0 = bylines.get(0);
            List<Line> first = new ArrayList<>(lines.subList(s0, b0 + 1));
            first.addAll(lines.subList(0, s0));
            first.addAll(lines.subList(b0 + 1, starts.get(1)));
            out.set(0, first);
        }
        StringBuilder titles = new StringBuilder();
        for (int s : starts) titles.append(titles.isEmpty() ? "" : "；").append(lines.get(s).stripped());
        report.detected(lines.get(starts.get(0)).number(), Texts.get("report.split", starts.size()), titles.toString());
        return out;
    }
}
