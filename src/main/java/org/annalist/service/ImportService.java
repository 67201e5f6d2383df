package org.annalist.service;

import org.annalist.i18n.Localized;
import org.annalist.doc.Markdown;
import org.annalist.importer.ImportException;
import org.annalist.model.ImportOptions;
import org.annalist.model.ImportReport;
import org.annalist.importer.ImportResult;
import org.annalist.importer.ImportedItem;
import org.annalist.importer.Importer;
import org.annalist.importer.Source;
import org.annalist.model.Attachment;
import org.annalist.model.Credit;
import org.annalist.model.Item;
import org.annalist.model.Person;
import org.annalist.store.Archive;
import org.annalist.store.StoreException;
import org.annalist.store.Tx;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Imports manuscript files: each file is read and parsed outside the database, then written in one
 * transaction (original kept as an attachment, items, import log), so a failing file leaves nothing
 * behind and the batch goes on with the next one.
 */
public final class ImportService {

    /** Files larger than this are refused before they are read. */
    public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    /** The outcome of one file. {@code problem} is null when it was imported. */
    public record FileOutcome(String fileName, List<Item> items, ImportReport report, Localized problem) {
        public boolean ok() {
            return problem == null;
        }

        /** The problem in the language chosen for messages, or null when the file was imported. */
        public String error() {
            return problem == null ? null : problem.text();
        }
    }

    /** The outcome of a batch. */
    public record BatchResult(List<FileOutcome> files) {
        public long failed() {
            return files.stream().filter(f -> !f.ok()).count();
        }

        public long itemCount() {
            return files.stream().mapToLong(f -> f.items().size()).sum();
        }
    }

    /** Told about each file as the batch goes; the desktop program shows this as progress. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void started(int index, int total, String fileName) {
        }

        default void finished(int index, int total, FileOutcome outcome) {
        }
    }

    /** A parsed file, ready to be stored. */
    public record Parsed(Source source, ImportResult result) {
    }

    private final Archive archive;
    private final Importers importers;
    private final String actor;
    private final ProblemLog log;

    public ImportService(Archive archive, Importers importers, String actor) {
        this.archive = archive;
        this.importers = importers;
        this.actor = actor;
        this.log = new ProblemLog(archive.databaseFile().getParent());
    }

    /** Imports the files (a folder stands for the files in it), into a section or, when null, the 收稿箱. */
    public BatchResult importFiles(List<Path> paths, Long sectionId, Progress progress) {
        return importFiles(paths, sectionId, progress, ImportOptions.DEFAULT);
    }

