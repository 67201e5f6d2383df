package org.annalist.service;

import org.annalist.model.Attachment;
import org.annalist.model.Item;
import org.annalist.model.Publication;
import org.annalist.model.Revision;
import org.annalist.model.Section;
import org.annalist.service.ArchiveTree.PublicationNode;
import org.annalist.service.ArchiveTree.SectionNode;
import org.annalist.store.Archive;
import org.annalist.store.Tx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Read-only questions about the archive, each answered from one consistent transaction. */
public final class ArchiveQueries {

    /** Everything about one item that `show` and the editor's side panel need. */
    public record ItemDetails(Item item, String place, List<Revision> revisions, List<Attachment> attachments,
                              List<String> importReports, List<org.annalist.model.ReviewComment> comments,
                              List<org.annalist.doc.Suggestions.Suggestion> suggestions) {
    }

    private final Archive archive;

    public ArchiveQueries(Archive archive) {
        this.archive = archive;
    }

    /** An attachment's record and bytes (images for typesetting, originals for export). */
    public record AttachmentData(Attachment attachment, byte[] bytes) {
    }

    public Optional<AttachmentData> attachment(long id) {
        return archive.read(tx -> tx.attachment(id).map(a -> new AttachmentData(a, tx.attachmentBytes(id))));
    }

    /** A publication's 版本记录 (版权页 data); {@link org.annalist.doc.Imprint#NONE} when none was given. */
    public org.annalist.doc.Imprint imprint(long publicationId) {
        return archive.read(tx -> tx.imprint(publicationId));
    }

    public ArchiveTree tree() {
        return archive.read(tx -> {
            List<PublicationNode> pubs = new ArrayList<>();
            for (Publication p : tx.publications()) pubs.add(publicationNode(tx, p));
            return new ArchiveTree(pubs, tx.items(null));
        });
    }

    public Optional<PublicationNode> publication(String ref) {
        return archive.read(tx -> findPublication(tx, ref).map(p -> publicationNode(tx, p)));
    }

    public Optional<ItemDetails> item(long id) {
        return archive.read(tx -> tx.item(id).map(item -> new ItemDetails(item, placeOf(tx, item),
                tx.revisions(id), tx.attachments(id), tx.importsOf(id).stream().map(org.annalist.model.ImportLogEntry::reportText).toList(),
                tx.comments(id), pendingSuggestions(item))));
    }

    /**
     * The review comments (批注) of the items, item by item, each item's oldest first, each thread placed on the words
     * it marks in the item's text as it reads now ({@link CommentService#placed}).
     */
    public List<org.annalist.model.ReviewComment> comments(List<Long> itemIds) {
        return archive.read(tx -> {
            List<org.annalist.model.ReviewComment> out = new ArrayList<>();
            for (long id : itemIds) {
                Optional<Item> item = tx.item(id);
                out.addAll(item.isPresent() ? CommentService.placed(tx, id, item.get().body()) : tx.comments(id));
            }
            return out;
        });
    }

    /** The 修订建议 still in the item's text; a body that does not parse has none to offer (shown as it is). */
    private static List<org.annalist.doc.Suggestions.Suggestion> pendingSuggestions(Item item) {
        if (!item.body().contains("{.insertion") && !item.body().contains("{.deletion")) return List.of();
        return org.annalist.doc.Suggestions.list(org.annalist.doc.Markdown.parse(item.body()));
    }

    /**
     * Finds a section by its number (as `list` prints it) or by a path "出版物/类目/分目", where the
     * publication is named by its code or title.
     */
    public Optional<Section> section(String ref) {
        return archive.read(tx -> {
            String r = ref.strip();
            if (r.matches("\\d+")) return tx.section(Long.parseLong(r));
            String[] parts = r.split("[/／]");
            Optional<Publication> pub = findPublication(tx, parts[0].strip());
            if (pub.isEmpty() || parts.length < 2) return Optional.empty();
            List<Section> all = tx.sections(pub.get().id());
            Long parent = null;
            Section found = null;
            for (int i = 1; i < parts.length; i++) {
                String name = parts[i].strip();
                Long p = parent;
                found = all.stream().filter(s -> java.util.Objects.equals(s.parentId(), p) && s.title().equals(name))
                        .findFirst().orElse(null);
                if (found == null) return Optional.empty();
                parent = found.id();
            }
            return Optional.ofNullable(found);
        });
    }

    /** The publication a section belongs to. */
    public Optional<Publication> publicationOf(long sectionId) {
        return archive.read(tx -> tx.section(sectionId).flatMap(s -> tx.publication(s.publicationId())));
    }

    /** How deep a section sits: 1 for a 类目, 2 for a 分目 …; 0 when there is no such section. */
    public int sectionDepth(long sectionId) {
        return archive.read(tx -> {
            int d = 0;
            Optional<Section> s = tx.section(sectionId);
            while (s.isPresent() && d < 64) {
                d++;
                Long parent = s.get().parentId();
                s = parent == null ? Optional.empty() : tx.section(parent);
            }
            return d;
        });
    }

    static Optional<Publication> findPublication(Tx tx, String ref) {
        String r = ref.strip();
        if (r.matches("\\d+")) {
            Optional<Publication> byId = tx.publication(Long.parseLong(r));
            if (byId.isPresent()) return byId;
        }
        Optional<Publication> byCode = tx.publicationByCode(r);
        if (byCode.isPresent()) return byCode;
        String bare = r.replace("《", "").replace("》", "");
        return tx.publications().stream().filter(p -> p.title().equals(bare)).findFirst();
    }

    static PublicationNode publicationNode(Tx tx, Publication p) {
        List<Section> all = tx.sections(p.id());
        return new PublicationNode(p, children(tx, all, null));
    }

    private static List<SectionNode> children(Tx tx, List<Section> all, Long parent) {
        List<SectionNode> out = new ArrayList<>();
        for (Section s : all) {
            if (java.util.Objects.equals(s.parentId(), parent)) {
                out.add(new SectionNode(s, tx.items(s.id()), children(tx, all, s.id())));
            }
        }
        return out;
    }

    /** "《示范县年鉴》2022 / 政治 / 政协", or "收稿箱". */
    private static String placeOf(Tx tx, Item item) {
        if (item.sectionId() == null) return org.annalist.i18n.Texts.get("displayName.inbox");
        List<String> path = new ArrayList<>();
        Optional<Section> s = tx.section(item.sectionId());
        long pubId = s.map(Section::publicationId).orElse(0L);
        while (s.isPresent()) {
            path.add(0, s.get().title());
            Long parent = s.get().parentId();
            s = parent == null ? Optional.empty() : tx.section(parent);
        }
        tx.publication(pubId).ifPresent(p -> path.add(0, p.displayName()));
        return String.join(" / ", path);
    }
}
