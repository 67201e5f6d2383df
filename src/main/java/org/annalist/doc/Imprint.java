package org.annalist.doc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 版本记录: what a book's 版权页 says that only its makers know — the CIP data the 中国版本图书馆 issued, the
 * people and firms, 版次/印次, 书号 and 定价. Book metadata beside the document tree (as pandoc keeps Meta
 * beside its blocks). Every field may be null: a missing one is left off the page, never invented. What the
 * typesetter computes (开本, 印张, 字数) is not here.
 */
public record Imprint(String volume, String responsibility, String place, String publisher, String address,
                      String isbn, String classification, List<String> subjects, String cipNumber,
                      String responsibleEditor, String coverDesigner, String printer, String edition,
                      String printing, String printRun, String price, String permit) {

    public static final Imprint NONE = new Imprint(null, null, null, null, null, null, null, List.of(), null,
            null, null, null, null, null, null, null, null);

    /**
     * The field names as editors write them (YAML keys of a 版权页 block, in archive/*.yaml and next to a
     * Markdown book) with what each holds; the order is the order of the record.
     */
    public static final Map<String, String> FIELDS;

    static {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("卷次", "年鉴的年份或文史资料的辑次，如 2022、第1辑（档案库中的出版物自动取得）");
        f.put("编者", "责任者，如 示范市地方志编纂委员会 编");
        f.put("出版地", "如 贵阳");
        f.put("出版社", "出版者，也是“出版发行”一项");
        f.put("地址", "出版社地址和邮编，排在出版社下面");
        f.put("ISBN", "如 978-7-221-17283-5");
        f.put("分类号", "中图分类号，如 Z522.73");
        f.put("主题词", "CIP 数据的主题词，一个或一列");
        f.put("CIP核字号", "如 中国版本图书馆CIP数据核字（2022）第228016号");
        f.put("责任编辑", "");
        f.put("封面设计", "");
        f.put("印刷", "印刷厂");
        f.put("版次", "如 2022年12月第1版");
        f.put("印次", "如 2022年12月第1次印刷");
        f.put("印数", "如 1—1000册");
        f.put("定价", "如 280.00元");
        f.put("准印证号", "内部资料的准印证号（没有书号的文史资料）");
        FIELDS = java.util.Collections.unmodifiableMap(f);
    }

    public Imprint {
        volume = blankToNull(volume);
        responsibility = blankToNull(responsibility);
        place = blankToNull(place);
        publisher = blankToNull(publisher);
        address = blankToNull(address);
        isbn = blankToNull(isbn);
        classification = blankToNull(classification);
        subjects = subjects == null ? List.of() : subjects.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        cipNumber = blankToNull(cipNumber);
        responsibleEditor = blankToNull(responsibleEditor);
        coverDesigner = blankToNull(coverDesigner);
        printer = blankToNull(printer);
        edition = blankToNull(edition);
        printing = blankToNull(printing);
        printRun = blankToNull(printRun);
        price = blankToNull(price);
        permit = blankToNull(permit);
    }

    /** An imprint from field values by their names in {@link #FIELDS} ({@code 主题词} may hold several, split by 、；; or newlines). */
    public static Imprint of(Map<String, String> values) {
        for (String k : values.keySet()) {
            if (!FIELDS.containsKey(k)) throw new org.annalist.i18n.LocalizedException("imprint.unknownField", k, org.annalist.i18n.Texts.list(FIELDS.keySet()));
        }
        String subjects = values.get("主题词");
        return new Imprint(values.get("卷次"), values.get("编者"), values.get("出版地"), values.get("出版社"), values.get("地址"),
                values.get("ISBN"), values.get("分类号"), subjects == null ? List.of() : List.of(subjects.split("[、；;\\n]")),
                values.get("CIP核字号"), values.get("责任编辑"), values.get("封面设计"), values.get("印刷"), values.get("版次"),
                values.get("印次"), values.get("印数"), values.get("定价"), values.get("准印证号"));
    }

    /** The fields that are set, by their names in {@link #FIELDS}, in that order ({@code 主题词} joined by 、). */
    public Map<String, String> values() {
        Object[] v = {volume, responsibility, place, publisher, address, isbn, classification,
                subjects.isEmpty() ? null : String.join("、", subjects), cipNumber, responsibleEditor, coverDesigner,
                printer, edition, printing, printRun, price, permit};
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        for (String name : FIELDS.keySet()) {
            if (v[i] != null) out.put(name, (String) v[i]);
            i++;
        }
        return out;
    }

    /** The names of the fields that are not set (for the typesetting summary). */
    public List<String> missing() {
        List<String> out = new ArrayList<>(FIELDS.keySet());
        out.removeAll(values().keySet());
        return out;
    }

    /** This imprint with {@code volume} when it has none. */
    public Imprint withVolumeIfMissing(String v) {
        if (volume != null || v == null) return this;
        return new Imprint(v, responsibility, place, publisher, address, isbn, classification, subjects, cipNumber,
                responsibleEditor, coverDesigner, printer, edition, printing, printRun, price, permit);
    }

    public boolean isEmpty() {
        return values().isEmpty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
