package org.annalist.store;

import org.annalist.i18n.Localized;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Attachment;
import org.annalist.model.AuditEntry;
import org.annalist.model.ImportLogEntry;
import org.annalist.model.Item;
import org.annalist.model.ItemDraft;
import org.annalist.model.ItemMetadata;
import org.annalist.model.ItemProgress;
import org.annalist.model.ItemStatus;
import org.annalist.model.ProofEvent;
import org.annalist.model.ProofStage;
import org.annalist.model.ReviewSheet;
import org.annalist.model.Person;
import org.annalist.model.Publication;
import org.annalist.model.Revision;
import org.annalist.model.ReviewComment;
import org.annalist.model.Section;

/**
 * One transaction on the archive, bound to one connection and valid only inside the
 * {@link Archive#inTransaction} or {@link Archive#read} call that made it. Every write also appends an
 * audit-log row in the same transaction, signed by {@link #actor()} unless a method takes an explicit actor.
 * Failures surface as {@link StoreException} with a message for the editor.
 */
public final class Tx {
    private final Connection connection;
    private final boolean writable;
    private String actor;
    private boolean open = true;
    /** The items this transaction wrote in ways the search index shows (see {@link ItemChanges}). */
    private final java.util.Set<Long> touchedItems = new java.util.HashSet<>();
    private boolean touchedEverything;

    private final AuditLog audit;
    private final PublicationRepository publications;
    private final SectionRepository sections;
    private final PersonRepository persons;
    private final RevisionRepository revisions;
    private final ItemRepository items;
    private final AttachmentRepository attachments;
    private final CommentRepository comments;
    private final ImprintRepository imprints;
    private final DraftRepository drafts;
    private final TrashRepository trash;
    private final CheckRepository checks;
    private final ReviewRepository review;
    private final ProofErrorRepository proofErrors;
    private final PresenceRepository presence;
    private final AuthorityStore authority;

    Tx(Connection connection, boolean writable, String actor) {
        this.connection = connection;
        this.writable = writable;
        this.actor = actor;
        audit = new AuditLog(connection);
        publications = new PublicationRepository(connection, audit);
        sections = new SectionRepository(connection, audit);
        persons = new PersonRepository(connection, audit);
        revisions = new RevisionRepository(connection);
        items = new ItemRepository(connection, audit, persons, sections, revisions);
        attachments = new AttachmentRepository(connection, audit);
        comments = new CommentRepository(connection, audit);
        imprints = new ImprintRepository(connection, audit);
        drafts = new DraftRepository(connection, audit);
        trash = new TrashRepository(connection, audit);
        checks = new CheckRepository(connection, audit);
        review = new ReviewRepository(connection, audit, persons);
        proofErrors = new ProofErrorRepository(connection, audit);
        presence = new PresenceRepository(connection);
        authority = new AuthorityStore(this, new AuthorityRepository(connection, audit, persons, comments));
    }

    /** Who signs the writes of this transaction that take no explicit actor. */
    public String actor() {
        return actor;
    }

    public Tx actAs(String newActor) {
        this.actor = requireActor(newActor);
        return this;
    }

    public boolean writable() {
        return writable;
    }

    // ---- publications

    public Publication insertPublication(Publication p) {
        return write(() -> publications.insert(p, actor));
    }

    /** Replaces the publication's 版本记录 (版权页 data) with {@code imprint}. */
    public void putImprint(long publicationId, org.annalist.doc.Imprint imprint) {
        write(() -> {
            imprints.put(publicationId, imprint, actor);
            return null;
        });
    }

    /** The publication's 版本记录; {@link org.annalist.doc.Imprint#NONE} when none was given. */
    public org.annalist.doc.Imprint imprint(long publicationId) {
        return read(() -> imprints.of(publicationId));
    }

    /** Gives a publication a new title. */
    public void renamePublication(long id, String title) {
        write(() -> {
            publications.rename(id, title, actor);
            touchedEverything = true;
            return null;
        });
    }

    /** The publications not in the trash. */
    public List<Publication> publications() {
        return read(publications::all);
    }

    public Optional<Publication> publication(long id) {
        return read(() -> publications.byId(id));
    }

