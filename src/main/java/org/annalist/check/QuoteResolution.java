package org.annalist.check;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Straight quotes resolved into the curly ones they stand for, pairing them in reading order with the curly quotes
 * already there: a {@code "} after an open “ (or an open {@code "}) closes it, otherwise it opens — and a {@code "}
 * with nothing open that follows a word and precedes a mark or the end closes a quotation that never opened. An
 * apostrophe between Latin letters and the ’ of ’22年 stay as they are. {@code partner[i]} is the other half
 * of the pair the quote at {@code i} belongs to, or -1.
 */
final class QuoteResolution {
    final char[] resolved;
    final int[] partner;

    private QuoteResolution(char[] resolved, int[] partner) {
        this.resolved = resolved;
        this.partner = partner;
    }

    static QuoteResolution of(Unit u) {
        String t = u.text;
        char[] res = t.toCharArray();
        int[] partner = new int[t.length()];
        Arrays.fill(partner, -1);
        if (t.indexOf('"') < 0 && t.indexOf('\'') < 0) return new QuoteResolution(res, partner);
        Deque<Integer> doubles = new ArrayDeque<>();
        Deque<Integer> singles = new ArrayDeque<>();
        for (int i = 0; i < t.length(); i++) {
            if (u.quiet.get(i)) continue;
            char c = t.charAt(i);
            switch (c) {
                case '“' -> doubles.push(i);
                case '”' -> pair(doubles, i, partner);
                case '‘' -> singles.push(i);
                case '’' -> {
                    if (!apostrophe(u, i)) pair(singles, i, partner);
                }
                case '"' -> resolve(u, i, doubles, res, partner, '“', '”');
                case '\'' -> {
                    if (!apostrophe(u, i)) resolve(u, i, singles, res, partner, '‘', '’');
                }
                default -> {
                }
            }
        }
        return new QuoteResolution(res, partner);
    }

    private static void pair(Deque<Integer> open, int i, int[] partner) {
        if (open.isEmpty()) return;
        int o = open.pop();
        partner[o] = i;
        partner[i] = o;
    }

    private static void resolve(Unit u, int i, Deque<Integer> open, char[] res, int[] partner, char opening, char closing) {
        if (!open.isEmpty()) {
            res[i] = closing;
            pair(open, i, partner);
            return;
        }
        char prev = u.at(i - 1);
        char next = u.at(i + 1);
        boolean closes = prev != 0 && !Character.isWhitespace(prev) && !Chars.isPunctuation(prev)
                && (next == 0 || Character.isWhitespace(next) || Chars.isPunctuation(next) && next != '“' && next != '《');
        if (closes) {
            res[i] = closing;
        } else {
            res[i] = opening;
            open.push(i);
        }
    }

    /** An apostrophe (don't, it’s) or the mark of an abbreviated year (’22年): not a quote. */
    static boolean apostrophe(Unit u, int i) {
        if (Chars.isLatinLetter(u.at(i - 1)) && Chars.isLatinLetter(u.at(i + 1))) return true;
        return Chars.isDigit(u.at(i + 1)) && Chars.isDigit(u.at(i + 2)) && u.at(i + 3) == '年';
    }
}
