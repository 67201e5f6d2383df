package org.annalist.ui.editor;

import org.annalist.doc.Markdown;
import org.annalist.doc.Suggestions;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** 修订: a reviewer's typing and deleting in the reading view become their pending suggestions at their level. */
class TrackedEditsTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final TrackedEdits.Signer FIRST = new TrackedEdits.Signer("甲", "初审");
    private static final TrackedEdits.Signer SECOND = new TrackedEdits.Signer("乙", "复审");
    private static final String A1 = " author=\"甲\" date=\"2026-12-06T10:00:00Z\" level=\"初审\"";
    private static final String A2 = " author=\"乙\" date=\"2026-12-06T10:00:00Z\" level=\"复审\"";

    private static ReadingEdits.Hidden hidden(String text) {
        return ReadingStyles.of(text)::hidden;
    }

    private static String shown(String text) {
        return ReadingStyles.of(text).shown();
    }

    /** Types {@code s} one character at a time at the caret, as the keyboard does. */
    private static String[] type(String text, int caret, String s, TrackedEdits.Signer who) {
        for (int k = 0; k < s.length(); k++) {
            ReadingEdits.Change c = TrackedEdits.replace(text, hidden(text), caret, caret, s.substring(k, k + 1), who, NOW);
            text = c.applyTo(text);
            caret = c.caret();
        }
        return new String[]{text, String.valueOf(caret)};
    }

    @Test
    void typingBecomesOneInsertionOfTheSignerAtTheirLevel() {
        String text = "全区人口三十万。";
        String[] r = type(text, 2, "常住", FIRST);
        assertEquals("全区[常住]{.insertion" + A1 + "}人口三十万。", r[0]);
        assertEquals("全区常住人口三十万。", shown(r[0]));
        List<Suggestions.Suggestion> s = Suggestions.list(Markdown.parse(r[0]));
        assertEquals(1, s.size());
        assertEquals("甲", s.get(0).author());
        assertEquals("常住", s.get(0).text());
        // typed markup characters stay text
        String[] star = type("人口", 2, "*", FIRST);
        assertEquals("人口*", shown(star[0]));
    }

    @Test
    void backspaceStrikesThroughAndRunsOfBackspacesMakeOneDeletion() {
        String text = "全区人口约三十万。";
        int caret = text.indexOf("万");
        for (int k = 0; k < 3; k++) {
            ReadingEdits.Change c = TrackedEdits.backspace(text, hidden(text), caret, FIRST, NOW);
            text = c.applyTo(text);
            caret = c.caret();
        }
        assertEquals("全区人口[约三十]{.deletion" + A1 + "}万。", text);
        assertEquals("全区人口约三十万。", shown(text), "deleted words stay on screen, struck through");
        // a fourth Backspace reaches 口 (the caret stepped before 约), a fifth 人: the deletion grows to the left
        text = TrackedEdits.backspace(text, hidden(text), caret, FIRST, NOW).applyTo(text);
        assertEquals("全区人[口约三十]{.deletion" + A1 + "}万。", text);
    }

    @Test
    void deleteStepsOverWhatIsAlreadyDeletedAndJoinsTheSignersDeletion() {
        String text = "全区[人口]{.deletion" + A1 + "}三十万。";
        int caret = text.indexOf("人");
        // Delete on 人 and 口 (already deleted) only moves the caret; then 三 joins the deletion
        ReadingEdits.Change c1 = TrackedEdits.delete(text, hidden(text), caret, FIRST, NOW);
        assertEquals(text, c1.applyTo(text));
        ReadingEdits.Change c2 = TrackedEdits.delete(text, hidden(text), c1.caret(), FIRST, NOW);
        ReadingEdits.Change c3 = TrackedEdits.delete(text, hidden(text), c2.caret(), FIRST, NOW);
        String after = c3.applyTo(text);
        assertEquals("全区[人口三]{.deletion" + A1 + "}十万。", after);
    }

    @Test
    void deletingTheSignersOwnInsertionTakesItAwayButAnotherLevelsIsStruckThrough() {
        String text = "全区[常住]{.insertion" + A1 + "}人口。";
        int end = text.indexOf("住") + 1;
        // 甲 at 初审 deletes their own insertion: it simply goes
        ReadingEdits.Change own = TrackedEdits.replace(text, hidden(text), text.indexOf("常"), end, "", FIRST, NOW);
        assertEquals("全区人口。", own.applyTo(text));
        // 乙 at 复审 deletes part of 甲's insertion: a 复审 deletion "within" it (docs/markup.md), the rest stays 甲's
        String after = TrackedEdits.replace(text, hidden(text), text.indexOf("住"), end, "", SECOND, NOW).applyTo(text);
        assertEquals("全区[常]{.insertion" + A1 + "}[住]{.deletion" + A2 + " within=\"insertion\" within-author=\"甲\"}人口。", after);
        List<Suggestions.Suggestion> s = Suggestions.list(Markdown.parse(after));
        assertEquals(2, s.size());
        assertEquals("甲", s.get(0).author());
        assertEquals("乙", s.get(1).author());
        assertEquals(Suggestions.Kind.DELETION, s.get(1).kind());
        assertEquals(Suggestions.Kind.INSERTION, s.get(1).within(), "struck through inside 甲's insertion");
    }

    @Test
    void typingOverASelectionDeletesThenInserts() {
        String text = "全区人口三十万。";
        ReadingEdits.Change c = TrackedEdits.replace(text, hidden(text), 4, 6, "约四", SECOND, NOW);
        String after = c.applyTo(text);
        assertEquals("全区人口[三十]{.deletion" + A2 + "}[约四]{.insertion" + A2 + "}万。", after);
        assertEquals("全区人口三十约四万。", shown(after));
        assertEquals(after.indexOf("约四") + 2, c.caret());
    }

    @Test
    void markupInTheRangeIsKeptAndParagraphBreaksAreNotSuggestions() {
        String text = "全区**人口**三十万。\n\n第二段。";
        String after = TrackedEdits.replace(text, hidden(text), text.indexOf("区"), text.indexOf("三") + 1, "", FIRST, NOW).applyTo(text);
        assertEquals("全[区]{.deletion" + A1 + "}**[人口]{.deletion" + A1 + "}**[三]{.deletion" + A1 + "}十万。\n\n第二段。", after);
        Markdown.parse(after);
        int second = text.indexOf("第");
        assertNull(TrackedEdits.backspace(text, hidden(text), second, FIRST, NOW), "Backspace at a paragraph's start while tracking");
    }

    @Test
    void typingInsideADeletionSplitsIt() {
        String text = "全区[人口三十]{.deletion" + A2 + "}万。";
        int mid = text.indexOf("三");
        String after = TrackedEdits.replace(text, hidden(text), mid, mid, "约", SECOND, NOW).applyTo(text);
        assertEquals("全区[人口]{.deletion" + A2 + "}[约]{.insertion" + A2 + "}[三十]{.deletion" + A2 + "}万。", after);
    }
}
