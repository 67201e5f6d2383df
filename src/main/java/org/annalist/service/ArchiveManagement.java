package org.annalist.service;

import org.annalist.i18n.LocalizedException;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;
import org.annalist.model.Publication;
import org.annalist.model.PublicationKind;
import org.annalist.model.Section;
import org.annalist.model.SectionLevel;
import org.annalist.model.TrashEntry;
import org.annalist.store.Archive;
import org.annalist.store.Tx;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Building and pruning the archive: new publications (empty, from a 类目 skeleton, or with the section skeleton of
 * another volume), new sections and items, renaming, and the 回收站 (trash: delete, restore, delete for good).
 * Every change is one transaction signed by the user, and the store writes its audit row with it.
 */
public final class ArchiveManagement {

    /** Where a new publication's sections come from. */
    public sealed interface Skeleton {
        /** No sections: the editor adds them. */
        record None() implements Skeleton {
        }

        /** A 类目 skeleton from {@code templates/skeletons}. */
        record Named(String name) implements Skeleton {
        }

        /** The section tree (titles and levels, no items) of another publication, e.g. last year's volume. */
        record CopyOf(long publicationId) implements Skeleton {
        }

        Skeleton NONE = new None();
    }

    /**
     * A publication to create: a 年鉴 volume ({@code number} is the year) or a 文史 辑 ({@code number} is the 辑
     * number); {@code code} (may be null) is a short name to refer to it on the command line.
     */
    public record NewPublication(PublicationKind kind, String title, int number, String subtitle, String code,
                                 Skeleton skeleton) {
    }

    private final Archive archive;
    private final String actor;
    private final Path skeletons;

    public ArchiveManagement(Archive archive, String actor) {
        this(archive, actor, SectionSkeleton.folder());
    }

    public ArchiveManagement(Archive archive, String actor, Path skeletonFolder) {
        this.archive = archive;
        this.actor = actor;
        this.skeletons = skeletonFolder;
    }

    /** The names of the 类目 skeletons a new 年鉴 can start from. */
    public List<String> skeletonNames() {
        return SectionSkeleton.names(skeletons);
    }

    public Publication createPublication(NewPublication spec) {
        SectionSkeleton named = spec.skeleton() instanceof Skeleton.Named n ? SectionSkeleton.read(skeletons, n.name()) : null;
        String code = spec.code() == null || spec.code().isBlank() ? null : spec.code().strip();
        String title = spec.title() == null ? null : spec.title().strip();
        return archive.inTransaction(tx -> {
            tx.actAs(actor);
            Publication p = tx.insertPublication(new Publication(0, spec.kind(), title,
                    spec.kind() == PublicationKind.NIANJIAN ? spec.number() : null,
                    spec.kind() == PublicationKind.WENSHI ? spec.number() : null, blankToNull(spec.subtitle()), code));
            SectionLevel top = topLevel(p.kind());
            if (named != null) {
                for (SectionSkeleton.Node n : named.sections()) insertNode(tx, p.id(), null, n, 1, top);
            } else if (spec.skeleton() instanceof Skeleton.CopyOf copy) {
                Publication from = tx.publication(copy.publicationId())
                        .orElseThrow(() -> new LocalizedException("store.publication.missing", copy.publicationId()));
                Map<Long, Long> ids = new HashMap<>();
                for (Section s : tx.sections(from.id())) { // parents come before their children
                    Long parent = s.parentId() == null ? null : ids.get(s.parentId());
                    SectionLevel level = s.parentId() == null ? top : s.level();
                    ids.put(s.id(), tx.insertSection(new Section(0, p.id(), parent, level, s.title(), 0)).id());
                }
            }
            return p;
        });
    }

    private static void insertNode(Tx tx, long pub, Long parent, SectionSkeleton.Node n, int depth, SectionLevel top) {
        Section s = tx.insertSection(new Section(0, pub, parent, levelAt(depth, top), n.title(), 0));
        for (SectionSkeleton.Node c : n.children()) insertNode(tx, pub, s.id(), c, depth + 1, top);
    }

    /**
     * Adds a section last under {@code parentId}, or at the top of the publication when it is null. Its level
     * follows from where it stands: 类目 (文史: 栏目) at the top, then 分目, then 子目.
     */
    public Section createSection(long publicationId, Long parentId, String title) {
        return archive.inTransaction(tx -> {
            tx.actAs(actor);
            Publication p = tx.publication(publicationId)
                    .orElseThrow(() -> new LocalizedException("store.publication.missing", publicationId));
            int depth = 1;
            for (Long at = parentId; at != null; depth++) {
                Long current = at;
                at = tx.section(current).orElseThrow(() -> new LocalizedException("store.section.missing", current)).parentId();
            }
            if (depth > 3) throw new LocalizedException("manage.tooDeep", title);
            return tx.insertSection(new Section(0, p.id(), parentId, levelAt(depth, topLevel(p.kind())),
                    title == null ? null : title.strip(), 0));
        });
    }

