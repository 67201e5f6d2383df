package org.annalist.ui.editor;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reading view shows the text as a reader reads it: markup hidden, its meaning shown as styles. */
class ReadingStylesTest {

    private static final String ITEM = String.join("\n",
            "**【概况】** 2023年，全区[约]{.insertion author=\"王审稿\" date=\"2024-03-01T10:00:00Z\"}有人口"
                    + "[三十万]{.deletion author=\"李校对\" date=\"2024-03-02T09:00:00Z\"}。首页 \\> 人民视点[^1]",
            "",
            "## 一、经济",
            "",
            "[乌当区政协]{.index}组织*视察*活动，**重点**调研。",
            "",
            "| 项目 | 数值 |",
            "|:--|--:|",
            "| 人口 | 30 |",
            "[表1 人口]",
            "",
            "- 甲",
            "- 乙",
            "",
            "[^1]: 据区统计局。");

    @Test
    void noMarkupIsShownAndTheTextIsKept() {
        ReadingStyles.Result r = ReadingStyles.of(ITEM);
        String shown = r.shown();
        for (String markup : new String[]{"{", "}", "\\", "**", "author=", ".insertion", "[^", "##", ":--", "[表1"}) {
            assertFalse(shown.contains(markup), () -> "markup " + markup + " shown in:\n" + shown);
        }
        assertTrue(shown.contains("【概况】2023年，全区约有人口三十万。首页 > 人民视点1"), shown);
        assertTrue(shown.contains("一、经济"), shown);
        assertTrue(shown.contains("乌当区政协组织视察活动，重点调研。"), shown);
        assertTrue(shown.contains("| 人口 | 30 |"), shown);
        assertTrue(shown.contains("表1 人口"), shown);
        assertTrue(shown.contains("- 甲"), shown);
        assertTrue(shown.contains("\n1 据区统计局。"), shown);
    }

    @Test
    void stylesSayWhatTheMarkupMeant() {
        ReadingStyles.Result r = ReadingStyles.of(ITEM);
        assertTrue(r.classes(ITEM.indexOf("概况")).contains("rv-entry"));
        assertTrue(r.classes(ITEM.indexOf("【")).contains("rv-entry"), "the 【 of a 条目 title is shown with it");
        int ins = ITEM.indexOf("约]");
        assertTrue(r.classes(ins).contains("rv-ins"));
        assertTrue(r.classes(ins).contains(ReadingStyles.authorClass("王审稿")));
        assertTrue(r.classes(ITEM.indexOf("三十万")).contains("rv-del"));
        assertTrue(r.classes(ITEM.indexOf("一、经济")).contains("rv-h2"));
        assertTrue(r.classes(ITEM.indexOf("乌当区")).contains("rv-index"));
        assertTrue(r.classes(ITEM.indexOf("视察")).contains("rv-emph"));
        assertTrue(r.classes(ITEM.indexOf("重点")).contains("rv-strong"));
        assertTrue(r.classes(ITEM.indexOf("据区统计局")).contains("rv-note-text"));
        int mark = ITEM.indexOf("[^1]") + 2;
        assertEquals(java.util.List.of("rv-note-mark"), r.classes(mark));
        assertTrue(r.hidden(ITEM.indexOf("\\>")), "the escape is hidden");
        assertFalse(r.hidden(ITEM.indexOf("\\>") + 1), "the escaped character is shown");
        assertTrue(r.hidden(ITEM.indexOf(":--")), "the table's delimiter row is hidden");
    }

    @Test
    void hoverExplainsSuggestionsAndNotes() {
        ReadingStyles.Result r = ReadingStyles.of(ITEM);
        ReadingStyles.Annotation a = r.annotationAt(ITEM.indexOf("约]"));
        assertNotNull(a);
        assertEquals(ReadingStyles.Annotation.Kind.INSERTION, a.kind());
        assertEquals("王审稿", a.author());
        assertEquals("2024-03-01T10:00:00Z", a.date());
        ReadingStyles.Annotation note = r.annotationAt(ITEM.indexOf("[^1]") + 2);
        assertNotNull(note);
        assertEquals(ReadingStyles.Annotation.Kind.NOTE, note.kind());
        assertEquals("据区统计局。", note.text());
    }
}
