package org.annalist.typeset.page;

import org.annalist.typeset.flow.Line;
import org.annalist.typeset.flow.Mark;
import org.annalist.typeset.flow.PageLayout;
import org.annalist.typeset.flow.PageLayout.Placed;
import org.annalist.typeset.font.FontBook;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.Positioned;
import org.annalist.typeset.frame.Rule;
import org.annalist.typeset.style.Folio;
import org.annalist.typeset.style.RunningHeads;
import org.annalist.typeset.style.Template;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the flow's pages into page frames: columns at their place on recto and verso pages, the running
 * head (book title on versos, the current 类目 on rectos, none on opening and blank pages) with its rule,
 * and the folio at the outer foot. Records where headings and index terms landed.
 */
public final class PageMaker {
    private final Template t;
    private final FontBook fonts;
    private final String bookTitle;

    /** The finished pages and what they carry. */
    public record Result(List<Frame> pages, List<PageInfo> info) {
    }

    public PageMaker(Template template, FontBook fonts, String bookTitle) {
        this.t = template;
        this.fonts = fonts;
        this.bookTitle = bookTitle;
    }

    public Result make(List<PageLayout> layouts) {
        return make(layouts, 0);
    }

    /** Pages whose folios continue {@code folioOffset} pages after the template's first number (back matter). */
    public Result make(List<PageLayout> layouts, int folioOffset) {
        return make(layouts, folioOffset, n -> {
        });
    }

    /** As {@link #make(List, int)}, telling {@code pagesMade} the number of pages made after each (it may throw to stop). */
    public Result make(List<PageLayout> layouts, int folioOffset, java.util.function.IntConsumer pagesMade) {
        List<Frame> pages = new ArrayList<>();
        List<PageInfo> infos = new ArrayList<>();
        String[] current = new String[7]; // the heading in effect at each level, for running heads
        int firstFolio = t.folio() == null ? 1 : t.folio().firstNumber();
        for (PageLayout p : layouts) {
            int folio = firstFolio + folioOffset + p.index();
            boolean recto = folio % 2 == 1;
            double left = recto ? t.marginInner() : t.marginOuter();
            List<Positioned> items = new ArrayList<>();
            List<PageInfo.HeadingAt> headings = new ArrayList<>();
            List<PageInfo.TermAt> terms = new ArrayList<>();
            String[] atTop = current.clone();
            for (Placed pl : p.opening()) {
                double y = t.marginTop() + pl.slot() * t.linePitch();
                items.add(new Positioned(left, y, pl.line().frame()));
                note(pl.line(), y, 0, headings, terms, current);
            }
            for (Placed pl : p.spanning()) {
                double y = t.marginTop() + pl.slot() * t.linePitch();
                items.add(new Positioned(left, y, pl.line().frame()));
                note(pl.line(), y, 0, headings, terms, current);
            }
            NoteNumbers numbers = new NoteNumbers();
            for (int c = 0; c < p.columns().size(); c++) {
                double x = left + c * (t.columnWidth() + t.columnGap());
                for (Placed pl : p.columns().get(c)) {
                    double y = t.marginTop() + pl.slot() * t.linePitch();
                    items.add(new Positioned(x, y, numbers.body(pl.line())));
                    note(pl.line(), y, c, headings, terms, current);
                }
                footnotes(p.notes().get(c), x, t.marginTop() + p.columnsEnd() * t.linePitch(), numbers, items);
            }
            for (Placed pl : p.foot()) {
                double y = t.marginTop() + pl.slot() * t.linePitch();
                items.add(new Positioned(left, y, pl.line().frame()));
                note(pl.line(), y, 0, headings, terms, current);
            }
            if (!p.blank()) {
                // a recto shows the 类目 in effect at its top, or the first one that starts on it;
                // the head goes first and the folio last, so extracted text reads head, columns, folio
                String[] forHead = atTop[1] != null ? atTop : current;
                List<Positioned> head = new ArrayList<>();
                runningHead(p, recto, left, forHead, head);
                items.addAll(0, head);
                folio(folio, recto, left, items);
            }
            String label = t.folio() == null ? Integer.toString(folio) : t.folio().render(folio).replaceAll("[^0-9A-Za-z]", "");
            pages.add(new Frame("page", t.pageWidth(), t.pageHeight(), 0, items));
            infos.add(new PageInfo(p.index(), folio, label.isEmpty() ? Integer.toString(folio) : label, p.blank(), headings, terms));
            pagesMade.accept(pages.size());
        }
        return new Result(pages, infos);
    }

