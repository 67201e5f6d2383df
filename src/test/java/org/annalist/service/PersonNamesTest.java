package org.annalist.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN.md: collators read 曾 查 仇 单 解 区 万俟 wrongly as surnames; the default key must not. */
class PersonNamesTest {
    @Test
    void ordinaryNameGetsPinyinWithTones() {
        assertThat(PersonNames.sortKey("王立平")).isEqualTo("wang2 li4 ping2");
    }

    @Test
    void polyphonicSurnamesAreReadAsSurnames() {
        assertThat(PersonNames.sortKey("曾国藩")).startsWith("zeng1 ");
        assertThat(PersonNames.sortKey("单雄信")).startsWith("shan4 ");
        assertThat(PersonNames.sortKey("解缙")).startsWith("xie4 ");
        assertThat(PersonNames.sortKey("区寄")).startsWith("ou1 ");
        assertThat(PersonNames.sortKey("仇英")).startsWith("qiu2 ");
        assertThat(PersonNames.sortKey("查良镛")).startsWith("zha1 ");
    }

    @Test
    void compoundSurname() {
        assertThat(PersonNames.sortKey("万俟卨")).startsWith("mo4 qi2 ");
    }
}
