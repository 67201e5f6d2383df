package org.annalist.service;

import org.annalist.store.Archive;
import org.annalist.store.StoreException;

import java.nio.file.Path;

/**
 * One open archive with the services working on it, on behalf of one user (whose name goes into
 * revisions and the audit log). Opened by the CLI and the desktop program alike.
 */
public final class AnnalistSession implements AutoCloseable {
    private final Path dataDir;
    private final Archive archive;
    private final String actor;
    private final ImportService imports;
    private final EditingPresence presence;
    private final SearchService[] search;

    private AnnalistSession(Path dataDir, Archive archive, String actor) {
        this.dataDir = dataDir;
        this.archive = archive;
        this.actor = actor;
        this.imports = new ImportService(archive, Importers.standard(), actor);
        this.presence = new EditingPresence(archive, actor, java.time.Clock.systemUTC());
        this.search = new SearchService[1];
    }

    private AnnalistSession(AnnalistSession other, String actor) {
        this.dataDir = other.dataDir;
        this.archive = other.archive;
        this.actor = actor;
        this.imports = new ImportService(archive, Importers.standard(), actor);
        this.presence = new EditingPresence(archive, actor, java.time.Clock.systemUTC());
        this.search = other.search;
    }

    /**
     * 档案检索 over this archive: the index in {@code <data>/索引/}, opened (and brought in step) at the first call and
     * kept in step after every commit from then on; shared with {@link #as} sessions, closed with the archive.
     */
    public SearchService search() {
        synchronized (search) {
            if (search[0] == null) search[0] = new SearchService(archive, dataDir);
            return search[0];
        }
    }

    /**
     * Opens (creating if needed) the archive in {@code dataDir}. With {@code shared}, other processes may
     * open the same file at the same time (H2 AUTO_SERVER).
     */
    public static AnnalistSession open(Path dataDir, boolean shared, String actor) {
        return open(dataDir, configuredDatabase(), shared, actor);
    }

    /**
     * The PostgreSQL archive chosen by the setting: the system property {@code annalist.db} (the desktop's
     * {@code --db}), else the environment variable {@code ANNALIST_DB}; null: the H2 file in the data folder.
     */
    public static String configuredDatabase() {
        String db = System.getProperty("annalist.db");
        if (db == null || db.isBlank()) db = System.getenv("ANNALIST_DB");
        return db == null || db.isBlank() ? null : db.strip();
    }

    /**
     * Opens the archive in the PostgreSQL database {@code db} ({@code postgresql://host:port/database?user=…}) when given,
     * else the H2 archive in {@code dataDir} (see {@link #open(Path, boolean, String)}). The data folder still holds the
     * program's own files (settings, exports).
     */
    public static AnnalistSession open(Path dataDir, String db, boolean shared, String actor) {
        if (db != null && !db.isBlank()) {
            try {
                return new AnnalistSession(dataDir, Archive.openPostgres(db), actor);
            } catch (StoreException e) {
                throw new ArchiveUnavailableException(e.localized(), e);
            }
        }
        Archive archive;
        try {
            archive = Archive.open(dataDir, shared);
        } catch (StoreException e) {
            if ("store.damaged".equals(e.localized().key())) {
                // The way back: the newest backup that is whole, with the command that restores it.
                Path file = dataDir.toAbsolutePath().normalize().resolve(Archive.DATABASE_FILE);
                java.util.Optional<Path> good = BackupService.newestGood(dataDir);
                throw new ArchiveUnavailableException(good
                        .map(b -> org.annalist.i18n.Localized.of("backup.damagedOffer", file, b, e.getMessage()))
                        .orElseGet(() -> org.annalist.i18n.Localized.of("backup.damagedNoBackup", file,
                                BackupService.folder(dataDir), e.getMessage())), e, good.orElse(null));
            }
            throw new ArchiveUnavailableException(e.localized(), e);
        }
        return new AnnalistSession(dataDir, archive, actor);
    }


    /** A session on an archive opened elsewhere (tests: a PostgreSQL database of the test server). */
    public static AnnalistSession on(Path dataDir, Archive archive, String actor) {
        return new AnnalistSession(dataDir, archive, actor);
    }

