package org.annalist.search;

import org.annalist.i18n.LocalizedException;
import org.annalist.model.ItemStatus;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search language: words and "phrases" (each must occur, as written, in the title, text, notes, 批注 or
 * metadata — matched as a chain of character pairs, so no segmenter decides what a word is), {@code -word} to
 * exclude, the filters 作者: (人物:) 时期: 地点: 类目: 状态: 标题: 书:, and years (1937-1945, 年份:1949).
 */
final class QuerySyntax {
    private static final Pattern YEAR_RANGE = Pattern.compile("^(?:年份[:：])?(\\d{4})\\s*(?:[-–—~～至到]|\\.\\.)\\s*(\\d{4})年?$");
    private static final Pattern ONE_YEAR = Pattern.compile("^年份[:：](\\d{4})年?$");
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("作者", IndexedItem.PERSON), Map.entry("人物", IndexedItem.PERSON), Map.entry("author", IndexedItem.PERSON),
            Map.entry("person", IndexedItem.PERSON), Map.entry("时期", IndexedItem.PERIOD), Map.entry("period", IndexedItem.PERIOD),
            Map.entry("地点", IndexedItem.PLACE), Map.entry("place", IndexedItem.PLACE), Map.entry("类目", IndexedItem.CATEGORY),
            Map.entry("category", IndexedItem.CATEGORY), Map.entry("标题", IndexedItem.TITLE), Map.entry("title", IndexedItem.TITLE),
            Map.entry("书", IndexedItem.PUBLICATION), Map.entry("出版物", IndexedItem.PUBLICATION),
            Map.entry("publication", IndexedItem.PUBLICATION), Map.entry("状态", IndexedItem.STATE), Map.entry("state", IndexedItem.STATE));
    private static final Map<String, Float> TEXT_BOOSTS = Map.of(IndexedItem.TITLE, 4f, IndexedItem.BODY, 1f,
            IndexedItem.NOTES, 1f, IndexedItem.COMMENTS, 0.5f, IndexedItem.META, 2f);

    private final Analyzer bigrams = Analyzers.bigrams();
    private final Analyzer words;

    QuerySyntax(UserWords userWords) {
        this.words = Analyzers.words(userWords);
    }

    /** The parsed query: what must match, and the words that rank. */
    record Parsed(Query query, boolean hasText) {
    }

    Parsed parse(String text) {
        if (text == null || text.isBlank()) throw new LocalizedException("search.emptyQuery");
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        StringBuilder rankText = new StringBuilder();
        boolean positive = false;
        boolean hasText = false;
        for (String raw : tokens(text)) {
            boolean exclude = raw.startsWith("-") && raw.length() > 1;
            String t = exclude ? raw.substring(1) : raw;
            Query q;
            Matcher range = YEAR_RANGE.matcher(t);
            Matcher one = ONE_YEAR.matcher(t);
            if (range.matches()) {
                int a = Integer.parseInt(range.group(1)), z = Integer.parseInt(range.group(2));
                q = IntPoint.newRangeQuery(IndexedItem.YEAR, Math.min(a, z), Math.max(a, z));
            } else if (one.matches()) {
                q = IntPoint.newExactQuery(IndexedItem.YEAR, Integer.parseInt(one.group(1)));
            } else {
                int colon = firstColon(t);
                String field = colon > 0 ? FIELDS.get(t.substring(0, colon).toLowerCase(java.util.Locale.ROOT)) : null;
                if (field != null) {
                    String value = unquote(t.substring(colon + 1));
                    if (value.isBlank()) throw new LocalizedException("search.emptyFilter", t);
                    if (field.equals(IndexedItem.STATE)) {
                        q = new TermQuery(new Term(IndexedItem.STATE, ItemStatus.parse(value).name()));
                    } else {
                        q = phrase(field, value);
                    }
                } else {
                    String value = unquote(t);
                    if (value.isBlank()) continue;
                    BooleanQuery.Builder any = new BooleanQuery.Builder();
                    for (String f : IndexedItem.TEXT_FIELDS) {
                        Query p = phrase(f, value);
                        any.add(new BoostQuery(p, TEXT_BOOSTS.get(f)), Occur.SHOULD);
                    }
                    q = any.build();
                    if (!exclude) {
                        rankText.append(value).append(' ');
                        hasText = true;
                    }
                }
            }
            b.add(q, exclude ? Occur.MUST_NOT : Occur.MUST);
            positive |= !exclude;
        }
        if (!positive) b.add(new MatchAllDocsQuery(), Occur.MUST);
        if (!rankText.isEmpty()) {
            for (String f : List.of(IndexedItem.TITLE_WORDS, IndexedItem.BODY_WORDS)) {
                for (String w : terms(words, f, rankText.toString())) {
                    b.add(new BoostQuery(new TermQuery(new Term(f, w)), f.equals(IndexedItem.TITLE_WORDS) ? 2f : 0.5f), Occur.SHOULD);
                }
            }
        }
        return new Parsed(b.build(), hasText);
    }

    /**
     * The text as a chain of bigrams in {@code field}: matches exactly where the text occurs (folded). Cut by the
     * index's own analyzer, so positions agree where CJK meets Latin or digits (乌当区2023); a character already
     * inside a pair is not asked for again on its own.
     */
    Query phrase(String field, String value) {
        record Tok(String term, int pos, boolean single, int start, int end) {
        }
        List<Tok> toks = new ArrayList<>();
        int pos = -1;
        try (TokenStream ts = bigrams.tokenStream(field, value)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                toks.add(new Tok(term.toString(), pos, CJKBigramFilter.SINGLE_TYPE.equals(type.type()), off.startOffset(), off.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Tok> keep = new ArrayList<>();
        for (Tok t : toks) {
            boolean covered = t.single() && toks.stream().anyMatch(o -> !o.single() && o != t && o.start() <= t.start() && o.end() >= t.end()
                    && o.end() - o.start() > t.end() - t.start());
            if (!covered) keep.add(t);
        }
        if (keep.isEmpty()) return new MatchAllDocsQuery();
        if (keep.size() == 1) return new TermQuery(new Term(field, keep.get(0).term()));
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        int first = keep.get(0).pos();
        for (Tok t : keep) p.add(new Term(field, t.term()), t.pos() - first);
        return p.build();
    }

    private static List<String> terms(Analyzer a, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String s = term.toString();
                if (!s.isBlank() && !out.contains(s) && out.size() < 32) out.add(s);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static int firstColon(String t) {
        int a = t.indexOf(':'), b = t.indexOf('：');
        if (a < 0) return b;
        if (b < 0) return a;
        return Math.min(a, b);
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("“") && t.endsWith("”"))) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }

    /** Splits at blanks outside quotes ("…" or “…”). */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                quoted = c == '"' ? !quoted : c == '“';
                cur.append(c);
            } else if (!quoted && (Character.isWhitespace(c) || c == '\u3000')) {
                if (!cur.isEmpty()) out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (!cur.isEmpty()) out.add(cur.toString());
        return out;
    }
}