    /**
     * As {@link #importFiles(List, Long, Progress)}, with the editor's choices (what to do with tracked changes).
     * Whatever goes wrong with one file — unreadable, damaged, or a fault of this program while reading, mapping or
     * storing it — becomes that file's outcome with a Chinese message naming it, and the batch goes on.
     */
    public BatchResult importFiles(List<Path> paths, Long sectionId, Progress progress, ImportOptions options) {
        List<Input> files = expand(paths);
        List<FileOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Input file = files.get(i);
            String name = file.path().toString();
            tell(() -> progress.started(outcomes.size() + 1, files.size(), name));
            FileOutcome outcome;
            try {
                if (file.problem() != null) throw new ImportException(name, file.problem());
                outcome = importSource(readSource(file.path()), sectionId, UnaryOperator.identity(), options);
            } catch (ImportException e) {
                outcome = new FileOutcome(name, List.of(), null, e.localized());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                outcome = new FileOutcome(name, List.of(), null, unexpected(name, false, e));
            }
            outcomes.add(outcome);
            FileOutcome told = outcome;
            tell(() -> progress.finished(outcomes.size(), files.size(), told));
        }
        return new BatchResult(outcomes);
    }

    /** A listener's failure (a closed console, a window being torn down) must not stop the batch. */
    private void tell(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            log.record("进度通知失败", e);
        }
    }

    /**
     * The message for a fault of this program (or of a library) with one file: it names the file, says nothing was
     * stored, and points at the log, which has the exception for a bug report.
     */
    private Localized unexpected(String name, boolean saving, Throwable e) {
        log.record("导入“" + name + "”时出错（" + (saving ? "保存" : "读取") + "）", e);
        Localized what;
        if (e instanceof OutOfMemoryError) {
            what = Localized.of("import.unexpected.memory");
        } else if (e instanceof StackOverflowError) {
            what = Localized.of("import.unexpected.nesting");
        } else {
            what = Localized.of(saving ? "import.unexpected.saving" : "import.unexpected.reading");
        }
        return Localized.of("import.unexpected", name, what, log.file());
    }

    /** Imports bytes that did not come from a file (text pasted into the program, standard input). */
    public FileOutcome importBytes(String name, byte[] bytes, Long sectionId) {
        return importSource(new Source(name, bytes), sectionId, UnaryOperator.identity());
    }

    /** Parses and stores one source; problems come back in the outcome, never half-stored. */
    public FileOutcome importSource(Source source, Long sectionId, UnaryOperator<ImportedItem> adjust) {
        return importSource(source, sectionId, adjust, ImportOptions.DEFAULT);
    }

    /** As {@link #importSource(Source, Long, UnaryOperator)} with the editor's choices. */
    public FileOutcome importSource(Source source, Long sectionId, UnaryOperator<ImportedItem> adjust, ImportOptions options) {
        Parsed parsed;
        try {
            parsed = parse(source, options);
        } catch (ImportException e) {
            return new FileOutcome(source.name(), List.of(), null, e.localized());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new FileOutcome(source.name(), List.of(), null, unexpected(source.name(), false, e));
        }
        try {
            List<Item> items = archive.inTransaction(tx -> store(tx, parsed, sectionId, adjust));
            return new FileOutcome(source.name(), items, parsed.result().report(), null);
        } catch (StoreException e) {
            log.record("保存“" + source.name() + "”失败", e);
            return new FileOutcome(source.name(), List.of(), parsed.result().report(),
                    Localized.of("import.saveFailed", source.name(), Messages.localized(e)
                            .orElseGet(() -> Localized.of("error.internal", e.getClass().getSimpleName()))));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new FileOutcome(source.name(), List.of(), parsed.result().report(), unexpected(source.name(), true, e));
        }
    }

    /** Recognises the format by the bytes and parses; writes nothing. */
    public Parsed parse(Source source) throws ImportException {
        return parse(source, ImportOptions.DEFAULT);
    }

    /** As {@link #parse(Source)} with the editor's choices. */
    public Parsed parse(Source source, ImportOptions options) throws ImportException {
        Importer importer = importers.forSource(source);
        return new Parsed(source, importer.read(source, options));
    }

    /** Writes a parsed file inside the caller's transaction: attachment, items (in order), import log. */
    public List<Item> store(Tx tx, Parsed parsed, Long sectionId, UnaryOperator<ImportedItem> adjust) {
        Source source = parsed.source();
        ImportResult result = parsed.result();
        // pictures from the file first, so the text can refer to them by their archive number
        List<Long> pictureIds = new ArrayList<>();
        for (ImportResult.Attachment a : result.attachments()) {
            pictureIds.add(tx.insertAttachment(null, a.name(), a.mediaType(), a.bytes(), actor).id());
        }
        List<Item> stored = new ArrayList<>();
        List<Long> storedByIndex = new ArrayList<>();
        for (ImportedItem imported : result.items()) {
            ImportedItem it = adjust.apply(imported);
            if (it == null) {
                storedByIndex.add(null);
                continue;
            }
            String title = it.title() == null ? "" : it.title();
            String body = withPictureIds(Markdown.write(it.body()), pictureIds);
            Item draft = Item.draft(it.kind(), title, it.subtitle(), body, it.metadata())
                    .inSection(sectionId, 0);
            Item item = tx.insertItem(draft, actor, "导入自 " + fileNameOf(source.name()));
            for (int i = 0; i < pictureIds.size(); i++) {
                if (body.contains("(attachment:" + pictureIds.get(i) + ")")) tx.attachTo(pictureIds.get(i), item.id());
            }
            for (Credit c : item.metadata().credits()) {
                tx.personByName(c.name()).ifPresent(p -> {
                    if (p.sortKey() == null || p.sortKey().isBlank()) {
                        tx.savePerson(new Person(p.id(), p.name(), p.aliases(), PersonNames.sortKey(p.name())));
                    }
                });
            }
            stored.add(item);
            storedByIndex.add(item.id());
        }
        Long firstItem = stored.isEmpty() ? null : stored.get(0).id();
        // comments go with the item they belong to (the first stored one if that item was left out), replies after
        // the comment they answer, which the file lists first
        List<Long> commentIds = new ArrayList<>();
        for (ImportResult.ImportedComment ic : result.comments()) {
            Long itemId = ic.item() >= 0 && ic.item() < storedByIndex.size() && storedByIndex.get(ic.item()) != null
                    ? storedByIndex.get(ic.item()) : firstItem;
            Long parent = ic.replyTo() >= 0 && ic.replyTo() < commentIds.size() ? commentIds.get(ic.replyTo()) : null;
            if (itemId == null) {
                commentIds.add(null);
                continue;
            }
            commentIds.add(tx.insertComment(ic.comment().stored(0, itemId, parent), actor).id());
        }
        Attachment original = tx.insertAttachment(firstItem, fileNameOf(source.name()), result.mediaType(),
                source.bytes(), actor);
        tx.recordImport(fileNameOf(source.name()), original.id(), stored.stream().map(Item::id).toList(),
                result.report().toText(), actor);
        return stored;
    }

    /**
     * What came back into an item from a returned Word file: the item as now stored, whether its text changed (a new
     * revision), the comments new to the item and those it had already (the ones we sent out), the pending
     * suggestions now in its text, and the import report.
     */
    public record Returned(Item item, boolean newRevision, int newComments, int knownComments, int suggestions,
                           ImportReport report, int resolvedComments) {
    }

    /**
     * A Word file sent out for checking (see {@link DocxService#item}) and returned, read back into the same item:
     * its text — with the tracked changes of every author as pending suggestions — becomes a new revision of the item
     * (none when nothing changed), and its comments are stored with the item unless the item has them already (same
     * author, date to the second and text: the comments that went out with the file), replies under the comment they
     * answer. The file itself is kept as an attachment of the item and in the import log. A file that cannot be
     * read, or an item that does not exist, is refused with a message naming the file and the problem.
     */
    public Returned importReturned(long itemId, Path file) {
        Source source;
        Parsed parsed;
        try {
            source = readSource(file);
            parsed = parse(source, ImportOptions.DEFAULT);
        } catch (ImportException e) {
            throw new org.annalist.i18n.LocalizedException(e.localized(), e);
        }
        ImportResult result = parsed.result();
        if (result.items().isEmpty()) {
            throw new org.annalist.i18n.LocalizedException(new ImportException(source.name(), Localized.of("import.returned.empty")).localized());
        }
        try {
            return archive.inTransaction(tx -> {
                Item item = tx.item(itemId).orElseThrow(() -> new org.annalist.i18n.LocalizedException("import.returned.noItem", itemId));
                List<Long> pictureIds = new ArrayList<>();
                for (ImportResult.Attachment a : result.attachments()) {
                    pictureIds.add(tx.insertAttachment(itemId, a.name(), a.mediaType(), a.bytes(), actor).id());
                }
                int level = DocxService.itemLevel(item, id -> tx.section(id));
                String body = withPictureIds(Markdown.write(returnedBody(item, result.items(), level)), pictureIds);
                boolean changed = !body.strip().equals(item.body().strip());
                Item now = changed ? tx.saveItem(item.withBody(body), actor, "返回稿导入自 " + fileNameOf(source.name())) : item;
                List<org.annalist.model.ReviewComment> known = tx.comments(itemId);
                List<Long> ids = new ArrayList<>();
                int added = 0, already = 0, resolved = 0;
                for (ImportResult.ImportedComment ic : result.comments()) {
                    var c = ic.comment();
                    var same = known.stream().filter(k -> sameComment(k, c)).findFirst();
                    if (same.isPresent()) {
                        ids.add(same.get().id());
                        already++;
                        // a thread the contributor marked resolved in Word is resolved on the stored comment too
                        // (the thread's resolved flag of V8, which the comments pane and the next export read)
                        if (resolvedNote(c.text()) && !same.get().resolved() && !resolvedNote(same.get().text())) {
                            tx.setCommentResolved(same.get().id(), true, actor);
                            resolved++;
                        }
                        continue;
                    }
                    Long parent = ic.replyTo() >= 0 && ic.replyTo() < ids.size() ? ids.get(ic.replyTo()) : null;
                    ids.add(tx.insertComment(c.stored(0, itemId, parent), actor).id());
                    added++;
                }
                Attachment original = tx.insertAttachment(itemId, fileNameOf(source.name()), result.mediaType(), source.bytes(), actor);
                tx.recordImport(fileNameOf(source.name()), original.id(), List.of(itemId), result.report().toText(), actor);
                int suggestions = org.annalist.doc.Suggestions.list(Markdown.parse(now.body())).size();
                return new Returned(now, changed, added, already, suggestions, result.report(), resolved);
            });
        } catch (org.annalist.i18n.LocalizedException e) {
            throw new org.annalist.i18n.LocalizedException(new ImportException(source.name(), e.localized()).localized(), e);
        }
    }

    /** The same comment: author, text (the note of a thread resolved in Word aside) and date to the second. */
    static boolean sameComment(org.annalist.model.ReviewComment a, org.annalist.model.ReviewComment b) {
        java.time.Instant x = a.writtenAt() == null ? null : a.writtenAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        java.time.Instant y = b.writtenAt() == null ? null : b.writtenAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return a.author().strip().equals(b.author().strip()) && java.util.Objects.equals(x, y)
                && withoutResolvedNote(a.text()).equals(withoutResolvedNote(b.text()));
    }

    /** Whether a comment's text ends with the note of a thread resolved in Word. */
    static boolean resolvedNote(String text) {
        return !withoutResolvedNote(text).equals(text.strip());
    }

    private static String withoutResolvedNote(String text) {
        String t = text.strip();
        for (java.util.Locale l : List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
            String n = org.annalist.i18n.Texts.bundle(l).getString("report.comments.resolvedNote").strip();
            if (!n.isEmpty() && t.endsWith(n)) return t.substring(0, t.length() - n.length()).strip();
        }
        return t;
    }

    /**
     * The item's text in a returned file: the bodies the importer found (one, or several when it split the file,
     * their titles kept as paragraphs between them), without the item's own 【title】 that the export ran into the
     * first paragraph of an 条目. {@code level}: the level the export set the item at ({@link DocxService#itemLevel}):
     * its body's headings went out that many levels down (as in the book) and come back to the item's own levels.
     */
    static org.annalist.doc.Document returnedBody(Item item, List<ImportedItem> items, int level) {
        List<org.annalist.doc.Block> blocks = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ImportedItem it = items.get(i);
            String title = it.title() == null ? "" : it.title().strip();
            boolean own = title.isEmpty() || title.equals(item.title().strip());
            if (!own) blocks.add(new org.annalist.doc.Block.Paragraph(List.of(new org.annalist.doc.Inline.Text(title)),
                    org.annalist.doc.Attr.EMPTY));
            for (org.annalist.doc.Block b : it.body().blocks()) {
                blocks.add(b instanceof org.annalist.doc.Block.Heading h
                        ? new org.annalist.doc.Block.Heading(Math.max(1, h.level() - level), h.content(), h.attr()) : b);
            }
        }
        if (!blocks.isEmpty() && blocks.get(0) instanceof org.annalist.doc.Block.Paragraph p) {
            List<org.annalist.doc.Inline> rest = withoutTitle(p.content(), item.title().strip());
            if (rest != null) {
                if (rest.isEmpty()) blocks.remove(0);
                else blocks.set(0, new org.annalist.doc.Block.Paragraph(rest, p.attr()));
            }
        }
        // the body only: the item keeps its title, which is not written into its text
        return new org.annalist.doc.Document(org.annalist.doc.Meta.EMPTY, blocks);
    }

    /** The paragraph's inlines after a leading 【title】 (as an entry title, bold or plain text); null: none there. */
    private static List<org.annalist.doc.Inline> withoutTitle(List<org.annalist.doc.Inline> content, String title) {
        if (content.isEmpty() || title.isEmpty()) return null;
        org.annalist.doc.Inline first = content.get(0);
        String text = org.annalist.doc.Inlines.plainText(List.of(first)).strip();
        String bracketed = "【" + title + "】";
        List<org.annalist.doc.Inline> rest = new ArrayList<>(content.subList(1, content.size()));
        if (first instanceof org.annalist.doc.Inline.Text t && text.startsWith(bracketed) && !text.equals(bracketed)) {
            // the title and the text after it in one run of plain text: the text stays
            rest.add(0, new org.annalist.doc.Inline.Text(t.text().stripLeading().substring(bracketed.length()).stripLeading()));
            return rest;
        }
        if (!(text.equals(bracketed) || (first instanceof org.annalist.doc.Inline.EntryTitle && text.contains(title)))) return null;
        // the space the export does not write but an importer may have kept after the title
        if (!rest.isEmpty() && rest.get(0) instanceof org.annalist.doc.Inline.Text t && t.text().isBlank()) rest.remove(0);
        return rest;
    }

    /** Rewrites the importer's {@code attachment:new/<i>} sources to the stored attachments' numbers. */
    static String withPictureIds(String markdown, List<Long> ids) {
        if (ids.isEmpty()) return markdown;
        StringBuilder sb = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(ImportResult.NEW_ATTACHMENT) + "(\\d+)").matcher(markdown);
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            String replacement = i < ids.size() ? "attachment:" + ids.get(i) : m.group();
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Reads a file with the checks a batch needs: exists, readable, an ordinary file (not a folder, pipe or device), not huge. */
    public static Source readSource(Path file) throws ImportException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                if (!Files.isReadable(file)) throw new ImportException(name, Localized.of("import.folder.noPermission"));
                throw new ImportException(name, Localized.of("import.folder"));
            }
            if (!Files.exists(file)) throw new ImportException(name, Localized.of("import.notFound"));
            // A pipe or a device would be read forever (or block until someone writes to it).
            if (!Files.isRegularFile(file)) throw new ImportException(name, Localized.of("import.notRegular"));
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ImportException(name, Localized.of("import.tooLarge", size / (1024 * 1024), MAX_FILE_BYTES / (1024 * 1024)));
            }
            return new Source(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ImportException(name, Localized.of("import.notFound"));
        } catch (AccessDeniedException e) {
            throw new ImportException(name, Localized.of("import.noPermission"));
        } catch (IOException e) {
            throw new ImportException(name, Localized.of("import.readFailed", e.getMessage()), e);
        }
    }

    /** One input of a batch: a file, or something that is known already to fail (a folder that cannot be listed). */
    private record Input(Path path, Localized problem) {
    }

    private static List<Input> expand(List<Path> paths) {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(f -> out.add(new Input(f, null)));
                } catch (AccessDeniedException e) {
                    out.add(new Input(p, Localized.of("import.folder.unreadable")));
                } catch (IOException | java.io.UncheckedIOException e) {
                    out.add(new Input(p, Localized.of("import.folder.unlisted", e.getMessage())));
                }
            } else {
                out.add(new Input(p, null));
            }
        }
        return out;
    }

    static String fileNameOf(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash >= 0 ? name.substring(slash + 1) : name;
    }
}
