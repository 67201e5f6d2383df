package org.annalist.search;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;

/**
 * Words by ICU4J's dictionary-based word breaking (Chinese and Latin alike), for the ranking field. Chosen over
 * SmartChinese, whose HMM segmenter cut one 5,000-character item in about 80 ms on the 2-core office machine against
 * ICU's 13 ms: the save must not wait for ranking. Reads the whole field (an item's text) at once.
 */
final class WordTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final BreakIterator words = BreakIterator.getWordInstance(ULocale.CHINESE);
    private final UserWords userWords;
    private final StringBuilder text = new StringBuilder();
    private int start;
    private int end;
    /** After a dictionary word that ended inside one of ICU's words: the rest is a word only if it has letters. */
    private boolean afterUserWord;

    WordTokenizer(UserWords userWords) {
        this.userWords = userWords;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        char[] buf = new char[8192];
        for (int n; (n = input.read(buf)) > 0; ) text.append(buf, 0, n);
        words.setText(text.toString());
        start = words.first();
        end = words.next();
        afterUserWord = false;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        while (end != BreakIterator.DONE) {
            int s = start, e = end;
            boolean word = afterUserWord ? hasLetter(s, e) : words.getRuleStatus() != BreakIterator.WORD_NONE;
            afterUserWord = false;
            int named = userWords == null || userWords.isEmpty() ? -1 : userWords.longestAt(text, s);
            if (named > e) {
                // a name of the 人物与地名 lists is one word, whatever ICU's dictionary makes of it
                e = named;
                start = named;
                if (named >= text.length()) {
                    end = BreakIterator.DONE;
                } else {
                    boolean boundary = words.isBoundary(named);
                    end = words.following(named); // the status now describes the piece that ends there
                    afterUserWord = !boundary;     // the rest of an ICU word cut by the name
                }
                term.setEmpty().append(text, s, e);
                offset.setOffset(correctOffset(s), correctOffset(e));
                return true;
            }
            start = end;
            end = words.next();
            if (word) {
                term.setEmpty().append(text, s, e);
                offset.setOffset(correctOffset(s), correctOffset(e));
                return true;
            }
        }
        return false;
    }

    private boolean hasLetter(int from, int to) {
        for (int i = from; i < to; i++) if (Character.isLetterOrDigit(text.charAt(i))) return true;
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(text.length());
        offset.setOffset(last, last);
    }
}
