package org.annalist.typeset.page;

import org.annalist.i18n.Texts;
import org.annalist.doc.Imprint;
import org.annalist.doc.ImprintText;
import org.annalist.typeset.font.Face;
import org.annalist.typeset.font.FontBook;
import org.annalist.typeset.font.FontRole;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.Positioned;
import org.annalist.typeset.frame.Rule;
import org.annalist.typeset.style.ChineseSizes;
import org.annalist.typeset.style.Template;

import java.util.ArrayList;
import java.util.List;

/**
 * 版权页 on the back of the title page: at the foot of the text block (the CIP box in the lower half when the
 * data leaves room) the 图书在版编目（CIP）数据 in a ruled box, then the 版本记录 (书名, 编者, 责任编辑 and
 * 封面设计, 出版发行, 印刷, 开本 with 印张 and 字数, 版次 and 印次, 书号, 定价), all in 小五. What only
 * the makers know comes from the {@link Imprint}; 开本 follows from the page size, 印张 and 字数 from the finished
 * book. A field without data is left off, and {@link #notes()} says which.
 */
public final class CopyrightPage {
    private static final double SIZE = ChineseSizes.points("小五");
    private static final double PITCH = SIZE * 1.5;
    /** Fields a printed book's 版权页 is expected to have; an internal volume (准印证号) needs no 书号 or CIP. */
    private static final List<String> EXPECTED = List.of("编者", "出版地", "出版社", "ISBN", "分类号", "主题词", "CIP核字号",
            "责任编辑", "封面设计", "印刷", "版次", "印次", "定价");
    private static final List<String> NOT_FOR_INTERNAL = List.of("出版地", "出版社", "ISBN", "分类号", "主题词", "CIP核字号", "定价");

    private final Template t;
    private final FontBook fonts;
    private final List<String> notes = new ArrayList<>();

    public CopyrightPage(Template template, FontBook fonts) {
        this.t = template;
        this.fonts = fonts;
    }

    /** What the page lacks or could not compute, in Chinese, for the typesetting summary. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** 字数 on a 版权页 is the 版面字数 of the whole book (see {@link #layoutCharacters}), in 千字. */
    public static long thousands(double characters) {
        return Math.round(characters / 1000);
    }

    /**
     * 版面字数 as the publishing rules count it: characters per line across the text block (the gap between
     * columns included) × lines per page × pages, every page of the continuous pagination in full whether set
     * or not, the title page (扉页) at half.
     */
    public static double layoutCharacters(Template t, int pages) {
        long perLine = Math.round(t.textWidth() / t.bodySize());
        double perPage = perLine * t.linesPerColumn();
        return perPage * Math.max(0, pages - 0.5);
    }

    /** 印张: pages (made even: a leaf has two) over the 开 of the format. */
    public static double sheets(int pages, int fold) {
        int even = pages + (pages % 2);
        return (double) even / fold;
    }

    /**
     * The page for a book of {@code pages} pages in all. {@code title}: the book's title; a 卷次 at its end
     * ("示范年鉴 2022" with 卷次 2022) is the imprint's and printed apart.
     */
    public Frame page(String title, Imprint imprint, int pages) {
        notes.clear();
        title = ImprintText.title(title, imprint);
        PaperFormat format = PaperFormat.of(t.pageWidth() * 25.4 / 72, t.pageHeight() * 25.4 / 72);
        List<String> missing = new ArrayList<>(imprint.missing());
        missing.retainAll(EXPECTED);
        if (imprint.permit() != null) missing.removeAll(NOT_FOR_INTERNAL);
        if (imprint.isEmpty()) {
            notes.add(Texts.get("typeset.imprint.none"));
        } else if (!missing.isEmpty()) {
            notes.add(Texts.get("typeset.imprint.missing", Texts.list(missing)));
        }
        if (format == null) {
            notes.add(Texts.get("typeset.imprint.oddFormat", Math.round(t.pageWidth() * 25.4 / 72), Math.round(t.pageHeight() * 25.4 / 72)));
        }

        double width = t.textWidth();
        double left = t.marginOuter(); // the title page's back is a verso
        List<Positioned> cip = cipBlock(title, imprint, width);
        List<Positioned> record = recordBlock(title, imprint, pages, format, width);
        double cipHeight = height(cip);
        double recordHeight = height(record);
        double gap = cip.isEmpty() ? 0 : PITCH * 1.5;
        double bottom = t.marginTop() + t.textHeight();
        double top = Math.max(t.marginTop(), bottom - cipHeight - gap - recordHeight);
        List<Positioned> items = new ArrayList<>();
        for (Positioned p : cip) items.add(new Positioned(left + p.x(), top + p.y(), p.item()));
        for (Positioned p : record) items.add(new Positioned(left + p.x(), top + cipHeight + gap + p.y(), p.item()));
        return new Frame("page", t.pageWidth(), t.pageHeight(), 0, items);
    }

