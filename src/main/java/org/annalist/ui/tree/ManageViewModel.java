package org.annalist.ui.tree;

import org.annalist.model.Publication;
import org.annalist.model.PublicationKind;
import org.annalist.model.TrashEntry;
import org.annalist.service.AnnalistSession;
import org.annalist.service.ArchiveManagement;
import org.annalist.service.ArchiveManagement.NewPublication;
import org.annalist.service.ArchiveManagement.Skeleton;
import org.annalist.service.BackgroundTask;
import org.annalist.service.Messages;
import org.annalist.service.TaskExecutor;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The tree's context menu and the archive menu: new publication, section and item, rename, delete to the 回收站,
 * and the 回收站 itself (restore, delete for good after asking). Inputs and confirmations go through the
 * DialogService on the JavaFX thread; every action is one short transaction run in the background, after which
 * the tree is read again and the caller's callback runs, back on the JavaFX thread.
 */
public final class ManageViewModel {
    private final Supplier<AnnalistSession> session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final TreeViewModel tree;

    public ManageViewModel(Supplier<AnnalistSession> session, TaskExecutor executor, DialogService dialogs, TreeViewModel tree) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.tree = tree;
    }

    public boolean canAddSection(TreeNode at) {
        return at != null && (at.kind() == TreeNode.Kind.PUBLICATION || at.kind() == TreeNode.Kind.SECTION);
    }

    public boolean canAddItem(TreeNode at) {
        return at != null && at.holdsItems();
    }

    public boolean canRenameOrDelete(TreeNode at) {
        return at != null && (at.kind() == TreeNode.Kind.PUBLICATION || at.kind() == TreeNode.Kind.SECTION || at.isItem());
    }

    /** 新建出版物…: kind, title, year or 辑 number, then the skeleton (none, a 类目 skeleton, or another volume's sections). */
    public void newPublication() {
        newPublication(p -> {
        });
    }

    /** As {@link #newPublication()}; {@code done} gets the new publication (empty: cancelled or failed) on the JavaFX thread. */
    public void newPublication(Consumer<Optional<Publication>> done) {
        AnnalistSession s = session.get();
        if (s == null) {
            done.accept(Optional.empty());
            return;
        }
        String title = I18n.tr("manage.newPublication");
        Optional<String> kindLabel = dialogs.choose(title, I18n.tr("manage.kind"),
                List.of(PublicationKind.NIANJIAN.label(), PublicationKind.WENSHI.label()));
        if (kindLabel.isEmpty()) {
            done.accept(Optional.empty());
            return;
        }
        PublicationKind kind = PublicationKind.parse(kindLabel.get());
        Optional<String> name = dialogs.askText(title, I18n.tr("manage.title"), "");
        Optional<String> number = name.isEmpty() ? Optional.empty()
                : dialogs.askText(title, I18n.tr(kind == PublicationKind.NIANJIAN ? "manage.year" : "manage.volume"),
                kind == PublicationKind.NIANJIAN ? String.valueOf(java.time.Year.now().getValue()) : "1");
        if (number.isEmpty()) {
            done.accept(Optional.empty());
            return;
        }
        int n;
        try {
            n = Integer.parseInt(number.get().strip());
        } catch (NumberFormatException e) {
            dialogs.showError(I18n.tr("manage.failed"), null, I18n.tr("manage.notNumber", number.get()));
            done.accept(Optional.empty());
            return;
        }
        // the skeletons are read in the background, chosen on the JavaFX thread, the publication made in the background
        run(s, x -> kind == PublicationKind.NIANJIAN ? x.management().skeletonNames() : List.<String>of(), false, skeletons -> {
            if (skeletons.isEmpty()) {
                done.accept(Optional.empty());
                return;
            }
            List<String> choices = new ArrayList<>();
            choices.add(I18n.tr("manage.skeleton.none"));
            for (String k : skeletons.get()) choices.add(I18n.tr("manage.skeleton.named", k));
            List<TreeNode> pubs = publications();
            for (TreeNode p : pubs) choices.add(I18n.tr("manage.skeleton.copy", p.label()));
            Optional<String> chosen = dialogs.choose(title, I18n.tr("manage.skeleton"), choices);
            if (chosen.isEmpty()) {
                done.accept(Optional.empty());
                return;
            }
            int i = choices.indexOf(chosen.get());
            List<String> named = skeletons.get();
            Skeleton sk = i <= 0 ? Skeleton.NONE
                    : i <= named.size() ? new Skeleton.Named(named.get(i - 1))
                    : new Skeleton.CopyOf(pubs.get(i - 1 - named.size()).id());
            run(s, x -> x.management().createPublication(new NewPublication(kind, name.get(), n, null, null, sk)), true, done);
        });
    }

    /** 新建类目/分目: last at the top of a publication, or under a section. */
    public void newSection(TreeNode at) {
        newSection(at, ok -> {
        });
    }

    /** As {@link #newSection(TreeNode)}; {@code done} learns on the JavaFX thread whether the section was made. */
    public void newSection(TreeNode at, Consumer<Boolean> done) {
        AnnalistSession s = session.get();
        Optional<String> name = s == null || !canAddSection(at) ? Optional.empty()
                : dialogs.askText(I18n.tr("manage.newSection"), I18n.tr("manage.title"), "");
        if (name.isEmpty()) {
            done.accept(false);
            return;
        }
        run(s, x -> at.kind() == TreeNode.Kind.PUBLICATION
                ? x.management().createSection(at.id(), null, name.get())
                : x.management().createSubsection(at.id(), name.get()), true, r -> done.accept(r.isPresent()));
    }

    /** 新建条目/篇: an empty item last in a section or the 收稿箱; {@code created} gets its number (to open it) on the JavaFX thread. */
    public void newItem(TreeNode at, Consumer<Long> created) {
        AnnalistSession s = session.get();
        Optional<String> name = s == null || !canAddItem(at) ? Optional.empty()
                : dialogs.askText(I18n.tr("manage.newItem"), I18n.tr("manage.title"), "");
        if (name.isEmpty()) return;
        run(s, x -> x.management().createItem(at.kind() == TreeNode.Kind.INBOX ? null : at.id(), null, name.get()).id(), true,
                id -> id.ifPresent(created));
    }

    public void rename(TreeNode at) {
        rename(at, ok -> {
        });
    }

    /** 重命名; {@code done} learns on the JavaFX thread whether the node was renamed. */
    public void rename(TreeNode at, Consumer<Boolean> done) {
        AnnalistSession s = session.get();
        if (s == null || !canRenameOrDelete(at)) {
            done.accept(false);
            return;
        }
        String current = at.kind() == TreeNode.Kind.SECTION ? at.label().substring(at.label().indexOf('　') + 1) : at.label();
        if (at.kind() == TreeNode.Kind.PUBLICATION) current = current.replaceAll("^《(.*)》.*$", "$1");
        Optional<String> name = dialogs.askText(I18n.tr("manage.rename"), I18n.tr("manage.title"), current);
        if (name.isEmpty()) {
            done.accept(false);
            return;
        }
        run(s, x -> {
            ArchiveManagement m = x.management();
            switch (at.kind()) {
                case PUBLICATION -> m.renamePublication(at.id(), name.get());
                case SECTION -> m.renameSection(at.id(), name.get());
                default -> m.renameItem(at.id(), name.get());
            }
            return Boolean.TRUE;
        }, true, r -> done.accept(r.isPresent()));
    }

    /** 删除到回收站: nothing is asked, since the 回收站 gives it back; {@code done} gets the 回收站's entry on the JavaFX thread. */
    public void moveToTrash(TreeNode at, Consumer<Optional<TrashEntry>> done) {
        AnnalistSession s = session.get();
        if (s == null || !canRenameOrDelete(at)) {
            done.accept(Optional.empty());
            return;
        }
        TrashEntry.Kind kind = switch (at.kind()) {
            case PUBLICATION -> TrashEntry.Kind.PUBLICATION;
            case SECTION -> TrashEntry.Kind.SECTION;
            default -> TrashEntry.Kind.ITEM;
        };
        run(s, x -> x.management().moveToTrash(kind, at.id()), true, done);
    }

    /** What the 回收站 holds, as the list shows it (a query on the calling thread). */
    public List<TrashEntry> trash() {
        AnnalistSession s = session.get();
        return s == null ? List.of() : s.management().trash();
    }

    public static String describe(TrashEntry e) {
        return I18n.tr("manage.trash.entry", e.id(), e.label(), e.sections(), e.items(), e.deletedBy(),
                e.deletedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDateTime().withNano(0).toString().replace('T', ' '));
    }

    /** 回收站…: choose an entry, then 恢复 or 永久删除 (asked again before it happens). The list is read in the background. */
    public void openTrash() {
        AnnalistSession s = session.get();
        if (s == null) return;
        run(s, x -> x.management().trash(), false, read -> {
            List<TrashEntry> entries = read.orElse(null);
            if (entries == null) return;
            if (entries.isEmpty()) {
                dialogs.showInfo(I18n.tr("manage.trash"), I18n.tr("manage.trash.empty"));
                return;
            }
            List<String> lines = entries.stream().map(ManageViewModel::describe).toList();
            Optional<String> chosen = dialogs.choose(I18n.tr("manage.trash"), I18n.tr("manage.trash.choose"), lines);
            if (chosen.isEmpty()) return;
            TrashEntry e = entries.get(lines.indexOf(chosen.get()));
            String restore = I18n.tr("manage.restore");
            String purge = I18n.tr("manage.purge");
            Optional<String> action = dialogs.choose(I18n.tr("manage.trash"), chosen.get(), List.of(restore, purge));
            if (action.isEmpty()) return;
            if (action.get().equals(restore)) {
                restore(e, ok -> {
                });
            } else {
                deletePermanently(e, ok -> {
                });
            }
        });
    }

    /** 恢复; {@code done} learns on the JavaFX thread whether the entry came back. */
    public void restore(TrashEntry e, Consumer<Boolean> done) {
        AnnalistSession s = session.get();
        if (s == null) {
            done.accept(false);
            return;
        }
        run(s, x -> x.management().restore(e.id()), true, r -> done.accept(r.isPresent()));
    }

    /** Asks, then deletes for good (the audit log keeps who and when); {@code done} learns whether it happened. */
    public void deletePermanently(TrashEntry e, Consumer<Boolean> done) {
        AnnalistSession s = session.get();
        if (s == null || !dialogs.confirm(I18n.tr("manage.purge"), I18n.tr("manage.purge.question", e.label(), e.sections(), e.items()))) {
            done.accept(false);
            return;
        }
        run(s, x -> {
            x.management().deletePermanently(e.id());
            return Boolean.TRUE;
        }, true, r -> done.accept(r.isPresent()));
    }

    private List<TreeNode> publications() {
        TreeNode root = tree.rootProperty().get();
        if (root == null) return List.of();
        return root.children().stream().filter(n -> n.kind() == TreeNode.Kind.PUBLICATION).toList();
    }

    /**
     * Runs {@code action} (one short transaction) in the background; back on the JavaFX thread the tree is read
     * again when it {@code changes} the archive, and {@code done} gets the result (empty when it failed, after
     * the user was told, or when the archive was closed meanwhile).
     */
    private <T> void run(AnnalistSession s, Function<AnnalistSession, T> action, boolean changes, Consumer<Optional<T>> done) {
        executor.execute(BackgroundTask.<T>of(I18n.tr("perf.manageTask"), p -> action.apply(s)).onSuccess(r -> {
            if (session.get() != s) {
                done.accept(Optional.empty());
                return;
            }
            if (changes) tree.refresh();
            done.accept(Optional.ofNullable(r));
        }).onFailure(e -> {
            dialogs.showError(I18n.tr("manage.failed"), s.databaseFile().toString(), Messages.describe(e));
            done.accept(Optional.empty());
        }));
    }
}