    public Optional<Publication> publicationByCode(String code) {
        return read(() -> publications.byCode(code));
    }

    // ---- sections

    /** Stores a section; {@code ord <= 0} appends it after its siblings, otherwise it goes to that position. */
    public Section insertSection(Section s) {
        return write(() -> sections.insert(s, actor));
    }

    /** The section tree of a publication flattened in reading order: parents before children, siblings by ord. */
    public List<Section> sections(long publicationId) {
        return read(() -> sections.tree(publicationId));
    }

    public Optional<Section> section(long id) {
        return read(() -> sections.byId(id));
    }

    public void renameSection(long id, String title) {
        write(() -> {
            sections.rename(id, title, actor);
            touchedEverything = true;
            return null;
        });
    }

    /** Moves a section under {@code newParentId} (null: top level) to position {@code ord} (1-based, {@code <= 0}: last). */
    public void moveSection(long id, Long newParentId, int ord) {
        write(() -> {
            sections.move(id, newParentId, ord, actor);
            touchedEverything = true;
            return null;
        });
    }

    // ---- persons

    /** Inserts (id 0) or updates a person. Renaming a person renames them in every credit of the current items. */
    public Person savePerson(Person p) {
        // a person's names show in the credits and mentions of items and make the index's user dictionary: the index
        // compares the whole archive (and reads the names again)
        touchedEverything = true;
        return write(() -> persons.save(p, actor));
    }

    public Optional<Person> person(long id) {
        return read(() -> persons.byId(id));
    }

    /** The earliest person stored under exactly this name. */
    public Optional<Person> personByName(String name) {
        return read(() -> persons.byName(name));
    }

    public List<Person> persons() {
        return read(persons::all);
    }

    /** The authority lists (人物与地名): places, mentions, merging (V14). */
    public AuthorityStore authority() {
        return authority;
    }

    // ---- items and revisions

    /**
     * Stores a new item with its credits (persons found by exact name, else created) and tags, and
     * revision 1. {@code ord <= 0} appends it to its section (or the inbox). Returns the stored item.
     */
    public Item insertItem(Item item, String actor, String note) {
        return write(() -> touched(items.insert(item, requireActor(actor), note)));
    }

    /**
     * Stores an edited item as revision n+1, where n must still be {@code item.revision()}; otherwise
     * someone else saved meanwhile and a StoreException says so. Unchanged content makes no revision.
     * Section and position are changed by {@link #moveItem} only.
     */
    public Item saveItem(Item item, String actor, String note) {
        return write(() -> touched(items.save(item, requireActor(actor), note)));
    }

    /** Every live item's fingerprint for the search index (see {@link ItemStamps}). */
    public java.util.Map<Long, String> itemStamps() {
        return read(() -> ItemStamps.read(connection, null));
    }

    /** The fingerprints of these items; an item deleted or in the 回收站 is left out. */
    public java.util.Map<Long, String> itemStamps(java.util.Collection<Long> ids) {
        return read(() -> ItemStamps.read(connection, ids));
    }

    /**
     * Notes that this transaction changed what the search index shows of an item in a way of its own (for writes
     * made outside the methods of this class, e.g. links of an authority list); the index re-reads the item.
     */
    public void noteItemChanged(long itemId) {
        touchedItems.add(itemId);
    }

    /** Notes that this transaction changed what many items show (a name of an authority list, a merge). */
    void noteEverythingChanged() {
        touchedEverything = true;
    }

    /** What this transaction changed that the search index shows (read after its commit). */
    ItemChanges changes() {
        return new ItemChanges(touchedItems, touchedEverything);
    }

    private Item touched(Item item) {
        touchedItems.add(item.id());
        return item;
    }

    public Optional<Item> item(long id) {
        return read(() -> items.byId(id));
    }

    /** Items of a section by ord; {@code sectionId} null lists the inbox (收稿箱). */
    public List<Item> items(Long sectionId) {
        return read(() -> items.in(sectionId));
    }

    /** Items placed in a publication, in the order of its section tree. */
    public List<Item> itemsOfPublication(long publicationId) {
        return read(() -> items.ofPublication(publicationId));
    }

