package org.annalist.typeset.style;

import org.annalist.typeset.font.FontRole;

/**
 * 书眉: the text on odd and even pages ({@code {书名}}, {@code {类目}} are filled in), its font, the rule under
 * it, letter-spacing, and whether a 类目's opening page has none.
 */
public record RunningHeads(String odd, String even, FontRole font, double size, Length rule, Length letterSpacing,
                           boolean noneOnOpeningPages) {
}
