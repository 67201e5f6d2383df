package org.annalist.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two ways text is cut: {@link #bigrams} (every CJK character and every pair, so any name is found whether a
 * segmenter knows it or not) and {@link #words} (ICU dictionary words, for ranking). Both fold full-width forms, case,
 * and traditional characters to simplified. The words keep the names of the 人物与地名 lists whole ({@link UserWords}).
 */
final class Analyzers {
    private Analyzers() {
    }

    /** Index side: unigrams and bigrams (a one-character query matches a unigram, a longer one a chain of bigrams). */
    static Analyzer bigrams() {
        return bigrams(true);
    }

    private static Analyzer bigrams(boolean unigrams) {
        return new Analyzer() {
            @Override
            protected java.io.Reader initReader(String field, java.io.Reader reader) {
                return new FoldingReader(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                TokenStream s = new CJKWidthFilter(t);
                s = new LowerCaseFilter(s);
                s = new CJKBigramFilter(s, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
                        | CJKBigramFilter.HANGUL, unigrams);
                return new TokenStreamComponents(t, s);
            }
        };
    }

    static Analyzer words(UserWords userWords) {
        return new Analyzer() {
            @Override
            protected java.io.Reader initReader(String field, java.io.Reader reader) {
                return new FoldingReader(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new WordTokenizer(userWords);
                TokenStream s = new CJKWidthFilter(t);
                s = new LowerCaseFilter(s);
                return new TokenStreamComponents(t, s);
            }
        };
    }
}