    /** Moves an item into a section (null: the inbox) at position {@code ord} (1-based, {@code <= 0}: last). */
    public void moveItem(long itemId, Long sectionId, int ord, String actor) {
        write(() -> {
            items.move(itemId, sectionId, ord, requireActor(actor));
            touchedItems.add(itemId);
            return null;
        });
    }

    // ---- presence (正在编辑)

    /**
     * Heartbeat of an editing session: {@code session}, signed in as {@code editor}, shows item {@code itemId} now
     * (its previous item no longer). Not audited: it describes the present only.
     */
    public void beatPresence(long itemId, String session, String editor, java.time.Instant now) {
        write(() -> {
            presence.beat(itemId, session, requireActor(editor), now);
            return null;
        });
    }

    /** The session shows no item any more; false when it had none. */
    public boolean releasePresence(String session) {
        return write(() -> presence.release(session));
    }

    /** Drops heartbeats older than {@code staleBefore} (sessions that ended without saying so). */
    public int clearStalePresence(java.time.Instant staleBefore) {
        return write(() -> presence.clearStale(staleBefore));
    }

    /** Every session that showed an item at or after {@code since}. */
    public List<org.annalist.model.Presence> livePresence(java.time.Instant since) {
        return read(() -> presence.live(since));
    }

    /** The sessions that showed {@code itemId} at or after {@code since}. */
    public List<org.annalist.model.Presence> presenceOf(long itemId, java.time.Instant since) {
        return read(() -> presence.of(itemId, since));
    }

    // ---- drafts (草稿)

    /**
     * Replaces the draft of {@code draft.itemId()} by {@code draft.author()} (base revision as given, saved now).
     * Drafts are not revisions: they are overwritten and not audited.
     */
    public ItemDraft putDraft(ItemDraft draft) {
        return write(() -> drafts.put(draft));
    }

    /** The draft {@code author} keeps of the item. */
    public Optional<ItemDraft> draft(long itemId, String author) {
        return read(() -> drafts.of(itemId, author));
    }

    /** Every draft of the archive, the most recently saved first. */
    public List<ItemDraft> drafts() {
        return read(drafts::all);
    }

    /**
     * Deletes {@code author}'s draft of the item: it became a revision ({@code discarded} false) or the user threw
     * it away ({@code discarded} true, audited). False when there was none.
     */
    public boolean deleteDraft(long itemId, String author, boolean discarded) {
        return write(() -> drafts.delete(itemId, requireActor(author), discarded));
    }

    public List<Revision> revisions(long itemId) {
        return read(() -> revisions.of(itemId));
    }

    public Optional<Revision> revision(long itemId, int number) {
        return read(() -> revisions.one(itemId, number));
    }

    /** The metadata as saved in a revision (credits, tags, dates …), which the Revision record leaves out. */
    public Optional<ItemMetadata> revisionMetadata(long itemId, int number) {
        return read(() -> revisions.metadata(itemId, number));
    }

    /** Recomputes a revision's SHA-256 from its stored content and compares; empty if there is no such revision. */
    public Optional<Boolean> verifyRevision(long itemId, int number) {
        return read(() -> revisions.verify(itemId, number));
    }

    /** Revisions of the whole archive whose content no longer matches their hash, as "itemId#number". */
    public List<String> verifyAllRevisions() {
        return read(revisions::verifyAll);
    }

    // ---- attachments and imports

    /** Stores a file; the same bytes already stored for the same item (or unattached) are returned instead. */
    public Attachment insertAttachment(Long itemId, String originalName, String mediaType, byte[] bytes, String actor) {
        return write(() -> attachments.insert(itemId, originalName, mediaType, bytes, requireActor(actor)));
    }

    public Optional<Attachment> attachment(long id) {
        return read(() -> attachments.byId(id));
    }

    public byte[] attachmentBytes(long id) {
        return read(() -> attachments.bytes(id));
    }

    public List<Attachment> attachments(long itemId) {
        return read(() -> attachments.of(itemId));
    }

    public void attachTo(long attachmentId, long itemId) {
        write(() -> {
            attachments.attachTo(attachmentId, itemId, actor);
            return null;
        });
    }

