package org.annalist.service;

import org.annalist.doc.diff.OffsetMap;
import org.annalist.i18n.LocalizedException;
import org.annalist.model.CommentAnchor;
import org.annalist.model.Item;
import org.annalist.model.Mention;
import org.annalist.model.Person;
import org.annalist.model.Place;
import org.annalist.model.Publication;
import org.annalist.model.Section;
import org.annalist.store.Archive;
import org.annalist.store.Tx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The authority lists (人物与地名): persons and places with their sort keys, the mentions of them offered in items' text
 * and confirmed or rejected by the editor, merging duplicates, and each entry's page of items. Mentions are anchored to
 * the text they were found in and carried to today's text by {@link OffsetMap}, as comments are; the text is never
 * searched again to find them. Every method reads or writes the store: never call it on the JavaFX thread.
 */
public final class AuthorityService {
    private static final int SNIPPET = 18;

    private final Archive archive;
    private final String actor;

    public AuthorityService(Archive archive, String actor) {
        this.archive = archive;
        this.actor = actor;
    }

    // ---- persons and places

    /** The sort key the entry is ordered by: the stored one, else the default made from the name. */
    public static String sortKeyOf(Person p) {
        return p.sortKey() != null ? p.sortKey() : PersonNames.sortKey(p.name());
    }

    public static String sortKeyOf(Place p) {
        return p.sortKey() != null ? p.sortKey() : PersonNames.pinyin(p.name());
    }

    /** Every person whose name, alias, 字 or 号 contains {@code filter} (blank: all), in pinyin order of sort keys. */
    public List<Person> persons(String filter) {
        List<Person> all = archive.read(Tx::persons);
        return all.stream().filter(p -> matches(p.allNames(), filter))
                .sorted(Comparator.comparing((Person p) -> sortKeyOf(p)).thenComparing(Person::name).thenComparingLong(Person::id))
                .toList();
    }

    /** Every place whose name, variant or old name contains {@code filter} (blank: all), in pinyin order. */
    public List<Place> places(String filter) {
        List<Place> all = archive.read(tx -> tx.authority().places());
        return all.stream().filter(p -> matches(p.allNames(), filter))
                .sorted(Comparator.comparing((Place p) -> sortKeyOf(p)).thenComparing(Place::name).thenComparingLong(Place::id))
                .toList();
    }

    private static boolean matches(List<String> names, String filter) {
        if (filter == null || filter.isBlank()) return true;
        String f = filter.strip();
        return names.stream().anyMatch(n -> n.contains(f));
    }

    /**
     * Stores a person (id 0: new). A sort key the editor did not set ({@code sortKeyManual} false) is made again from
     * the name by {@link PersonNames#sortKey}; one set by the editor stays.
     */
    public Person savePerson(Person p) {
        Person withKey = p.sortKeyManual() && p.sortKey() != null ? p : p.withSortKey(PersonNames.sortKey(p.name()), false);
        return archive.inTransaction(tx -> tx.actAs(actor).savePerson(withKey));
    }

    /** Sets the person's sort key by hand (kept through renames); blank: back to the default from the name. */
    public Person setPersonSortKey(long personId, String key) {
        return archive.inTransaction(tx -> {
            Person p = tx.person(personId).orElseThrow(() -> new LocalizedException("store.person.missing", personId));
            Person next = key == null || key.isBlank() ? p.withSortKey(PersonNames.sortKey(p.name()), false)
                    : p.withSortKey(key.strip().toLowerCase(Locale.ROOT), true);
            return tx.actAs(actor).savePerson(next);
        });
    }

    public Place savePlace(Place p) {
        Place withKey = p.sortKeyManual() && p.sortKey() != null ? p : p.withSortKey(PersonNames.pinyin(p.name()), false);
        return archive.inTransaction(tx -> tx.actAs(actor).authority().savePlace(withKey));
    }

    public Place setPlaceSortKey(long placeId, String key) {
        return archive.inTransaction(tx -> {
            Place p = tx.authority().place(placeId).orElseThrow(() -> new LocalizedException("authority.placeMissing", placeId));
            Place next = key == null || key.isBlank() ? p.withSortKey(PersonNames.pinyin(p.name()), false)
                    : p.withSortKey(key.strip().toLowerCase(Locale.ROOT), true);
            return tx.actAs(actor).authority().savePlace(next);
        });
    }

