package org.annalist.ui.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Case-blind matching of 逐字查找. */
class PublicationSearchTest {
    @Test
    void ignoringCaseMatchesLatinInEitherCase() {
        assertThat(PublicationSearch.indexOf("政协 CPPCC 委员", "cppcc", 0, true)).isEqualTo(3);
        assertThat(PublicationSearch.indexOf("政协 CPPCC 委员", "cppcc", 0, false)).isEqualTo(-1);
        assertThat(PublicationSearch.indexOf("甲乙甲乙", "甲", 1, true)).isEqualTo(2);
    }
}
