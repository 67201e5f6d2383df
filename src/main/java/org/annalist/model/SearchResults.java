package org.annalist.model;

import java.util.List;
import java.util.Map;

/**
 * The answer to an archive search (档案检索): the hits of the page asked for, how many matched in all, and the facet
 * counts (dimension → value → count; dimensions {@link #PUBLICATION}, {@link #CATEGORY}, {@link #PERIOD},
 * {@link #PLACE}, {@link #PERSON}, {@link #STATE}).
 */
public record SearchResults(String query, long total, List<Hit> hits, Map<String, List<FacetCount>> facets, long tookMillis) {
    public static final String PUBLICATION = "publication";
    public static final String CATEGORY = "category";
    public static final String PERIOD = "period";
    public static final String PLACE = "place";
    public static final String PERSON = "person";
    public static final String STATE = "state";
    public static final List<String> DIMENSIONS = List.of(PUBLICATION, CATEGORY, PERIOD, PLACE, PERSON, STATE);

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /**
     * One matching item. {@code snippet} marks the matched text with 【】; {@code field} is where the first match is
     * (body, title, notes, comments, metadata) and {@code offset}/{@code length} its place in that field's text —
     * for the body, a character offset into the item's Markdown as it was indexed, so the editor puts its caret
     * there without looking for the words again. {@code offset} is -1 when the item matched by a filter only.
     * {@code basis} names the text the offset is in (the fingerprint the item was indexed at; null when the hit's
     * finder keeps the text itself), so that the offset can be carried to the text as it reads when the hit is opened.
     */
    public record Hit(long itemId, String title, String publication, String category, ItemStatus status,
                      Integer year, float score, String snippet, String field, int offset, int length, String basis) {
        public Hit(long itemId, String title, String publication, String category, ItemStatus status,
                   Integer year, float score, String snippet, String field, int offset, int length) {
            this(itemId, title, publication, category, status, year, score, snippet, field, offset, length, null);
        }
    }

    public record FacetCount(String value, long count) {
    }
}
