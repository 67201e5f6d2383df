package org.annalist.ui;

import org.annalist.model.Item;
import org.annalist.model.ItemDraft;
import org.annalist.service.AnnalistSession;
import org.annalist.service.BackgroundTask;
import org.annalist.service.Messages;
import org.annalist.service.TaskExecutor;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;
import org.annalist.ui.editor.EditorViewModel;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A draft taken back that was typed over an older revision than the item's latest one (someone saved the item
 * since, or the draft outlived a failed save and a later one): the editor shows the draft, which would replace
 * the newer revision's changes on the next save. There is no automatic merge; the user is told and chooses: take the
 * draft, keep the latest revision (the draft is thrown away), or 对照两稿 — the compare view of the latest revision beside
 * the draft, which stays in the editor to be merged there by hand. Cancelling keeps the draft.
 */
final class DraftBaseCheck {
    private final Supplier<AnnalistSession> session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final EditorViewModel editor;
    /** Opens the compare view on the item's latest revision and the user's draft (null: the texts in a dialog). */
    private java.util.function.BiConsumer<Long, String> compareWithDraft;

    DraftBaseCheck(Supplier<AnnalistSession> session, TaskExecutor executor, DialogService dialogs, EditorViewModel editor) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.editor = editor;
        editor.shownProperty().addListener((o, a, b) -> check(b.intValue()));
    }

    /** 对照两稿 opens the compare view (修订记录) on the latest revision and the draft, to merge by hand in the editor. */
    void compareWith(java.util.function.BiConsumer<Long, String> opener) {
        this.compareWithDraft = opener;
    }

    private void check(int shown) {
        Item item = editor.itemProperty().get();
        AnnalistSession s = session.get();
        // the editor shows an item unsaved right after show() only when it took a draft back
        if (item == null || s == null || !editor.dirtyProperty().get()) return;
        executor.execute(BackgroundTask.<Optional<ItemDraft>>of(I18n.tr("drafts.baseTask"), p -> s.editing().draft(item.id()))
                .onSuccess(d -> {
                    if (d.isEmpty() || d.get().baseRevision() == item.revision()) return;
                    if (editor.shownProperty().get() != shown || session.get() != s) return; // the user moved on
                    choose(d.get(), item);
                })
                .onFailure(e -> dialogs.showError(I18n.tr("drafts.title"), s.databaseFile().toString(), Messages.describe(e))));
    }

    private void choose(ItemDraft draft, Item latest) {
        String title = latest.title().isBlank() ? I18n.tr("tree.untitled") : latest.title();
        String take = I18n.tr("drafts.old.take", latest.revision());
        String keep = I18n.tr("drafts.old.keep", latest.revision());
        String both = I18n.tr("drafts.old.both");
        String question = I18n.tr("drafts.old.question", title, draft.baseRevision(), latest.revision(), draft.author());
        while (true) {
            Optional<String> answer = dialogs.choose(I18n.tr("drafts.old.title"), question, List.of(take, keep, both));
            if (answer.isEmpty() || answer.get().equals(take)) return; // the draft stays in the editor, unsaved
            if (answer.get().equals(keep)) {
                editor.discardDraft();
                return;
            }
            if (compareWithDraft != null) {
                // the draft stays in the editor, to be merged there with the latest revision shown beside it
                compareWithDraft.accept(latest.id(), title);
                return;
            }
            dialogs.showText(I18n.tr("drafts.old.bothTitle", title),
                    I18n.tr("drafts.old.bothText", draft.baseRevision(), draft.body(), latest.revision(), latest.body()));
        }
    }
}
