package org.annalist.ui.editor;

import org.annalist.doc.Markdown;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Editing with the markup hidden keeps the markup whole (the reading view of issue 12 item 3). */
class ReadingEditsTest {
    private static final String INS = "{.insertion author=\"王审稿\" date=\"2024-03-01T10:00:00Z\"}";

    private static ReadingEdits.Hidden hidden(String text) {
        return ReadingStyles.of(text)::hidden;
    }

    private static String shown(String text) {
        return ReadingStyles.of(text).shown();
    }

    @Test
    void typedMarkupCharactersAreEscapedAndShownAsTyped() {
        String before = "全区人口";
        ReadingEdits.Change c = ReadingEdits.replace(before, hidden(before), 2, 2, "*[注]|<b>");
        String after = c.applyTo(before);
        assertEquals("全区\\*\\[注\\]\\|\\<b\\>人口", after);
        assertEquals("全区*[注]|<b>人口", shown(after));
        assertEquals(2 + "\\*\\[注\\]\\|\\<b\\>".length(), c.caret());
        // a line start that would read as a heading or a list
        ReadingEdits.Change h = ReadingEdits.replace("", hidden(""), 0, 0, "# 不是标题");
        assertEquals("# 不是标题", shown(h.applyTo("")));
    }

    @Test
    void backspaceOverASuggestionsLastCharacterLeavesNoEmptyMarkup() {
        String text = "全区[约]" + INS + "有人口";
        int caret = text.indexOf("约") + 1;
        ReadingEdits.Change c = ReadingEdits.backspace(text, hidden(text), caret);
        assertEquals("全区有人口", c.applyTo(text));
        assertEquals(2, c.caret());
    }

    @Test
    void deletingASelectionKeepsTheMarkupOfWhatStays() {
        String text = "全区[约有]" + INS + "人口三十万。";
        // select from 有 to 口: the suggestion loses 有 and keeps 约
        int from = text.indexOf("有");
        int to = text.indexOf("口") + 1;
        String after = ReadingEdits.replace(text, hidden(text), from, to, "").applyTo(text);
        assertEquals("全区[约]" + INS + "三十万。", after);
        assertEquals("全区约三十万。", shown(after));
    }

    @Test
    void backspaceAtAParagraphStartJoinsAndAHeadingBecomesText() {
        String text = "前文。\n\n## 一、经济\n\n后文。";
        int caret = text.indexOf("一");
        ReadingEdits.Change c = ReadingEdits.backspace(text, hidden(text), caret);
        assertEquals("前文。一、经济\n\n后文。", c.applyTo(text));
        assertEquals(text.indexOf("\n"), c.caret());
        // Delete at the end of a paragraph joins the next one
        ReadingEdits.Change d = ReadingEdits.delete(text, hidden(text), text.indexOf("\n"));
        assertEquals("前文。一、经济\n\n后文。", d.applyTo(text));
    }

    @Test
    void enterInsideASuggestionClosesAndReopensIt() {
        String text = "[约定]" + INS + "俗成";
        int caret = text.indexOf("定");
        ReadingEdits.Change c = ReadingEdits.newParagraph(text, hidden(text), caret);
        String after = c.applyTo(text);
        assertEquals("[约]" + INS + "\n\n[定]" + INS + "俗成", after);
        assertEquals(2, Markdown.parseBody(after).blocks().size());
        assertEquals(after.indexOf("[定]") + 1, c.caret());
    }

    @Test
    void enterInATableAddsARowAndInAListAnItem() {
        String table = "| 项目 | 数值 |\n|:--|--:|\n| 人口 | 30 |";
        ReadingEdits.Change t = ReadingEdits.newParagraph(table, hidden(table), table.indexOf("30"));
        assertEquals(table + "\n|  |  |", t.applyTo(table));
        String list = "1. 甲\n2. 乙";
        ReadingEdits.Change l = ReadingEdits.newParagraph(list, hidden(list), list.length());
        assertEquals(list + "\n3. ", l.applyTo(list));
    }

    @Test
    void arrowsStepOverHiddenMarkupOneShownCharacterAtATime() {
        String text = "甲[乙]" + INS + "丙";
        ReadingEdits.Hidden h = hidden(text);
        int afterYi = text.indexOf("乙") + 1;
        int right = ReadingEdits.right(text, h, afterYi);
        assertEquals(text.indexOf("丙") + 1, right, "one press passes the hidden markup and 丙");
        assertEquals(text.indexOf("乙"), ReadingEdits.left(text, h, afterYi));
        assertEquals(0, ReadingEdits.left(text, h, text.indexOf("乙")), "the hidden [ is stepped over");
    }

