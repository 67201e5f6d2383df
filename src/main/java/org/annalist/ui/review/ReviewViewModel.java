package org.annalist.ui.review;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.PublicationKind;
import org.annalist.model.ReviewSheet;
import org.annalist.service.AnnalistSession;
import org.annalist.service.BackgroundTask;
import org.annalist.service.Messages;
import org.annalist.service.ReviewForms;
import org.annalist.service.ReviewWorkflow;
import org.annalist.service.TaskExecutor;
import org.annalist.service.WorkQueue;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;
import org.annalist.ui.editor.TrackedEdits;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * 审稿 in the desktop for the open item and the current user: the steps the state machine allows them now
 * ({@link ReviewWorkflow#offers}), taking one with an opinion (a reason, a scanned 审核单) — the editor's text saved
 * first, so the step's 审稿单 names the text as it stands and never makes an empty revision —, the item's 审稿单 and
 * their PDF, whether the user's edits are recorded as suggestions of the item's level (修订), and the user's 待办.
 * Every service call runs on the task executor; refusals are shown with the rule's message.
 */
public final class ReviewViewModel {
    private final Supplier<AnnalistSession> session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<Consumer<Boolean>> saveFirst;
    private final Consumer<Item> stepped;
    private final ObjectProperty<Item> item = new SimpleObjectProperty<>();
    private final ObservableList<ReviewWorkflow.Offer> offers = FXCollections.observableArrayList();
    private final ObservableList<ReviewSheet> sheets = FXCollections.observableArrayList();
    private final ObservableList<WorkQueue.Entry> queue = FXCollections.observableArrayList();
    private final ObjectProperty<TrackedEdits.Signer> levelSigner = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** Counts {@link #load} requests: only the latest item's offers are shown. */
    private long loads;

    /**
     * {@code saveFirst}: makes the editor's text a revision (when it changed), then says whether that went well;
     * {@code stepped}: the item as a step left it (the editor, tree and metadata take its new state).
     */
    public ReviewViewModel(Supplier<AnnalistSession> session, TaskExecutor executor, DialogService dialogs,
                           Consumer<Consumer<Boolean>> saveFirst, Consumer<Item> stepped) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.saveFirst = saveFirst;
        this.stepped = stepped;
    }

    /** The item the steps are for (the editor's). */
    public ObjectProperty<Item> itemProperty() {
        return item;
    }

    public ObservableList<ReviewWorkflow.Offer> offers() {
        return offers;
    }

    public ObservableList<ReviewSheet> sheets() {
        return sheets;
    }

    public ObservableList<WorkQueue.Entry> queue() {
        return queue;
    }

    /**
     * The signer of 修订 suggestions while the item is at 初审/复审/终审 and the user is that level's reviewer (the
     * state machine offers them the level's steps); null otherwise.
     */
    public ObjectProperty<TrackedEdits.Signer> levelSignerProperty() {
        return levelSigner;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The user the steps are signed by (the session's), or null without an archive. */
    public String user() {
        AnnalistSession s = session.get();
        return s == null ? null : s.actor();
    }

    /** The editor shows {@code shown} (null: nothing): its steps, 审稿单 and level are read in the background. */
    public void load(Item shown) {
        long request = ++loads;
        item.set(shown);
        // no suggestion of the last item's level on this one while its own is read
        levelSigner.set(null);
        AnnalistSession s = session.get();
        if (shown == null || s == null) {
            offers.clear();
            sheets.clear();
            levelSigner.set(null);
            return;
        }
        record Read(List<ReviewWorkflow.Offer> offers, List<ReviewSheet> sheets) {
        }
        executor.execute(BackgroundTask.<Read>of(I18n.tr("review2.loadTask"), p -> {
            ReviewWorkflow w = s.review();
            return new Read(w.offers(shown.id()), w.sheets(shown.id()));
        }).onSuccess(r -> {
            if (request != loads || session.get() != s) return;
            offers.setAll(r.offers());
            sheets.setAll(r.sheets());
            boolean reviewer = shown.status().isReviewLevel() && r.offers().stream()
                    .anyMatch(o -> o.decision() != org.annalist.model.ReviewDecision.REOPEN);
            levelSigner.set(reviewer ? new TrackedEdits.Signer(s.actor(), shown.status().label()) : null);
        }).onFailure(e -> {
            if (request != loads) return;
            offers.clear();
            levelSigner.set(null);
            dialogs.showError(I18n.tr("review2.loadFailed"), s.databaseFile().toString(), Messages.describe(e));
        }));
    }

    /**
     * Takes {@code offer} with the opinion, the reason (撤销决定) and the scanned 审核单 (供稿单位审核通过; may be null):
     * the editor's text is saved first, then the step runs in the background. {@code done} learns whether it was
     * taken; a refusal is shown with the rule's message.
     */
    public void take(ReviewWorkflow.Offer offer, String opinion, String reason, Path scan, Consumer<Boolean> done) {
        Item on = item.get();
        AnnalistSession s = session.get();
        if (on == null || s == null || busy.get()) {
            done.accept(false);
            return;
        }
        busy.set(true);
        saveFirst.accept(saved -> {
            if (!saved) {
                // the save failed and the user was told: no step over a text that is not the archive's
                busy.set(false);
                done.accept(false);
                return;
            }
            executor.execute(BackgroundTask.<Item>of(I18n.tr("review2.stepTask", offer.decision().label()), p -> {
                ReviewWorkflow.ScannedSheet sheet = scan == null ? null : ReviewWorkflow.ScannedSheet.read(scan);
                s.review().decide(on.id(), offer.decision(), null, opinion, reason, null, sheet);
                return s.editing().item(on.id()).orElseThrow();
            }).onSuccess(after -> {
                busy.set(false);
                stepped.accept(after);
                load(after);
                refreshQueue();
                done.accept(true);
            }).onFailure(e -> {
                busy.set(false);
                dialogs.showError(I18n.tr("review2.refused", offer.decision().label()), on.title(), Messages.describe(e));
                load(on);
                done.accept(false);
            }));
        });
    }

    /** Reads the user's 待办 in the background. */
    public void refreshQueue() {
        AnnalistSession s = session.get();
        if (s == null) {
            queue.clear();
            return;
        }
        executor.execute(BackgroundTask.<List<WorkQueue.Entry>>of(I18n.tr("review2.queueTask"), p -> s.workQueue())
                .onSuccess(q -> {
                    if (session.get() == s) queue.setAll(q);
                })
                .onFailure(e -> dialogs.showError(I18n.tr("review2.queueFailed"), s.databaseFile().toString(), Messages.describe(e))));
    }

    /** Sets the open item's 审稿单 as a PDF at a place the user chooses, and opens it. */
    public void saveSheetPdf() {
        Item on = item.get();
        AnnalistSession s = session.get();
        if (on == null || s == null) return;
        dialogs.choosePdfTarget(I18n.tr("review2.sheetFile", on.title().isBlank() ? String.valueOf(on.id()) : on.title())).ifPresent(target ->
                executor.execute(BackgroundTask.<Path>of(I18n.tr("review2.pdfTask"), p -> {
                    ReviewWorkflow.History h = s.review().history(on.id());
                    var pub = on.sectionId() == null ? null : s.queries().publicationOf(on.sectionId()).orElse(null);
                    String place = s.queries().item(on.id()).map(d -> d.place()).orElse(on.title());
                    PublicationKind kind = pub != null ? pub.kind()
                            : on.kind() == ItemKind.ENTRY ? PublicationKind.NIANJIAN : PublicationKind.WENSHI;
                    ReviewForms.pdf(ReviewForms.reviewSheet(h, place), kind, target);
                    return target;
                }).onSuccess(dialogs::open)
                        .onFailure(e -> dialogs.showError(I18n.tr("review2.pdfFailed"), target.toString(), Messages.describe(e)))));
    }
}