    public void recordImport(String fileName, Long attachmentId, List<Long> itemIds, String reportText, String actor) {
        write(() -> attachments.recordImport(fileName, attachmentId, itemIds, reportText, requireActor(actor)));
    }

    /** The import log, newest first. */
    public List<ImportLogEntry> imports(int limit) {
        return read(() -> attachments.imports(limit));
    }

    /** The imports an item came from, oldest first. */
    public List<ImportLogEntry> importsOf(long itemId) {
        return read(() -> attachments.importsOf(itemId));
    }

    // ---- review comments

    /** Stores a review comment (批注) on its item; returns it with its id. */
    public ReviewComment insertComment(ReviewComment comment, String actor) {
        touchedItems.add(comment.itemId());
        return write(() -> comments.insert(comment, requireActor(actor)));
    }

    /** An item's review comments, oldest first. */
    public List<ReviewComment> comments(long itemId) {
        return read(() -> comments.of(itemId));
    }

    /** One review comment, unless deleted. */
    public Optional<ReviewComment> comment(long commentId) {
        return read(() -> comments.byId(commentId));
    }

    /** Stores a review comment anchored to a range of {@code base}, the item's body as it reads now. */
    public ReviewComment insertComment(ReviewComment comment, org.annalist.model.CommentAnchor anchor, String base, String actor) {
        touchedItems.add(comment.itemId());
        return write(() -> comments.insert(comment, anchor, base, requireActor(actor)));
    }

    /** The anchors of an item's comments, by comment id (comments without one are left out). */
    public java.util.Map<Long, org.annalist.model.CommentAnchor> commentAnchors(long itemId) {
        return read(() -> comments.anchors(itemId));
    }

    /** The body a comment anchor names by its SHA-256. */
    public Optional<String> commentAnchorBase(long itemId, String sha256) {
        return read(() -> comments.base(itemId, sha256));
    }

    /** Anchors a comment to a range of {@code base}. */
    public void setCommentAnchor(long commentId, org.annalist.model.CommentAnchor anchor, String base, String actor) {
        write(() -> {
            comments.setAnchor(commentId, anchor, base, requireActor(actor));
            return null;
        });
    }

    /** Marks a comment thread (by its first comment) resolved, or open again. */
    public void setCommentResolved(long commentId, boolean resolved, String actor) {
        write(() -> {
            comments.setResolved(commentId, resolved, requireActor(actor));
            return null;
        });
    }

    /** Deletes a comment and its replies (kept, marked, left out of reads); how many went. */
    public int deleteComment(long commentId, String actor) {
        return write(() -> {
            comments.byId(commentId).ifPresent(c -> touchedItems.add(c.itemId()));
            return comments.delete(commentId, requireActor(actor));
        });
    }

    /** The SHA-256 a comment anchor names a body by. */
    public static String anchorSha256(String body) {
        return CommentRepository.sha256(body);
    }

    // ---- trash (回收站); records in the trash are left out of every other read of this class

    /** Moves a publication, section or item (with everything under it) to the trash. */
    public org.annalist.model.TrashEntry moveToTrash(org.annalist.model.TrashEntry.Kind kind, long id) {
        return write(() -> touched(trash.trash(kind, id, actor)));
    }

    /** Puts back exactly what one deletion moved to the trash. */
    public org.annalist.model.TrashEntry restore(long trashId) {
        return write(() -> touched(trash.restore(trashId, actor)));
    }

    /** Deletes a trash entry for good: it can no longer be restored (the append-only history stays). */
    public org.annalist.model.TrashEntry purge(long trashId) {
        return write(() -> trash.purge(trashId, actor));
    }

    private org.annalist.model.TrashEntry touched(org.annalist.model.TrashEntry e) {
        if (e.kind() == org.annalist.model.TrashEntry.Kind.ITEM) touchedItems.add(e.entityId());
        else touchedEverything = true;
        return e;
    }

    /** What the trash holds, newest deletion first. */
    public List<org.annalist.model.TrashEntry> trash() {
        return read(trash::pending);
    }

    public Optional<org.annalist.model.TrashEntry> trashEntry(long trashId) {
        return read(() -> trash.byId(trashId));
    }

    // ---- audit