    @Test
    void typingStaysOutOfHiddenMarkup() {
        String text = "## 一、经济";
        ReadingEdits.Change c = ReadingEdits.replace(text, hidden(text), 0, 0, "甲");
        assertEquals("## 甲一、经济", c.applyTo(text));
        // on the blank line between two paragraphs: a paragraph of its own
        String two = "甲。\n\n乙。";
        ReadingEdits.Change p = ReadingEdits.replace(two, hidden(two), 3, 3, "丙");
        assertEquals("甲。\n\n丙\n\n乙。", p.applyTo(two));
        assertEquals(3, Markdown.parseBody(p.applyTo(two)).blocks().size());
    }

    @Test
    void boldTogglesAndUsesTheSpanFormNextToChinesePunctuation() {
        String text = "组织视察活动，重点调研。";
        int from = text.indexOf("重点");
        ReadingEdits.Change on = ReadingEdits.toggle(text, hidden(text), from, from + 2, true);
        String bold = on.applyTo(text);
        assertEquals("组织视察活动，**重点**调研。", bold);
        int at = bold.indexOf("重点");
        ReadingEdits.Change off = ReadingEdits.toggle(bold, hidden(bold), at, at + 2, true);
        assertEquals(text, off.applyTo(bold));
        String quoted = "他说“重要”的事。";
        int q = quoted.indexOf("“");
        ReadingEdits.Change span = ReadingEdits.toggle(quoted, hidden(quoted), q, q + 4, true);
        String s = span.applyTo(quoted);
        assertEquals("他说[“重要”]{.strong}的事。", s);
        assertEquals(quoted, shown(s));
        assertNull(ReadingEdits.toggle(text, hidden(text), 3, 3, true));
    }

    private static final String DEL = "{.deletion author=\"李校对\" date=\"2024-03-02T09:00:00Z\"}";

    @Test
    void oneSuggestionIsAcceptedOrRejectedAsWordDoes() {
        String text = "全区[约]" + INS + "有人口[三十万]" + DEL + "31.2万人。";
        ReadingEdits.Pending ins = ReadingEdits.pendingAt(text, text.indexOf("约"));
        assertEquals("王审稿", ins.author());
        assertEquals("全区约有人口[三十万]" + DEL + "31.2万人。", ReadingEdits.resolve(text, ins, true).applyTo(text));
        assertEquals("全区有人口[三十万]" + DEL + "31.2万人。", ReadingEdits.resolve(text, ins, false).applyTo(text));
        ReadingEdits.Pending del = ReadingEdits.pendingAt(text, text.indexOf("十万"));
        assertEquals("全区[约]" + INS + "有人口31.2万人。", ReadingEdits.resolve(text, del, true).applyTo(text));
        assertEquals("全区[约]" + INS + "有人口三十万31.2万人。", ReadingEdits.resolve(text, del, false).applyTo(text));
        assertNull(ReadingEdits.pendingAt(text, text.indexOf("人口")));
    }

    @Test
    void allOfOneReviewersSuggestionsAndNoOneElses() {
        String text = "甲[乙]" + INS + "丙[丁]" + DEL + "\n\n[戊]" + INS + "己";
        assertEquals(java.util.List.of("王审稿", "李校对"), ReadingEdits.suggestionAuthors(text));
        assertEquals("甲乙丙[丁]" + DEL + "\n\n戊己", ReadingEdits.resolveAll(text, "王审稿", true).applyTo(text));
        assertEquals("甲丙[丁]" + DEL + "\n\n己", ReadingEdits.resolveAll(text, "王审稿", false).applyTo(text));
        assertEquals("甲[乙]" + INS + "丙\n\n[戊]" + INS + "己", ReadingEdits.resolveAll(text, "李校对", true).applyTo(text));
        assertNull(ReadingEdits.resolveAll(text, "张三", true));
    }

    @Test
    void findAndReplaceWorkOnWhatTheEditorSees() {
        String text = "全区[约]" + INS + "有人口，全区约有住户。";
        ReadingEdits.Shown shown = ReadingEdits.Shown.of(text, hidden(text));
        assertEquals("全区约有人口，全区约有住户。", shown.text());
        int at = shown.text().indexOf("约有");
        int[] range = shown.sourceRange(at, at + 2);
        assertEquals(text.indexOf("约]"), range[0]);
        assertEquals(text.indexOf("有人口") + 1, range[1]);
        ReadingEdits.Change c = ReadingEdits.replaceAll(text, hidden(text), "约有", "大约有*", false);
        assertEquals(2, c.caret());
        String after = c.applyTo(text);
        assertEquals("全区大约有*人口，全区大约有*住户。", shown(after));
        assertEquals("全区[大约有\\*]" + INS + "人口，全区大约有\\*住户。", after);
    }
}
