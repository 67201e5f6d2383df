package org.annalist.ui.tree;

import org.annalist.model.Publication;
import org.annalist.model.PublicationKind;
import org.annalist.model.TrashEntry;
import org.annalist.service.AnnalistSession;
import org.annalist.service.ArchiveManagement;
import org.annalist.service.ArchiveManagement.NewPublication;
import org.annalist.service.ArchiveManagement.Skeleton;
import org.annalist.service.Messages;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tree's context menu and the archive menu: new publication, section and item, rename, delete to the 回收站,
 * and the 回收站 itself (restore, delete for good after asking). Inputs and confirmations go through the
 * DialogService; every action is one short transaction, after which the tree is read again.
 */
public final class ManageViewModel {
    private final Supplier<AnnalistSession> session;
    private final DialogService dialogs;
    private final TreeViewModel tree;

    public ManageViewModel(Supplier<AnnalistSession> session, DialogService dialogs, TreeViewModel tree) {
        this.session = session;
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
    public Optional<Publication> newPublication() {
        AnnalistSession s = session.get();
        if (s == null) return Optional.empty();
        String title = I18n.tr("manage.newPublication");
        Optional<String> kindLabel = dialogs.choose(title, I18n.tr("manage.kind"),
                List.of(PublicationKind.NIANJIAN.label(), PublicationKind.WENSHI.label()));
        if (kindLabel.isEmpty()) return Optional.empty();
        PublicationKind kind = PublicationKind.parse(kindLabel.get());
        Optional<String> name = dialogs.askText(title, I18n.tr("manage.title"), "");
        if (name.isEmpty()) return Optional.empty();
        Optional<String> number = dialogs.askText(title, I18n.tr(kind == PublicationKind.NIANJIAN ? "manage.year" : "manage.volume"),
                kind == PublicationKind.NIANJIAN ? String.valueOf(java.time.Year.now().getValue()) : "1");
        if (number.isEmpty()) return Optional.empty();
        int n;
        try {
            n = Integer.parseInt(number.get().strip());
        } catch (NumberFormatException e) {
            dialogs.showError(I18n.tr("manage.failed"), null, I18n.tr("manage.notNumber", number.get()));
            return Optional.empty();
        }
        return attempt(() -> {
            ArchiveManagement m = s.management();
            List<String> choices = new ArrayList<>();
            String none = I18n.tr("manage.skeleton.none");
            choices.add(none);
            List<String> skeletons = kind == PublicationKind.NIANJIAN ? m.skeletonNames() : List.of();
            for (String k : skeletons) choices.add(I18n.tr("manage.skeleton.named", k));
            List<TreeNode> pubs = publications();
            for (TreeNode p : pubs) choices.add(I18n.tr("manage.skeleton.copy", p.label()));
            Optional<String> chosen = dialogs.choose(title, I18n.tr("manage.skeleton"), choices);
            if (chosen.isEmpty()) return null;
            int i = choices.indexOf(chosen.get());
            Skeleton sk = i <= 0 ? Skeleton.NONE
                    : i <= skeletons.size() ? new Skeleton.Named(skeletons.get(i - 1))
                    : new Skeleton.CopyOf(pubs.get(i - 1 - skeletons.size()).id());
            return m.createPublication(new NewPublication(kind, name.get(), n, null, null, sk));
        });
    }

    /** 新建类目/分目: last at the top of a publication, or under a section. */
    public boolean newSection(TreeNode at) {
        if (!canAddSection(at)) return false;
        Optional<String> name = dialogs.askText(I18n.tr("manage.newSection"), I18n.tr("manage.title"), "");
        if (name.isEmpty()) return false;
        return attempt(() -> at.kind() == TreeNode.Kind.PUBLICATION
                ? session.get().management().createSection(at.id(), null, name.get())
                : session.get().management().createSubsection(at.id(), name.get())).isPresent();
    }

    /** 新建条目/篇: an empty item last in a section or the 收稿箱; returns its number to open it. */
    public Optional<Long> newItem(TreeNode at) {
        if (!canAddItem(at)) return Optional.empty();
        Optional<String> name = dialogs.askText(I18n.tr("manage.newItem"), I18n.tr("manage.title"), "");
        if (name.isEmpty()) return Optional.empty();
        return attempt(() -> session.get().management()
                .createItem(at.kind() == TreeNode.Kind.INBOX ? null : at.id(), null, name.get()).id());
    }

    public boolean rename(TreeNode at) {
        if (!canRenameOrDelete(at)) return false;
        String current = at.kind() == TreeNode.Kind.SECTION ? at.label().substring(at.label().indexOf('　') + 1) : at.label();
        if (at.kind() == TreeNode.Kind.PUBLICATION) current = current.replaceAll("^《(.*)》.*$", "$1");
        Optional<String> name = dialogs.askText(I18n.tr("manage.rename"), I18n.tr("manage.title"), current);
        if (name.isEmpty()) return false;
        return attempt(() -> {
            ArchiveManagement m = session.get().management();
            switch (at.kind()) {
                case PUBLICATION -> m.renamePublication(at.id(), name.get());
                case SECTION -> m.renameSection(at.id(), name.get());
                default -> m.renameItem(at.id(), name.get());
            }
            return Boolean.TRUE;
        }).isPresent();
    }

    /** 删除到回收站: nothing is asked, since the 回收站 gives it back. */
    public Optional<TrashEntry> moveToTrash(TreeNode at) {
        if (!canRenameOrDelete(at)) return Optional.empty();
        TrashEntry.Kind kind = switch (at.kind()) {
            case PUBLICATION -> TrashEntry.Kind.PUBLICATION;
            case SECTION -> TrashEntry.Kind.SECTION;
            default -> TrashEntry.Kind.ITEM;
        };
        return attempt(() -> session.get().management().moveToTrash(kind, at.id()));
    }

    /** What the 回收站 holds, as the list shows it. */
    public List<TrashEntry> trash() {
        AnnalistSession s = session.get();
        return s == null ? List.of() : s.management().trash();
    }

    public static String describe(TrashEntry e) {
        return I18n.tr("manage.trash.entry", e.id(), e.label(), e.sections(), e.items(), e.deletedBy(),
                e.deletedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDateTime().withNano(0).toString().replace('T', ' '));
    }

    /** 回收站…: choose an entry, then 恢复 or 永久删除 (asked again before it happens). */
    public void openTrash() {
        List<TrashEntry> entries = trash();
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
            restore(e);
        } else {
            deletePermanently(e);
        }
    }

    public boolean restore(TrashEntry e) {
        return attempt(() -> session.get().management().restore(e.id())).isPresent();
    }

    /** Asks, then deletes for good (the audit log keeps who and when). */
    public boolean deletePermanently(TrashEntry e) {
        if (!dialogs.confirm(I18n.tr("manage.purge"), I18n.tr("manage.purge.question", e.label(), e.sections(), e.items()))) {
            return false;
        }
        return attempt(() -> session.get().management().deletePermanently(e.id())).isPresent();
    }

    private List<TreeNode> publications() {
        TreeNode root = tree.rootProperty().get();
        if (root == null) return List.of();
        return root.children().stream().filter(n -> n.kind() == TreeNode.Kind.PUBLICATION).toList();
    }

    private <T> Optional<T> attempt(Supplier<T> action) {
        AnnalistSession s = session.get();
        if (s == null) return Optional.empty();
        try {
            T result = action.get();
            tree.refresh();
            return Optional.ofNullable(result);
        } catch (RuntimeException e) {
            dialogs.showError(I18n.tr("manage.failed"), s.databaseFile().toString(), Messages.describe(e));
            return Optional.empty();
        }
    }
}