    public Optional<Person> person(long id) {
        return archive.read(tx -> tx.person(id));
    }

    public Optional<Place> place(long id) {
        return archive.read(tx -> tx.authority().place(id));
    }

    /** The persons named {@code name} exactly, by name first and then by alias, 字 or 号. */
    public List<Person> findPersons(String name) {
        String n = name == null ? "" : name.strip();
        List<Person> all = archive.read(Tx::persons);
        List<Person> out = new ArrayList<>(all.stream().filter(p -> p.name().equals(n)).toList());
        all.stream().filter(p -> !p.name().equals(n) && p.allNames().contains(n)).forEach(out::add);
        return out;
    }

    public List<Place> findPlaces(String name) {
        String n = name == null ? "" : name.strip();
        List<Place> all = archive.read(tx -> tx.authority().places());
        List<Place> out = new ArrayList<>(all.stream().filter(p -> p.name().equals(n)).toList());
        all.stream().filter(p -> !p.name().equals(n) && p.allNames().contains(n)).forEach(out::add);
        return out;
    }

    /** Merges person {@code goneId} into {@code keepId} in one transaction (names, mentions, credits; the gone one deleted). */
    public Person mergePersons(long keepId, long goneId) {
        return archive.inTransaction(tx -> tx.actAs(actor).authority().mergePersons(keepId, goneId));
    }

    public Place mergePlaces(long keepId, long goneId) {
        return archive.inTransaction(tx -> tx.actAs(actor).authority().mergePlaces(keepId, goneId));
    }

    // ---- offering mentions

    /** One matcher over every name of every person and place of the archive as it is now. */
    public NameMatcher matcher() {
        return archive.read(AuthorityService::matcher);
    }

    static NameMatcher matcher(Tx tx) {
        NameMatcher m = new NameMatcher();
        for (Person p : tx.persons()) for (String n : p.allNames()) m.add(n, Mention.Kind.PERSON, p.id());
        for (Place p : tx.authority().places()) for (String n : p.allNames()) m.add(n, Mention.Kind.PLACE, p.id());
        return m;
    }

    /** Scans the item's text (its latest revision) for every known name and stores the new ones as offered; how many. */
    public int offer(long itemId) {
        NameMatcher m = matcher();
        return archive.inTransaction(tx -> offer(tx.actAs(actor), itemId, m).size());
    }

    /**
     * As {@link #offer(long)}, in {@code text}: the editor's text of the item, saved or not (a draft). The mentions are
     * anchored to that text (kept as their anchors' base), so they follow it into whatever revision is saved next.
     */
    public int offer(long itemId, String text) {
        NameMatcher m = matcher();
        return archive.inTransaction(tx -> offer(tx.actAs(actor), itemId, text, m).size());
    }

    /** {@link #offer(long)} for every item of a publication (null: of the whole archive, the 收稿箱 too); how many were offered. */
    public int offerAll(Long publicationId) {
        NameMatcher m = matcher();
        List<Long> ids = archive.read(tx -> {
            List<Long> out = new ArrayList<>();
            for (Publication p : tx.publications()) {
                if (publicationId != null && p.id() != publicationId) continue;
                for (Item i : tx.itemsOfPublication(p.id())) out.add(i.id());
            }
            if (publicationId == null) for (Item i : tx.items(null)) out.add(i.id());
            return out;
        });
        int n = 0;
        for (long id : ids) n += archive.inTransaction(tx -> offer(tx.actAs(actor), id, m).size());
        return n;
    }

    /**
     * The mentions found in the item's text that are not stored yet. A name is not offered where a mention of the same
     * entry already lies (whatever its status; its anchor carried to today's text), nor where the editor rejected the
     * same words for the same entry in this item before.
     */
    static List<Mention> offer(Tx tx, long itemId, NameMatcher matcher) {
        Item item = tx.item(itemId).orElseThrow(() -> new LocalizedException("authority.noItem", itemId));
        return offer(tx, itemId, item.body(), matcher);
    }

