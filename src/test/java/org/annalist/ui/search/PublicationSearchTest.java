package org.annalist.ui.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding the words again when the text changed between the search and the click, and case-blind matching. */
class PublicationSearchTest {
    @Test
    void ignoringCaseMatchesLatinInEitherCase() {
        assertThat(PublicationSearch.indexOf("政协 CPPCC 委员", "cppcc", 0, true)).isEqualTo(3);
        assertThat(PublicationSearch.indexOf("政协 CPPCC 委员", "cppcc", 0, false)).isEqualTo(-1);
        assertThat(PublicationSearch.indexOf("甲乙甲乙", "甲", 1, true)).isEqualTo(2);
    }

    @Test
    void aHitIsFoundAgainNearWhereItWas() {
        String text = "人民甲人民乙人民";
        assertThat(PublicationSearch.relocate(text, "人民", 3, false, "人民甲")).isEqualTo(3);
        // two characters typed before the hit: the occurrence with the same words before it, not merely the nearest
        assertThat(PublicationSearch.relocate("前言" + text, "人民", 3, false, "人民甲")).isEqualTo(2 + 3);
        // its words before changed too: the nearest occurrence
        assertThat(PublicationSearch.relocate("前言" + text.replace("甲", "丙"), "人民", 3, false, "人民甲")).isEqualTo(2);
        assertThat(PublicationSearch.relocate(text, "人民", 7, false, "…x")).isEqualTo(6);
        assertThat(PublicationSearch.relocate(text, "政协", 3, false, "")).isEqualTo(-1);
    }
}
