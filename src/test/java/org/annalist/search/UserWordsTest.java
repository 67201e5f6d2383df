package org.annalist.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: the ranking field's words take the names of the 人物与地名 lists as a user dictionary. ICU's dictionary cuts
 * names it does not know; with the names given, each stays one word with its own offsets, and the rest of the text is
 * cut as before.
 */
class UserWordsTest {
    private static List<String> words(UserWords dict, String text) throws Exception {
        List<String> out = new ArrayList<>();
        try (Analyzer a = Analyzers.words(dict); TokenStream ts = a.tokenStream("body_w", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                assertThat(ChineseFolding.fold(text.substring(offset.startOffset(), offset.endOffset()))).isEqualTo(term.toString());
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void namesOfTheAuthorityListsStayWholeAndTheRestIsCutAsBefore() throws Exception {
        String text = "一九四四年冬，卞东方随部队到乌当新堡乡，住在裴承前家。";
        UserWords none = new UserWords();
        List<String> before = words(none, text);
        assertThat(before).doesNotContain("卞东方", "新堡乡", "裴承前");

        UserWords dict = new UserWords();
        dict.set(List.of("卞东方", "新堡乡", "裴承前", " "));
        List<String> after = words(dict, text);
        assertThat(after).contains("卞东方", "新堡乡", "裴承前");
        // nothing lost: every character of a word before is still in a word after, in the same order
        assertThat(String.join("", after)).isEqualTo(String.join("", before));
        // a one-character name is left to ICU
        UserWords one = new UserWords();
        one.set(List.of("东", "乡"));
        assertThat(words(one, text)).isEqualTo(before);
    }

    @Test
    void traditionalNamesAreFoldedLikeTheText() throws Exception {
        UserWords dict = new UserWords();
        dict.set(List.of("張自忠"));
        assertThat(words(dict, "张自忠将军殉国")).contains("张自忠");
        assertThat(words(dict, "張自忠將軍殉國")).contains("张自忠");
    }
}