    static List<Mention> offer(Tx tx, long itemId, String text, NameMatcher matcher) {
        if (tx.item(itemId).isEmpty()) throw new LocalizedException("authority.noItem", itemId);
        String sha = Tx.anchorSha256(text);
        List<Mention> existing = tx.authority().mentions(itemId);
        Map<String, List<int[]>> taken = new HashMap<>();
        Set<String> rejected = new HashSet<>();
        Map<String, Optional<OffsetMap>> maps = new HashMap<>();
        for (Mention e : existing) {
            String key = e.kind() + ":" + e.entryId();
            if (e.status() == Mention.Status.REJECTED) rejected.add(key + ":" + e.words());
            int[] r = place(tx, itemId, e.anchor(), text, sha, maps);
            if (r != null) taken.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<Mention> found = new ArrayList<>();
        for (NameMatcher.Match m : matcher.find(text)) {
            for (NameMatcher.Target t : m.targets()) {
                String key = t.kind() + ":" + t.id();
                if (rejected.contains(key + ":" + m.words())) continue;
                boolean overlaps = taken.getOrDefault(key, List.of()).stream().anyMatch(r -> r[0] < m.to() && m.from() < r[1]);
                if (overlaps) continue;
                found.add(new Mention(0, itemId, t.kind(), t.id(), m.words(), new CommentAnchor(m.from(), m.to(), sha),
                        Mention.Status.OFFERED, null, null));
            }
        }
        return tx.authority().offerMentions(itemId, text, found);
    }

    private static int[] place(Tx tx, long itemId, CommentAnchor a, String text, String textSha, Map<String, Optional<OffsetMap>> maps) {
        if (a.baseSha256().equals(textSha)) return a.to() <= text.length() ? new int[] {a.from(), a.to()} : null;
        Optional<OffsetMap> map = maps.computeIfAbsent(a.baseSha256(),
                sha -> tx.commentAnchorBase(itemId, sha).map(base -> OffsetMap.of(base, text)));
        return map.map(m -> m.range(a.from(), a.to())).orElse(null);
    }

    // ---- the mentions of an item, placed on the editor's text

    /** A mention on today's text: {@code from}/{@code to} -1 when its words are gone. */
    public record Placed(Mention mention, String entryName, int from, int to) {
        public boolean orphaned() {
            return from < 0;
        }
    }

    /** The item's mentions with {@code status} (null: any) placed on {@code text} (the editor's text), in text order. */
    public List<Placed> mentions(long itemId, String text, Mention.Status status) {
        return archive.read(tx -> {
            String sha = Tx.anchorSha256(text);
            Map<String, Optional<OffsetMap>> maps = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            List<Placed> out = new ArrayList<>();
            for (Mention m : tx.authority().mentions(itemId)) {
                if (status != null && m.status() != status) continue;
                int[] r = place(tx, itemId, m.anchor(), text, sha, maps);
                String name = names.computeIfAbsent(m.kind() + ":" + m.entryId(), k -> entryName(tx, m.kind(), m.entryId()));
                out.add(r == null ? new Placed(m, name, -1, -1) : new Placed(m, name, r[0], r[1]));
            }
            out.sort(Comparator.comparingInt(Placed::from).thenComparingLong(p -> p.mention().id()));
            return out;
        });
    }

    private static String entryName(Tx tx, Mention.Kind kind, long id) {
        return kind == Mention.Kind.PERSON ? tx.person(id).map(Person::name).orElse("#" + id)
                : tx.authority().place(id).map(Place::name).orElse("#" + id);
    }

    public boolean confirm(long mentionId) {
        return archive.inTransaction(tx -> tx.actAs(actor).authority().decideMention(mentionId, Mention.Status.CONFIRMED));
    }

    public boolean reject(long mentionId) {
        return archive.inTransaction(tx -> tx.actAs(actor).authority().decideMention(mentionId, Mention.Status.REJECTED));
    }

    /** Confirms ({@code confirm}) or rejects every offered mention of one entry in one item; how many. */
    public int decideAll(long itemId, Mention.Kind kind, long entryId, boolean confirm) {
        return archive.inTransaction(tx -> tx.actAs(actor).authority().decideMentions(itemId, kind, entryId,
                confirm ? Mention.Status.CONFIRMED : Mention.Status.REJECTED));
    }

    /** Confirms every offered mention of one person or place in every item (the CLI's {@code confirm}); how many. */
    public int confirmEverywhere(Mention.Kind kind, long entryId) {
        return archive.inTransaction(tx -> {
            int n = 0;
            Set<Long> items = new java.util.LinkedHashSet<>();
            for (Mention m : tx.authority().mentionsOf(kind, entryId, Mention.Status.OFFERED)) items.add(m.itemId());
            for (long item : items) n += tx.actAs(actor).authority().decideMentions(item, kind, entryId, Mention.Status.CONFIRMED);
            return n;
        });
    }

    // ---- pages

    /** One item on an entry's page: confirmed mentions ({@code count}), credit, first context and where it is. */
    public record PageRow(long itemId, String title, String publication, String category, int count, boolean credited,
                          String snippet, int caret, int caretEnd, int ord) {
    }

    /** A person's or place's page: every item with confirmed mentions of it (and, for a person, crediting them). */
    public record Page(Mention.Kind kind, long id, String name, List<PageRow> rows) {
    }

    public Page personPage(long personId) {
        return archive.read(tx -> {
            Person p = tx.person(personId).orElseThrow(() -> new LocalizedException("store.person.missing", personId));
            return page(tx, Mention.Kind.PERSON, personId, p.name(), tx.authority().creditedItems(personId));
        });
    }

    public Page placePage(long placeId) {
        return archive.read(tx -> {
            Place p = tx.authority().place(placeId).orElseThrow(() -> new LocalizedException("authority.placeMissing", placeId));
            return page(tx, Mention.Kind.PLACE, placeId, p.name(), List.of());
        });
    }

    private static Page page(Tx tx, Mention.Kind kind, long id, String name, List<Long> credited) {
        Map<Long, List<Mention>> byItem = new LinkedHashMap<>();
        for (Mention m : tx.authority().mentionsOf(kind, id, Mention.Status.CONFIRMED)) {
            byItem.computeIfAbsent(m.itemId(), k -> new ArrayList<>()).add(m);
        }
        for (long c : credited) byItem.putIfAbsent(c, List.of());
        Map<Long, Section> sections = new HashMap<>();
        Map<Long, String> pubs = new HashMap<>();
        List<PageRow> rows = new ArrayList<>();
        for (Map.Entry<Long, List<Mention>> e : byItem.entrySet()) {
            Optional<Item> found = tx.item(e.getKey());
            if (found.isEmpty()) continue;
            Item item = found.get();
            String text = item.body();
            String sha = Tx.anchorSha256(text);
            Map<String, Optional<OffsetMap>> maps = new HashMap<>();
            int[] first = null;
            int count = 0;
            for (Mention m : e.getValue()) {
                int[] r = place(tx, item.id(), m.anchor(), text, sha, maps);
                if (r == null) continue;
                count++;
                if (first == null || r[0] < first[0]) first = r;
            }
            if (count == 0 && !credited.contains(item.id())) continue;
            String category = "";
            String publication = "";
            if (item.sectionId() != null) {
                Section s = section(tx, sections, item.sectionId());
                for (int guard = 0; s != null && s.parentId() != null && guard < 64; guard++) s = section(tx, sections, s.parentId());
                if (s != null) {
                    category = s.title();
                    long pubId = s.publicationId();
                    publication = pubs.computeIfAbsent(pubId, k -> tx.publication(k).map(Publication::displayName).orElse(""));
                }
            }
            String snippet = first == null ? "" : snippet(text, first[0], first[1]);
            rows.add(new PageRow(item.id(), item.title(), publication, category, count, credited.contains(item.id()),
                    snippet, first == null ? 0 : first[0], first == null ? 0 : first[1], item.ord()));
        }
        rows.sort(Comparator.comparing(PageRow::publication).thenComparing(PageRow::category).thenComparingInt(PageRow::ord)
                .thenComparingLong(PageRow::itemId));
        return new Page(kind, id, name, rows);
    }

    private static Section section(Tx tx, Map<Long, Section> cache, long id) {
        return cache.computeIfAbsent(id, k -> tx.section(k).orElse(null));
    }

    /** The words with up to {@value #SNIPPET} characters of context either side, on one line, without markup signs. */
    static String snippet(String text, int from, int to) {
        int a = Math.max(0, from - SNIPPET);
        int b = Math.min(text.length(), to + SNIPPET);
        String s = (a > 0 ? "…" : "") + text.substring(a, from) + "【" + text.substring(from, to) + "】" + text.substring(to, b)
                + (b < text.length() ? "…" : "");
        return s.replaceAll("[\\r\\n]+", " ").replaceAll("[*#>|\\\\]", "");
    }
}
