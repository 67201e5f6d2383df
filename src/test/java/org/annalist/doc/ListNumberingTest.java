package org.annalist.doc;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.doc.ListNumbering.Delimiter;
import org.annalist.doc.ListNumbering.Numeral;
import org.junit.jupiter.api.Test;

class ListNumberingTest {

    @Test
    void numeralsFormatAndReadBack() {
        assertThat(new ListNumbering(Numeral.UPPER_ALPHA, Delimiter.PERIOD).marker(2)).isEqualTo("B.");
        assertThat(new ListNumbering(Numeral.LOWER_ALPHA, Delimiter.PAREN).marker(28)).isEqualTo("bb)");
        assertThat(new ListNumbering(Numeral.LOWER_ROMAN, Delimiter.PARENS).marker(14)).isEqualTo("(xiv)");
        assertThat(new ListNumbering(Numeral.UPPER_ROMAN, Delimiter.PERIOD).marker(1999)).isEqualTo("MCMXCIX.");
        assertThat(ListNumbering.DECIMAL.marker(0)).isEqualTo("0.");
        // what a numeral cannot show is printed in decimal
        assertThat(new ListNumbering(Numeral.LOWER_ALPHA, Delimiter.PERIOD).marker(0)).isEqualTo("0.");
        for (Numeral n : Numeral.values()) {
            for (int i = 1; i < 100; i++) assertThat(n.parse(n.format(i))).as("%s %d", n, i).isEqualTo(i);
        }
        assertThat(Numeral.LOWER_ROMAN.parse("iiii")).isEqualTo(-1);
        assertThat(Numeral.LOWER_ROMAN.parse("IV")).isEqualTo(-1);
        assertThat(Numeral.LOWER_ALPHA.parse("ab")).isEqualTo(-1);
    }

    @Test
    void fancyMarkersFollowPandocsRules() {
        assertThat(FancyLists.marker("a. 甲", 0, 4)).isEqualTo("a.");
        assertThat(FancyLists.marker("(iv) 甲", 0, 6)).isEqualTo("(iv)");
        assertThat(FancyLists.marker("(12) 甲", 0, 6)).isEqualTo("(12)");
        assertThat(FancyLists.marker("12) 甲", 0, 5)).isNull();          // CommonMark's own
        assertThat(FancyLists.marker("B. Russell", 0, 10)).isNull();     // a capital and a period need two spaces
        assertThat(FancyLists.marker("B.  甲", 0, 5)).isEqualTo("B.");
        assertThat(FancyLists.marker("B.", 0, 2)).isEqualTo("B.");      // an empty item
        assertThat(FancyLists.marker("i.e. 即", 0, 6)).isNull();
        assertThat(FancyLists.marker("ab. 甲", 0, 5)).isNull();
        assertThat(FancyLists.numbering("i.")).isEqualTo(new ListNumbering(Numeral.LOWER_ROMAN, Delimiter.PERIOD));
        assertThat(FancyLists.numbering("v)")).isEqualTo(new ListNumbering(Numeral.LOWER_ALPHA, Delimiter.PAREN));
        assertThat(FancyLists.numbering("(II)")).isEqualTo(new ListNumbering(Numeral.UPPER_ROMAN, Delimiter.PARENS));
    }
}