    /** The user name for revisions: {@code ANNALIST_USER}, else the operating system's user name. */
    public static String defaultActor() {
        String u = System.getenv("ANNALIST_USER");
        if (u == null || u.isBlank()) u = System.getProperty("user.name", "editor");
        return u;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Whether the archive is a PostgreSQL database ({@code --db}) rather than the H2 file of the data folder. */
    public boolean postgres() {
        return archive.postgres();
    }

    /** The archive's store for messages: the H2 file, or {@code postgresql/host-port/database}. */
    public Path storeName() {
        return archive.databaseFile();
    }

    public Path databaseFile() {
        return dataDir.resolve("annalist.mv.db");
    }

    public String actor() {
        return actor;
    }

    public ImportService imports() {
        return imports;
    }

    /** The authority lists (人物与地名): persons, places, mentions, merging, pages. */
    public AuthorityService authority() {
        return new AuthorityService(archive, actor);
    }

    /** Pending tracked changes (修订建议) of items: list, accept all, reject all. */
    public SuggestionService suggestions() {
        return new SuggestionService(archive, actor);
    }

    /** 校对检查 of items and publications under this session's user name. */
    public CheckService checks() {
        return new CheckService(archive, actor);
    }

    public DemoService demo() {
        return new DemoService(archive, imports);
    }

    /** Saving edits, metadata and moves under this session's user name. */
    public ItemEditing editing() {
        return new ItemEditing(archive, actor);
    }

    /** 正在编辑: this session's heartbeats and who else has which item open (one per session, kept). */
    public EditingPresence presence() {
        return presence;
    }

    /**
     * The page preview of items being edited; {@code userFontsDir} (may be null) is the user's fonts
     * folder. Keep the returned service: it holds the loaded templates and fonts.
     */
    public PreviewService previews(Path userFontsDir) {
        return new PreviewService(this, userFontsDir);
    }

    /** New publications, sections and items, renaming, and the 回收站, under this session's user name. */
    public ArchiveManagement management() {
        return new ArchiveManagement(archive, actor);
    }

    /** 修订记录: an item's revisions compared two by two, and an earlier one restored under this session's user name. */
    public RevisionHistory revisionHistory() {
        return new RevisionHistory(archive, actor);
    }

    /** The 编辑部: duties, passwords, signing in. */
    public StaffService staff() {
        return new StaffService(archive, actor);
    }

    /**
     * 三审 steps signed by this session's user, who must be a person of the archive with the duty each step needs
     * (sign in first with {@link StaffService#signIn} when the person has a password).
     */
    public ReviewWorkflow review() {
        return new ReviewWorkflow(archive, actor);
    }

    /** 三校一读 of publications, signed by this session's user. */
    public ProofWorkflow proofs() {
        return new ProofWorkflow(archive, actor);
    }

    /** 差错率 of the rounds of 三校一读, recorded under this session's user name. */
    public ProofErrors proofErrors() {
        return new ProofErrors(archive, actor);
    }

    /** A publication's progress report (by id, code or title) as of {@code asOf}. */
    public ProgressReport progress(String publicationRef, java.time.LocalDate asOf) {
        return ProgressReport.of(archive, publicationRef, asOf);
    }

    /** Sets (null: clears) the due date of an item, or of a section and so of the items under it without their own. */
    public void setDue(boolean section, long id, java.time.LocalDate due) {
        archive.inTransaction(tx -> {
            tx.actAs(actor);
            if (section) tx.setSectionDue(id, due);
            else tx.setItemDue(id, due);
            return null;
        });
    }

    /** 待办: the items waiting for this session's user (see {@link WorkQueue}). */
    public java.util.List<WorkQueue.Entry> workQueue() {
        return WorkQueue.of(archive, actor);
    }

    /**
     * The same open archive worked on by another user (the person chosen at the desktop's start); closing either
     * session closes the archive.
     */
    public AnnalistSession as(String user) {
        return new AnnalistSession(this, user);
    }

    /** 批注 of items, written, answered, resolved and deleted under this session's user name. */
    public CommentService comments() {
        return new CommentService(archive, actor);
    }

    /** Backups of this archive (automatic ones kept by {@link BackupRotation#DEFAULT}), timed by the system clock. */
    public BackupService backups() {
        return backups(java.time.Clock.systemDefaultZone());
    }

    public BackupService backups(java.time.Clock clock) {
        return backups(clock, BackupRotation.DEFAULT);
    }

    public BackupService backups(java.time.Clock clock, BackupRotation rotation) {
        // A PostgreSQL archive is backed up through the transfer file (a snapshot of every table); H2 by its own copy.
        org.annalist.store.ArchiveCopies copies = archive.postgres() ? new org.annalist.store.TransferArchiveCopies(archive)
                : new org.annalist.store.H2ArchiveCopies(archive);
        return new BackupService(copies, dataDir, clock, rotation);
    }

    /** 导出整库: the whole archive to one {@code .annalist-archive} file (written whole or not at all). */
    public ArchiveMoves.Result exportArchive(Path file) {
        return ArchiveMoves.export(archive, file);
    }

    /** 导入整库: a {@code .annalist-archive} file into this archive, which must be empty; whole or not at all. */
    public ArchiveMoves.Result importArchive(Path file) {
        return ArchiveMoves.importInto(archive, file);
    }

    /**
     * Checks the archive beyond opening it (which validated the migrations): every revision's SHA-256 recomputed
     * from its row, and every item's 审稿单 hash chain.
     */
    public IntegrityReport checkIntegrity() {
        return archive.read(tx -> {
            java.util.List<String> revisions = tx.verifyAllRevisions();
            java.util.List<String> chains = new java.util.ArrayList<>();
            int items = 0;
            for (var item : new org.annalist.store.H2ArchiveCopies(archive).inventory().items()) {
                chains.addAll(tx.verifyReviewSheets(item.id()));
                items++;
            }
            return new IntegrityReport(storeName(), items, revisions, chains);
        });
    }

    public ArchiveQueries queries() {
        return new ArchiveQueries(archive);
    }

    @Override
    public void close() {
        synchronized (search) {
            if (search[0] != null) search[0].close();
            search[0] = null;
        }
        archive.close();
    }
}