    /** The latest audit entries, newest first. */
    public List<AuditEntry> audit(int limit) {
        return read(() -> audit.latest(limit));
    }

    /** The audit entries of one record ({@code entity} as in the log: item, section, person …), oldest first. */
    public List<AuditEntry> audit(String entity, long entityId) {
        return read(() -> audit.of(entity, entityId));
    }

    // ----

    // ---- 校对检查 (proofreading checks)

    /** A publication's check settings as the check package writes them, if any were saved. */
    public Optional<String> checkSettings(long publicationId) {
        return read(() -> checks.settings(publicationId));
    }

    /** Replaces a publication's check settings (audited). */
    public void putCheckSettings(long publicationId, String settings) {
        write(() -> {
            checks.putSettings(publicationId, settings, requireActor(actor));
            return null;
        });
    }

    /** The places of findings ignored in the item. */
    public java.util.Set<String> ignoredFindings(long itemId) {
        return read(() -> checks.ignored(itemId));
    }

    /** Remembers that a finding at {@code place} of the item is ignored (audited); false when it was already. */
    public boolean ignoreFinding(long itemId, String place) {
        return write(() -> checks.ignore(itemId, place, requireActor(actor)));
    }

    /** Forgets that a finding at {@code place} was ignored (audited); false when it was not. */
    public boolean unignoreFinding(long itemId, String place) {
        return write(() -> checks.unignore(itemId, place, requireActor(actor)));
    }

    // ---- 三审三校 (the rules are the service's: here the data is kept, audited, and kept append-only)

    /** Gives a person a duty in the 编辑部 ({@code unit}: the 供稿单位 of a 联系人, else null). */
    public void grantRole(long personId, org.annalist.model.EditorialRole role, String unit) {
        write(() -> {
            review.grant(personId, role, unit, requireActor(actor));
            return null;
        });
    }

    /** Takes a duty away; false when the person did not hold it. */
    public boolean revokeRole(long personId, org.annalist.model.EditorialRole role) {
        return write(() -> review.revoke(personId, role, requireActor(actor)));
    }

    /** The person with their duties; empty when there is no such person. */
    public Optional<org.annalist.model.StaffMember> staff(long personId) {
        return read(() -> review.staff(personId));
    }

    /** Every person holding a duty, by name. */
    public List<org.annalist.model.StaffMember> staff() {
        return read(review::allStaff);
    }

    /** Sets (null: clears) the person's sign-in secret, an encoded PBKDF2 hash made by the service; audited without it. */
    public void putPersonSecret(long personId, String encodedHash) {
        write(() -> {
            review.putSecret(personId, encodedHash, requireActor(actor));
            return null;
        });
    }

    public Optional<String> personSecret(long personId) {
        return read(() -> review.secret(personId));
    }

    /**
     * A signed step of review: the item goes to {@code to} and its content is saved as the next revision (n must
     * still be {@code expectedRevision}) signed by {@code signer}. Returns the item as saved.
     */
    public Item signItem(long itemId, int expectedRevision, ItemStatus to, String signer, String note) {
        return write(() -> touched(items.sign(itemId, expectedRevision, to, requireActor(signer), note)));
    }

    /** Appends a 审稿单 (its id, seq and hash are assigned here); returns it as stored. */
    public ReviewSheet appendReviewSheet(ReviewSheet sheet) {
        return write(() -> review.append(sheet, requireActor(actor)));
    }

    /** An item's 审稿单, in order. */
    public List<ReviewSheet> reviewSheets(long itemId) {
        return read(() -> review.sheets(itemId));
    }

    /** The 审稿单 of the item whose hash chain does not hold, as "item#seq"; empty when all do. */
    public List<String> verifyReviewSheets(long itemId) {
        return read(() -> review.verifySheets(itemId));
    }

    /** Appends a step of a publication's 三校一读; {@code pdf} (may be null) is frozen with its SHA-256. */
    public ProofEvent appendProofEvent(long publicationId, ProofStage stage, ProofEvent.Action action, long personId,
                                       String personName, String opinion, Integer errors, String pdfName, byte[] pdf) {
        return write(() -> review.appendProof(publicationId, stage, action, personId, personName, opinion, errors,
                pdfName, pdf, requireActor(actor)));
    }

