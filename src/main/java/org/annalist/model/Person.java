package org.annalist.model;

import org.annalist.i18n.LocalizedException;
import java.util.List;

/**
 * A person known to the archive (人物), with aliases (别名、笔名, and the names of persons merged into this one), 字 and
 * 号, dates of birth and death as the sources give them (free text: 1891, 约1900), a note and an editable pinyin sort
 * key, because collators read surnames such as 曾 查 仇 单 解 区 万俟 wrongly. {@code sortKeyManual}: the editor set the
 * sort key, so it is kept when the name changes.
 */
public record Person(long id, String name, List<String> aliases, String sortKey, String zi, String hao, String born,
                     String died, String note, boolean sortKeyManual) {
    public Person {
        if (name == null || name.isBlank()) throw new LocalizedException("model.person.noName");
        name = name.strip();
        aliases = List.copyOf(aliases);
        zi = blankToNull(zi);
        hao = blankToNull(hao);
        born = blankToNull(born);
        died = blankToNull(died);
        note = blankToNull(note);
        sortKey = blankToNull(sortKey);
    }

    public Person(long id, String name, List<String> aliases, String sortKey) {
        this(id, name, aliases, sortKey, null, null, null, null, null, false);
    }

    /** Every name the person is found under in a text: the name, the aliases, 字 and 号. */
    public List<String> allNames() {
        List<String> out = new java.util.ArrayList<>();
        out.add(name);
        for (String a : aliases) if (!out.contains(a)) out.add(a);
        if (zi != null && !out.contains(zi)) out.add(zi);
        if (hao != null && !out.contains(hao)) out.add(hao);
        return out;
    }

    /** 1891—1940, 1891—, —1940 or empty. */
    public String lifeDates() {
        if (born == null && died == null) return "";
        return (born == null ? "" : born) + "—" + (died == null ? "" : died);
    }

    public Person withSortKey(String key, boolean manual) {
        return new Person(id, name, aliases, key, zi, hao, born, died, note, manual);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
