package org.annalist.search;

import org.annalist.model.Credit;
import org.annalist.model.Item;
import org.annalist.model.ItemMetadata;
import org.annalist.model.Publication;
import org.annalist.model.ReviewComment;
import org.annalist.model.SearchResults;
import org.annalist.model.Section;
import org.annalist.model.Tag;
import org.annalist.model.TagKind;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One item as the index holds it: the texts (title, body as its Markdown, notes, 批注, metadata) cut into bigrams
 * with their offsets, the title and body again as words, the fields the filters use, the facets, and the fingerprint
 * ({@code stamp}) it was indexed at.
 */
record IndexedItem(Item item, Publication publication, Section category, List<ReviewComment> comments, String stamp,
                   List<String> mentionedPersons, List<String> mentionedPlaces) {
    IndexedItem(Item item, Publication publication, Section category, List<ReviewComment> comments, String stamp) {
        this(item, publication, category, comments, stamp, List.of(), List.of());
    }

    static final String ID = "id";
    static final String STAMP = "stamp";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String NOTES = "notes";
    static final String COMMENTS = "comments";
    static final String META = "meta";
    static final String TITLE_WORDS = "title_w";
    static final String BODY_WORDS = "body_w";
    static final String PERSON = "f_person";
    static final String PERIOD = "f_period";
    static final String PLACE = "f_place";
    static final String CATEGORY = "f_category";
    static final String PUBLICATION = "f_publication";
    static final String PUBLICATION_ID = "pub_id";
    static final String STATE = "state";
    static final String YEAR = "year";
    static final String SORT_YEAR = "sort_year";
    static final String PUB_LABEL = "pub_label";
    static final String CAT_LABEL = "cat_label";
    static final List<String> TEXT_FIELDS = List.of(TITLE, BODY, NOTES, COMMENTS, META);

    private static final FieldType STORED_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
    private static final Pattern YEAR_PATTERN = Pattern.compile("(?<!\\d)(1[0-9]{3}|20[0-9]{2})(?!\\d)");
    private static final Pattern NOTE_DEFINITION = Pattern.compile("(?m)^\\[\\^[^\\]]+\\]:\\s?(.*)$");

    static {
        STORED_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        STORED_WITH_OFFSETS.freeze();
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        c.setMultiValued(SearchResults.PERSON, true);
        return c;
    }

    Document toDocument(FacetsConfig config) throws java.io.IOException {
        Document d = new Document();
        ItemMetadata m = item.metadata();
        d.add(new StringField(ID, Long.toString(item.id()), Field.Store.YES));
        d.add(new StoredField(STAMP, stamp));
        d.add(new Field(TITLE, join(" ", item.title(), item.subtitle()), STORED_WITH_OFFSETS));
        d.add(new Field(BODY, item.body(), STORED_WITH_OFFSETS));
        d.add(new TextField(TITLE_WORDS, join(" ", item.title(), item.subtitle()), Field.Store.NO));
        d.add(new TextField(BODY_WORDS, item.body(), Field.Store.NO));
        String notes = notes(item.body());
        if (!notes.isEmpty()) d.add(new Field(NOTES, notes, STORED_WITH_OFFSETS));
        StringBuilder cs = new StringBuilder();
        for (ReviewComment c : comments) cs.append(c.author()).append('：').append(c.text()).append('\n');
        if (!cs.isEmpty()) d.add(new Field(COMMENTS, cs.toString(), STORED_WITH_OFFSETS));

        Set<String> persons = new LinkedHashSet<>();
        for (Credit c : m.credits()) if (c.name() != null && !c.name().isBlank()) persons.add(c.name().strip());
        for (Tag t : m.tags()) if (t.kind() == TagKind.PERSON && !t.name().isBlank()) persons.add(t.name().strip());
        persons.addAll(mentionedPersons);   // confirmed mentions of the 人物 list
        List<String> meta = new ArrayList<>();
        meta.add(m.contributor());
        meta.addAll(persons);
        for (Credit c : m.credits()) meta.add(c.affiliation());
        meta.add(m.period());
        meta.add(m.place());
        meta.add(m.source());
        for (Tag t : m.tags()) if (t.kind() != TagKind.PERSON) meta.add(t.name());
        String metaText = join("\n", meta.toArray(String[]::new));
        if (!metaText.isEmpty()) d.add(new Field(META, metaText, STORED_WITH_OFFSETS));

        for (String p : persons) {
            d.add(new TextField(PERSON, p, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(SearchResults.PERSON, p));
        }
        if (m.contributor() != null && !m.contributor().isBlank()) d.add(new TextField(PERSON, m.contributor(), Field.Store.NO));
        if (present(m.period())) {
            d.add(new TextField(PERIOD, m.period(), Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(SearchResults.PERIOD, m.period().strip()));
        }
        Set<String> places = new LinkedHashSet<>();
        if (present(m.place())) places.add(m.place().strip());
        places.addAll(mentionedPlaces);   // confirmed mentions of the 地名 list
        for (String pl : places) {
            d.add(new TextField(PLACE, pl, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(SearchResults.PLACE, pl));
        }
        if (category != null) {
            d.add(new TextField(CATEGORY, category.title(), Field.Store.NO));
            d.add(new StoredField(CAT_LABEL, category.title()));
            d.add(new SortedSetDocValuesFacetField(SearchResults.CATEGORY, category.title().strip()));
        }
        if (publication != null) {
            String label = publication.displayName();
            d.add(new TextField(PUBLICATION, label, Field.Store.NO));
            d.add(new StringField(PUBLICATION_ID, Long.toString(publication.id()), Field.Store.NO));
            d.add(new StoredField(PUB_LABEL, label));
            d.add(new SortedSetDocValuesFacetField(SearchResults.PUBLICATION, label));
        }
        d.add(new StringField(STATE, item.status().name(), Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(SearchResults.STATE, item.status().label()));

        TreeSet<Integer> years = years(m.period());
        Integer sortYear = years.isEmpty() ? null : years.first();
        if (publication != null && publication.year() != null) {
            years.add(publication.year());
            if (sortYear == null) sortYear = publication.year();
        }
        if (sortYear == null && m.collectedOn() != null) sortYear = m.collectedOn().getYear();
        for (int y : years) d.add(new IntPoint(YEAR, y));
        if (sortYear != null) {
            d.add(new NumericDocValuesField(SORT_YEAR, sortYear));
            d.add(new StoredField(SORT_YEAR, sortYear));
        }
        return config.build(d);
    }

    /** The years a 时期 names; two years (1937—1945) stand for every year between them. */
    static TreeSet<Integer> years(String period) {
        TreeSet<Integer> out = new TreeSet<>();
        if (period == null) return out;
        Matcher mt = YEAR_PATTERN.matcher(period);
        while (mt.find()) out.add(Integer.parseInt(mt.group(1)));
        if (out.size() == 2 && out.last() - out.first() <= 200) {
            for (int y = out.first(); y <= out.last(); y++) out.add(y);
        }
        return out;
    }

    /** The texts of the footnotes ({@code [^1]: …}) of a Markdown body. */
    static String notes(String body) {
        StringBuilder sb = new StringBuilder();
        Matcher mt = NOTE_DEFINITION.matcher(body);
        while (mt.find()) sb.append(mt.group(1)).append('\n');
        return sb.toString().strip();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String join(String sep, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (!present(p)) continue;
            if (!sb.isEmpty()) sb.append(sep);
            sb.append(p.strip());
        }
        return sb.toString();
    }
}