    /** Adds a section under a section (its publication is the parent's). */
    public Section createSubsection(long parentSectionId, String title) {
        long pub = archive.read(tx -> tx.section(parentSectionId)
                .orElseThrow(() -> new LocalizedException("store.section.missing", parentSectionId)).publicationId());
        return createSection(pub, parentSectionId, title);
    }

    /**
     * Adds an empty item last in a section (null: the 收稿箱). {@code kind} null: a 条目 in a 年鉴, a 篇 elsewhere.
     */
    public Item createItem(Long sectionId, ItemKind kind, String title) {
        if (title == null || title.isBlank()) throw new LocalizedException("manage.noTitle");
        return archive.inTransaction(tx -> {
            ItemKind k = kind;
            if (k == null) {
                PublicationKind pk = sectionId == null ? null : tx.section(sectionId)
                        .flatMap(s -> tx.publication(s.publicationId())).map(Publication::kind).orElse(null);
                k = pk == PublicationKind.NIANJIAN ? ItemKind.ENTRY : ItemKind.ARTICLE;
            }
            Item draft = Item.draft(k, title.strip(), null, "", ItemMetadata.EMPTY).inSection(sectionId, 0);
            return tx.insertItem(draft, actor, "新建");
        });
    }

    public void renamePublication(long id, String title) {
        archive.inTransaction(tx -> {
            tx.actAs(actor).renamePublication(id, title);
            return null;
        });
    }

    public void renameSection(long id, String title) {
        archive.inTransaction(tx -> {
            tx.actAs(actor).renameSection(id, title);
            return null;
        });
    }

    /** A new title for an item is a change of its content: a new revision, noted as a renaming. */
    public Item renameItem(long id, String title) {
        if (title == null || title.isBlank()) throw new LocalizedException("manage.noTitle");
        return archive.inTransaction(tx -> {
            Item item = tx.item(id).orElseThrow(() -> new LocalizedException("store.item.missing", id));
            return tx.saveItem(item.withTitle(title.strip(), item.subtitle()), actor, "重命名：" + item.title() + " → " + title.strip());
        });
    }

    /** Moves a publication, section or item (with everything in it) to the 回收站. */
    public TrashEntry moveToTrash(TrashEntry.Kind kind, long id) {
        return archive.inTransaction(tx -> tx.actAs(actor).moveToTrash(kind, id));
    }

    public TrashEntry restore(long trashId) {
        return archive.inTransaction(tx -> tx.actAs(actor).restore(trashId));
    }

    /**
     * Deletes a trash entry for good. The caller has asked the user first ({@link #trashEntry} tells what to ask
     * about); the deletion is in the audit log.
     */
    public TrashEntry deletePermanently(long trashId) {
        return archive.inTransaction(tx -> tx.actAs(actor).purge(trashId));
    }

    /** Deletes a live publication, section or item for good in one step (to the trash and out of it). */
    public TrashEntry deletePermanently(TrashEntry.Kind kind, long id) {
        return archive.inTransaction(tx -> {
            TrashEntry e = tx.actAs(actor).moveToTrash(kind, id);
            return tx.purge(e.id());
        });
    }

    /** The first section of a publication (in reading order) with this title. */
    public Section section(long publicationId, String title) {
        return archive.read(tx -> tx.sections(publicationId).stream().filter(s -> s.title().equals(title)).findFirst())
                .orElseThrow(() -> new LocalizedException("manage.noSection", title));
    }

    /** The trash, newest deletion first. */
    public List<TrashEntry> trash() {
        return archive.read(Tx::trash);
    }

    public Optional<TrashEntry> trashEntry(long trashId) {
        return archive.read(tx -> tx.trashEntry(trashId));
    }

    private static SectionLevel topLevel(PublicationKind kind) {
        return kind == PublicationKind.WENSHI ? SectionLevel.COLUMN : SectionLevel.CATEGORY;
    }

    private static SectionLevel levelAt(int depth, SectionLevel top) {
        return switch (depth) {
            case 1 -> top;
            case 2 -> SectionLevel.SUBCATEGORY;
            default -> SectionLevel.SUBSUBCATEGORY;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