    /** A publication's 三校一读 so far, in order. */
    public List<ProofEvent> proofEvents(long publicationId) {
        return read(() -> review.proofs(publicationId));
    }

    /** The proof PDF a step froze. */
    public Optional<byte[]> proofPdf(long eventId) {
        return read(() -> review.proofPdf(eventId));
    }

    // ---- 差错率 of proof rounds (V9)

    /** Remembers that a finding of {@code rule} (its id) at {@code place} of the item was accepted as a suggestion. */
    public void checkFindingAccepted(long itemId, String rule, String place) {
        write(() -> {
            proofErrors.accepted(itemId, rule, place, requireActor(actor));
            return null;
        });
    }

    /** The rule ids of the findings accepted in the publication's items from {@code from} to {@code to} (null: now). */
    public List<String> acceptedFindingRules(long publicationId, java.time.Instant from, java.time.Instant to) {
        return read(() -> proofErrors.acceptedIn(publicationId, from, to).stream().map(ProofErrorRepository.Accepted::rule).toList());
    }

    /** Records the 差错率 of a proof round (audited); the record as stored. */
    public org.annalist.model.ProofErrorCount appendProofErrors(org.annalist.model.ProofErrorCount record) {
        return write(() -> proofErrors.append(record, requireActor(actor)));
    }

    /** Every 差错率 record of the publication, oldest first (the last of a round is its figure). */
    public List<org.annalist.model.ProofErrorCount> proofErrors(long publicationId) {
        return read(() -> proofErrors.all(publicationId));
    }

    /** Sets (null: clears) an item's due date. */
    public void setItemDue(long itemId, java.time.LocalDate due) {
        write(() -> {
            review.setItemDue(itemId, due, requireActor(actor));
            return null;
        });
    }

    /** Sets (null: clears) a section's due date, which applies to the items under it that have none of their own. */
    public void setSectionDue(long sectionId, java.time.LocalDate due) {
        write(() -> {
            review.setSectionDue(sectionId, due, requireActor(actor));
            return null;
        });
    }

    public Optional<java.time.LocalDate> itemDue(long itemId) {
        return read(() -> review.itemDue(itemId));
    }

    /** The due dates set on a publication's sections, by section id. */
    public java.util.Map<Long, java.time.LocalDate> sectionDues(long publicationId) {
        return read(() -> review.sectionDues(publicationId));
    }

    /** A publication's items without their text, for progress reports. */
    public List<ItemProgress> itemProgress(long publicationId) {
        return read(() -> review.progress(publicationId));
    }

    /** The transaction's connection, for the store's own tests and tools; never commit or close it. */
    Connection connection() {
        return read(() -> connection);
    }

    void end() {
        open = false;
    }

    @FunctionalInterface
    interface SqlCall<T> {
        T call() throws SQLException;
    }

    <T> T write(SqlCall<T> call) {
        if (!writable) throw new StoreException(Localized.of("store.readOnly"));
        return read(call);
    }

    <T> T read(SqlCall<T> call) {
        if (!open) throw new IllegalStateException("Tx used after its transaction ended");
        try {
            return call.call();
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    static String requireActor(String actor) {
        if (actor == null || actor.isBlank()) throw new StoreException(Localized.of("store.noActor"));
        return actor;
    }

    /** Turns a database failure into a message for the editor, keeping the SQLException as the cause. */
    static StoreException translate(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String prefix;
        if (state.equals(ImmutableRowTrigger.SQLSTATE) || String.valueOf(e.getMessage()).contains("只能追加")) {
            prefix = "store.sql.immutable";
        } else if (state.equals("23505")) {
            prefix = "store.sql.duplicate";
        } else if (state.equals("23503") || state.equals("23506")) {
            prefix = "store.sql.reference";
        } else if (state.equals("23502") || state.equals("23513") || state.equals("23514")) {
            prefix = "store.sql.constraint";
        } else if (state.equals("HYT00") || e.getErrorCode() == 50200) {
            prefix = "store.sql.locked";
        } else {
            prefix = "store.sql.failed";
        }
        return new StoreException(Localized.of(prefix, e.getMessage()), e);
    }
}