    /**
     * A column's footnotes at the foot of the column ({@code bottom}: the text block's foot, or the top of
     * a picture across the page foot), under a rule a quarter of the column wide, in the order their marks appear.
     */
    private void footnotes(List<Line> notes, double x, double bottom, NoteNumbers numbers, List<Positioned> items) {
        if (notes.isEmpty()) return;
        double height = 0;
        for (Line n : notes) height += n.frame().height();
        double y = bottom - height;
        items.add(new Positioned(x, y - 0.3 * t.linePitch(), new Rule(t.columnWidth() / 4, 0, 0.4)));
        for (Line n : notes) {
            items.add(new Positioned(x, y, numbers.note(n)));
            y += n.frame().height();
        }
    }

    private static void note(Line line, double y, int column, List<PageInfo.HeadingAt> headings,
                             List<PageInfo.TermAt> terms, String[] current) {
        for (Mark m : line.marks()) {
            if (m.kind() == Mark.Kind.HEADING) {
                headings.add(new PageInfo.HeadingAt(m.level(), m.text(), y, m.key()));
                if (m.level() < current.length) {
                    current[m.level()] = m.text();
                    for (int i = m.level() + 1; i < current.length; i++) current[i] = null;
                }
            } else {
                terms.add(new PageInfo.TermAt(m.text(), column, m.reading(), m.key()));
            }
        }
    }

    private void runningHead(PageLayout p, boolean recto, double left, String[] current, List<Positioned> items) {
        RunningHeads h = t.runningHeads();
        if (h == null || (p.isOpeningPage() && h.noneOnOpeningPages())) return;
        String text = (recto ? h.odd() : h.even()).replace("{书名}", bookTitle == null ? "" : bookTitle)
                .replace("{类目}", nz(current[1])).replace("{栏目}", nz(current[1])).replace("{篇名}", nz(current[2]));
        if (text.isBlank()) return;
        double pitch = t.linePitch();
        double spacing = h.letterSpacing().toPoints(h.size(), pitch) * spacingShare(text);
        Frame line = SimpleLine.set(fonts, h.font(), h.size(), spacing, text, h.size() * 1.5);
        double ruleY = t.marginTop() - 0.75 * pitch;
        double y = ruleY - line.height() - 1;
        items.add(new Positioned(left + (t.textWidth() - line.width()) / 2, y, line));
        double thickness = h.rule().toPoints(h.size(), pitch);
        if (thickness > 0) items.add(new Positioned(left, ruleY, new Rule(t.textWidth(), 0, thickness)));
    }

    private void folio(int folio, boolean recto, double left, List<Positioned> items) {
        Folio f = t.folio();
        if (f == null) return;
        Frame line = SimpleLine.set(fonts, f.font(), f.size(), 0, f.render(folio), f.size() * 1.5);
        double y = t.marginTop() + t.textHeight() + 1.2 * t.linePitch();
        double x = switch (f.position()) {
            case OUTER_FOOT, OUTER_HEAD -> recto ? left + t.textWidth() - line.width() : left;
            case CENTER_FOOT, CENTER_HEAD -> left + (t.textWidth() - line.width()) / 2;
        };
        if (f.position() == Folio.Position.OUTER_HEAD || f.position() == Folio.Position.CENTER_HEAD) {
            y = t.marginTop() - 2.2 * t.linePitch();
        }
        items.add(new Positioned(x, y, line));
    }

    /**
     * Letter-spacing is for short names, as printed heads do it ("专  文"): all of it for two characters,
     * half for three, a quarter for four, none for longer text.
     */
    static double spacingShare(String text) {
        int n = text.strip().codePointCount(0, text.strip().length());
        return n <= 2 ? 1 : n == 3 ? 0.5 : n == 4 ? 0.25 : 0;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