    /** The CIP data in a box of hairlines, items relative to the box's top left; empty without a 书号. */
    private List<Positioned> cipBlock(String title, Imprint im, double width) {
        if (im.isbn() == null) return List.of();
        double pad = SIZE;
        double inner = width - 2 * pad;
        List<Positioned> items = new ArrayList<>();
        double y = pad * 0.5;
        ImprintText.Cip cip = ImprintText.cip(title, im);
        items.add(new Positioned(pad, y, SimpleLine.set(fonts, FontRole.HEI, SIZE, 0, cip.heading(), PITCH)));
        y += PITCH * 1.5;
        y = lines(items, cip.entry(), FontRole.SONG, pad, y, inner, 2 * SIZE);
        y = lines(items, cip.isbn(), FontRole.SONG, pad, y, inner, 2 * SIZE);
        y += PITCH * 0.5;
        y = lines(items, cip.access(), FontRole.SONG, pad, y, inner, 2 * SIZE);
        if (cip.number() != null) {
            y += PITCH * 0.5;
            y = lines(items, cip.number(), FontRole.SONG, pad, y, inner, 0);
        }
        y += pad * 0.5;
        double rule = 0.5;
        items.add(new Positioned(0, 0, new Rule(width, 0, rule)));
        items.add(new Positioned(0, y, new Rule(width, 0, rule)));
        items.add(new Positioned(0, 0, new Rule(0, y, rule)));
        items.add(new Positioned(width, 0, new Rule(0, y, rule)));
        return items;
    }

    /** The 版本记录: label, full-width space, value; values wrap under themselves. */
    private List<Positioned> recordBlock(String title, Imprint im, int pages, PaperFormat format, double width) {
        String words = thousands(layoutCharacters(t, pages)) + "千字";
        List<ImprintText.Row> rows = ImprintText.record(title, im, format == null ? null : format.label(),
                format == null ? null : decimal(sheets(pages, format.fold())), words);
        List<Positioned> items = new ArrayList<>();
        double valueX = 5 * SIZE;
        double y = 0;
        for (ImprintText.Row row : rows) {
            if (!row.label().isEmpty()) items.add(new Positioned(0, y, SimpleLine.set(fonts, FontRole.SONG, SIZE, 0, row.label(), PITCH)));
            y = lines(items, row.value(), FontRole.SONG, valueX, y, width - valueX, 0);
        }
        return items;
    }

    /** Sets {@code text} from {@code y} in lines at most {@code measure} wide, the first indented; returns the next y. */
    private double lines(List<Positioned> items, String text, FontRole role, double x, double y, double measure, double indent) {
        for (String line : wrap(text, role, measure, indent)) {
            items.add(new Positioned(x + indent, y, SimpleLine.set(fonts, role, SIZE, 0, line, PITCH)));
            indent = 0;
            y += PITCH;
        }
        return y;
    }

    /**
     * Greedy breaks: anywhere between CJK characters, at spaces within Latin text and numbers (an ISBN never
     * breaks), never before closing punctuation (R1).
     */
    List<String> wrap(String text, FontRole role, double measure, double indent) {
        List<String> out = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        int start = 0;
        double width = indent;
        int lastBreak = -1;
        for (int i = 0; i < cps.length; i++) {
            if (i > start && breakable(cps, i)) lastBreak = i;
            Face face = fonts.chain(role).faceFor(cps[i]);
            width += (face == null ? 1 : face.advance(cps[i])) * SIZE;
            if (width > measure + 0.01 && i > start) {
                int at = lastBreak > start ? lastBreak : i;
                out.add(new String(cps, start, at - start).strip());
                start = at;
                while (start < cps.length && cps[start] == ' ') start++;
                width = 0;
                lastBreak = -1;
                i = start - 1;
            }
        }
        if (start < cps.length) out.add(new String(cps, start, cps.length - start).strip());
        return out;
    }

    private static boolean breakable(int[] cps, int i) {
        int a = cps[i - 1];
        int b = cps[i];
        if ("，。、；：？！）》」』”’…—·.,;:)".indexOf(b) >= 0) return false;
        if ("（《「『“‘(".indexOf(a) >= 0) return false;
        if (a == ' ') return true;
        return !latin(a) || !latin(b);
    }

    private static boolean latin(int cp) {
        return cp < 0x2E80 && cp != ' ';
    }

    private static double height(List<Positioned> items) {
        double h = 0;
        for (Positioned p : items) {
            double bottom = p.y() + (p.item() instanceof Frame f ? f.height() : p.item() instanceof Rule r ? r.dy() : 0);
            h = Math.max(h, bottom);
        }
        return h;
    }

    /** 3 decimals at most, no trailing zeros: 34.5, 2.375, 12. */
    static String decimal(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.3f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
