package org.annalist.export.pdf;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageLabelTest {

    @Test
    void foliosBecomeTheFewestRanges() {
        List<String> folios = List.of("i", "ii", "iii", "iv", "1", "2", "3", "插页", "插页", "4", "5", "附1", "附2", "XII", "XIII");
        List<PageLabel> ranges = PageLabel.fromFolios(folios);
        assertThat(ranges).containsExactly(
                PageLabel.lowerRoman(0, 1), PageLabel.decimal(4, 1), PageLabel.text(7, "插页"), PageLabel.decimal(9, 4),
                new PageLabel(11, PageLabel.Style.DECIMAL, "附", 1), new PageLabel(13, PageLabel.Style.UPPER_ROMAN, "", 12));
        List<String> back = new ArrayList<>();
        for (int i = 0; i < folios.size(); i++) back.add(PageLabel.labelOf(ranges, i));
        assertThat(back).isEqualTo(folios);
    }

    @Test
    void aGapInNumberingStartsANewRange() {
        assertThat(PageLabel.fromFolios(List.of("1", "2", "5", "6"))).containsExactly(PageLabel.decimal(0, 1), PageLabel.decimal(2, 5));
    }

    @Test
    void nonCanonicalRomanAndBlankFoliosStayText() {
        List<PageLabel> ranges = PageLabel.fromFolios(List.of("iiii", "", "007"));
        assertThat(ranges.subList(0, 2)).containsExactly(PageLabel.text(0, "iiii"), PageLabel.text(1, ""));
        // Leading zeros survive as part of the prefix.
        assertThat(PageLabel.labelOf(ranges, 2)).isEqualTo("007");
    }

    @Test
    void rangesMustStartAtPageZeroAndAscend() {
        assertThatThrownBy(() -> PdfOptions.titled("x").withPageLabels(List.of(PageLabel.decimal(1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PdfOptions.titled("x").withPageLabels(List.of(PageLabel.decimal(0, 1), PageLabel.decimal(0, 5))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lettersRepeatAfterZ() {
        PageLabel letters = new PageLabel(0, PageLabel.Style.UPPER_LETTERS, "", 1);
        assertThat(letters.labelOf(0)).isEqualTo("A");
        assertThat(letters.labelOf(26)).isEqualTo("AA");
    }
}
