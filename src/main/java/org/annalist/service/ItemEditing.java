package org.annalist.service;

import org.annalist.i18n.LocalizedException;
import org.annalist.i18n.Localized;
import org.annalist.doc.Markdown;
import org.annalist.model.Item;
import org.annalist.model.ItemDraft;
import org.annalist.model.ItemMetadata;
import org.annalist.store.Archive;

import java.util.List;
import java.util.Optional;

/**
 * Changes an editor makes to one item: its text and title (autosaves replace the user's draft of the item; a commit
 * makes a new immutable revision under the user's name and removes that draft), its metadata, its place in the tree (and the place of a 类目/分目). Saves are checked against the revision the editor
 * started from, so nobody's work is overwritten silently.
 */
public final class ItemEditing {
    private final Archive archive;
    private final String actor;

    public ItemEditing(Archive archive, String actor) {
        this.archive = archive;
        this.actor = actor;
    }

    public Optional<Item> item(long id) {
        return archive.read(tx -> tx.item(id));
    }

    /**
     * Makes {@code edited} (whose {@code revision()} is the revision it was loaded at) the next signed revision
     * with {@code note} and deletes the user's draft of the item, in one transaction; unchanged content makes no new revision.
     * An empty title is kept as it is (the editor shows a warning); the body must parse as our Markdown dialect.
     *
     * @throws IllegalArgumentException when the text cannot be read back; {@link EditConflictException} (naming who
     *                                  saved which revision when) when someone else saved meanwhile. Either way the
     *                                  draft stays.
     */
    public Item commit(Item edited, String note) {
        try {
            Markdown.parse(edited.body());
        } catch (RuntimeException e) {
            throw new LocalizedException(Localized.of("edit.unparsable", edited.title(), Localized.reason(e)), e);
        }
        try {
            return archive.inTransaction(tx -> {
                // the state is the review workflow's: a text loaded before a review step never takes it back
                Item text = tx.item(edited.id()).map(now -> edited.withStatus(now.status())).orElse(edited);
                Item saved = tx.saveItem(text, actor, note);
                tx.deleteDraft(edited.id(), actor, false);
                return saved;
            });
        } catch (org.annalist.store.ItemConflictException e) {
            throw new EditConflictException(e);
        }
    }

    /** The same as {@link #commit}: a save is a revision. */
    public Item save(Item edited, String note) {
        return commit(edited, note);
    }

    /**
     * Keeps what the editor shows of an item as its draft (草稿), replacing the previous one: no revision, nothing in
     * the history. Nothing is checked, not even the title or the markup, so typed text is never refused.
     */
    public ItemDraft saveDraft(Item edited) {
        return archive.inTransaction(tx -> tx.putDraft(new ItemDraft(edited.id(), Math.max(1, edited.revision()),
                edited.title(), edited.subtitle(), edited.body(), actor, null)));
    }

    /** The user's draft of the item (another editor's draft of it, in a shared archive, is theirs). */
    public Optional<ItemDraft> draft(long itemId) {
        return archive.read(tx -> tx.draft(itemId, actor));
    }

    /** The user's drafts (unsaved work left by a crash, a kill, or a save that failed), newest first. */
    public List<ItemDraft> drafts() {
        return archive.read(tx -> tx.drafts()).stream().filter(d -> d.author().equals(actor)).toList();
    }

    /** Throws the user's draft of the item away (audited); false when there was none. */
    public boolean discardDraft(long itemId) {
        return archive.inTransaction(tx -> tx.deleteDraft(itemId, actor, true));
    }

    /** Saves new metadata over the item's latest revision (another revision, as any change). */
    public Item saveMetadata(long itemId, int baseRevision, ItemMetadata metadata) {
        return archive.inTransaction(tx -> {
            Item current = tx.item(itemId).orElseThrow(() -> new LocalizedException("store.item.missing", itemId));
            Item base = new Item(current.id(), current.sectionId(), current.kind(), current.title(), current.subtitle(),
                    current.body(), current.status(), metadata, current.ord(), baseRevision, current.createdAt(), current.updatedAt());
            return tx.saveItem(base, actor, "修改稿件信息");
        });
    }

    /** Moves the item into {@code sectionId} (null: 收稿箱) at 1-based position {@code ord} ({@code <= 0}: last). */
    public void move(long itemId, Long sectionId, int ord) {
        archive.inTransaction(tx -> {
            tx.moveItem(itemId, sectionId, ord, actor);
            return null;
        });
    }

    /**
     * Moves a 类目/分目 (with everything under it) under {@code parentId} (null: the top of its publication) to
     * 1-based position {@code ord} ({@code <= 0}: last), in one transaction. The tree keeps its shape: the new
     * parent must be a section of the same publication one level above the moved one (a 分目 goes under a 类目,
     * a 类目 stays at the top), so the levels the templates style stay where they were.
     *
     * @throws IllegalArgumentException (Chinese) when the move would change the section's level
     */
    public void moveSection(long sectionId, Long parentId, int ord) {
        archive.inTransaction(tx -> {
            org.annalist.model.Section s = tx.section(sectionId)
                    .orElseThrow(() -> new LocalizedException("store.section.missing", sectionId));
            int depth = depth(tx, sectionId);
            int newDepth = parentId == null ? 1 : depth(tx, parentId) + 1;
            if (newDepth != depth) {
                throw new LocalizedException(depth == 1 ? "edit.levelTop" : "edit.level", s.title(), depth, depth - 1);
            }
            tx.actAs(actor).moveSection(sectionId, parentId, ord);
            return null;
        });
    }

    /** 1 for a top-level section, 2 under it …; 0 when there is no such section. */
    private static int depth(org.annalist.store.Tx tx, long sectionId) {
        int d = 0;
        Optional<org.annalist.model.Section> s = tx.section(sectionId);
        while (s.isPresent() && d < 64) {
            d++;
            Long parent = s.get().parentId();
            s = parent == null ? Optional.empty() : tx.section(parent);
        }
        return d;
    }

    /** Image types the typesetter and both exporters read. */
    private static final java.util.Map<String, String> IMAGE_TYPES = java.util.Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg");

    /**
     * Keeps a picture (PNG or JPEG) with the item as an attachment and returns its number, for
     * {@code ![图注](attachment:N)} in the text.
     */
    public long attachImage(long itemId, java.nio.file.Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String type = IMAGE_TYPES.get(dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
        if (type == null) throw new LocalizedException("edit.notImage", name);
        byte[] bytes;
        try {
            if (java.nio.file.Files.size(file) > ImportService.MAX_FILE_BYTES) {
                throw new LocalizedException("edit.imageTooLarge", name);
            }
            bytes = java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new LocalizedException(Localized.of("edit.imageUnreadable", file, e.getMessage()), e);
        }
        return archive.inTransaction(tx -> tx.insertAttachment(itemId, name, type, bytes, actor).id());
    }

    public String actor() {
        return actor;
    }
}
