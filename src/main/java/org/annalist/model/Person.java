package org.annalist.model;

import org.annalist.i18n.LocalizedException;
import java.util.List;

/**
 * A person known to the archive, with aliases (字、号、笔名) and an editable pinyin sort key, because
 * collators read surnames such as 曾 查 仇 单 解 区 万俟 wrongly.
 */
public record Person(long id, String name, List<String> aliases, String sortKey) {
    public Person {
        if (name == null || name.isBlank()) throw new LocalizedException("model.person.noName");
        aliases = List.copyOf(aliases);
    }
}
