package org.annalist.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a 版权页 says, as text: the 图书在版编目（CIP）数据 and the 版本记录's rows (书名, 编者, 责任编辑 and 封面设计,
 * 出版发行, 印刷, 开本 with 印张 and 字数, 版次 and 印次, 印数, 书号, 准印证号, 定价) made from an {@link Imprint} and what
 * the caller computed (开本 from the page size, 印张 and 字数 from the finished book). The PDF sets them on its page,
 * the Word output writes them as paragraphs: one wording for both. A field without data is left off, never invented.
 */
public final class ImprintText {
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月");

    private ImprintText() {
    }

    /** A row of the 版本记录: its label (empty on a row continuing the one above) and value. */
    public record Row(String label, String value) {
    }

    /**
     * The CIP data: the entry (题名. 卷次 / 责任者. -- 出版地 : 出版者, 年.月), the ISBN, the access points (Ⅰ. … Ⅱ. …
     * Ⅲ. 主题词 Ⅳ. 分类号) and the CIP核字号 (null when not given).
     */
    public record Cip(String heading, String entry, String isbn, String access, String number) {
    }

    /** The book's title without the 卷次 at its end ("示范年鉴 2022" with 卷次 2022: "示范年鉴"), which is printed apart. */
    public static String title(String title, Imprint im) {
        String v = im.volume();
        if (v != null && title.endsWith(v) && title.length() > v.length()) return title.substring(0, title.length() - v.length()).strip();
        return title;
    }

    /** The CIP data of a book with a 书号, or null (no 书号: an internal volume has no CIP data). */
    public static Cip cip(String title, Imprint im) {
        if (im.isbn() == null) return null;
        StringBuilder entry = new StringBuilder(title);
        if (im.volume() != null) entry.append(". ").append(im.volume());
        if (im.responsibility() != null) entry.append(" / ").append(im.responsibility().replaceAll("\\s+(?=(编|主编|编著|编纂|著|整理)$)", ""));
        String year = yearMonth(im.edition());
        if (im.publisher() != null || im.place() != null || year != null) {
            entry.append(". -- ");
            if (im.place() != null) entry.append(im.place()).append(im.publisher() != null ? " : " : "");
            if (im.publisher() != null) entry.append(im.publisher());
            if (year != null) entry.append(im.publisher() != null || im.place() != null ? ", " : "").append(year);
        }
        StringBuilder access = new StringBuilder();
        access.append("Ⅰ. ①").append(first(title)).append("…");
        if (im.responsibility() != null) access.append("　Ⅱ. ①").append(first(im.responsibility())).append("…");
        if (!im.subjects().isEmpty()) {
            access.append("　Ⅲ. ");
            for (int i = 0; i < im.subjects().size(); i++) {
                access.append(circled(i + 1)).append(im.subjects().get(i)).append(i + 1 < im.subjects().size() ? " " : "");
            }
        }
        if (im.classification() != null) access.append("　Ⅳ. ①").append(im.classification());
        return new Cip("图书在版编目（CIP）数据", entry.toString(), "ISBN " + im.isbn(), access.toString(), im.cipNumber());
    }

    /**
     * The 版本记录's rows. {@code format}: the 开本 ("787 mm×1092 mm 1/16"), null when the page is no standard format;
     * {@code sheets} (印张, "34.5") and {@code words} (字数, "1234千字"): null when not known (the Word output, whose
     * pages the word processor makes).
     */
    public static List<Row> record(String title, Imprint im, String format, String sheets, String words) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("书　　名", im.volume() == null ? title : title + "（" + im.volume() + "）"));
        add(rows, "编　　者", im.responsibility());
        if (im.responsibleEditor() != null) add(rows, "责任编辑", im.responsibleEditor() + pair("封面设计", im.coverDesigner()));
        else add(rows, "封面设计", im.coverDesigner());
        add(rows, "出版发行", im.publisher());
        if (im.address() != null) rows.add(new Row("", "（" + im.address().replaceAll("^（|）$", "") + "）"));
        add(rows, "印　　刷", im.printer());
        if (format != null) {
            rows.add(new Row("开　　本", format + pair("印张", sheets) + pair("字数", words)));
        } else {
            add(rows, "字　　数", words);
        }
        if (im.edition() != null) add(rows, "版　　次", im.edition() + (im.printing() == null ? "" : "　　" + im.printing()));
        else add(rows, "印　　次", im.printing());
        add(rows, "印　　数", im.printRun());
        add(rows, "书　　号", im.isbn() == null ? null : "ISBN " + im.isbn());
        add(rows, "准印证号", im.permit());
        add(rows, "定　　价", im.price());
        return rows;
    }

    /** "2022年12月第1版" → "2022.12", for the CIP line; null when the 版次 names no month. */
    public static String yearMonth(String edition) {
        if (edition == null) return null;
        Matcher m = YEAR_MONTH.matcher(edition);
        return m.find() ? m.group(1) + "." + m.group(2) : null;
    }

    /** A second label and value on a row ("　　印张　34.5"), or "" without a value. */
    private static String pair(String label, String value) {
        return value == null ? "" : "　　" + label + "　" + value;
    }

    private static void add(List<Row> rows, String label, String value) {
        if (value != null) rows.add(new Row(label, value));
    }

    private static String first(String s) {
        String stripped = s.strip();
        return new String(Character.toChars(stripped.codePointAt(0)));
    }

    private static String circled(int n) {
        return n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : "(" + n + ")";
    }
}
