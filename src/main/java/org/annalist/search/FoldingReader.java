package org.annalist.search;

import org.apache.lucene.analysis.CharFilter;

import java.io.IOException;
import java.io.Reader;

/**
 * Folds the text traditional → simplified before it is cut ({@link ChineseFolding}), so the segmenter sees the
 * simplified words its dictionary knows. One character for one: offsets need no correction.
 */
final class FoldingReader extends CharFilter {
    FoldingReader(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = input.read(cbuf, off, len);
        for (int i = off; i < off + Math.max(n, 0); i++) cbuf[i] = ChineseFolding.fold(cbuf[i]);
        return n;
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }
}
