package org.annalist.ui.preview;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.annalist.model.Item;
import org.annalist.service.BackgroundTask;
import org.annalist.service.Messages;
import org.annalist.service.PreviewService;
import org.annalist.service.TaskExecutor;
import org.annalist.typeset.frame.Frame;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The pages of the item in the editor. Edits ask for new pages; a burst of them is coalesced, the
 * typesetting runs in the background (a newer request cancels an older one still running), and the
 * pages are drawn by the PDF's frames at the zoom in use.
 */
public final class PreviewViewModel {

    /** One page: its frame, its folio, and its pixels at the zoom it was drawn for. */
    public record Page(Frame frame, String label, PreviewService.Pixels pixels, double scale) {
    }

    /** Screen pixels per point at 100 %: a 96 dpi screen. */
    public static final double POINTS_TO_PIXELS = 96.0 / 72.0;

    private final Supplier<PreviewService> previews;
    private final TaskExecutor executor;
    private final Coalescer coalescer;
    private final Function<Item, String> templateFor;
    private final ObservableList<Page> pages = FXCollections.observableArrayList();
    private final DoubleProperty zoom = new SimpleDoubleProperty(0.8);
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<PageText.Glyph> caret = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Integer> updates = new SimpleObjectProperty<>(0);
    private PageText pageText;
    private TaskExecutor.Handle running;
    private long generation;
    private String lastSource = "";
    private int lastCaret;
    /** The source key of the previewed item's first character (see {@link PreviewService.ItemPages#origin()}). */
    private long origin;
    private final List<java.util.function.IntConsumer> caretRequests = new ArrayList<>();

    public PreviewViewModel(Supplier<PreviewService> previews, TaskExecutor executor, Coalescer coalescer,
                            Function<Item, String> templateFor) {
        this.previews = previews;
        this.executor = executor;
        this.coalescer = coalescer;
        this.templateFor = templateFor;
    }

    public ObservableList<Page> pages() {
        return pages;
    }

    /** 1 = 100 %. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** "第 3—4 页 · 2 页 · 0.35 秒 · 缺字 0 · 超宽行 0". */
    public StringProperty summaryProperty() {
        return summary;
    }

    /** Why there are no pages (the typesetter's message), or empty. */
    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Where the editor's caret is printed, or null. */
    public ObjectProperty<PageText.Glyph> caretProperty() {
        return caret;
    }

    /** Counts finished updates (tests and the smoke test wait on it). */
    public SimpleObjectProperty<Integer> updatesProperty() {
        return updates;
    }

    /** The item changed (opened or edited): new pages once the edits settle. */
    public void request(Item item) {
        if (item == null) {
            coalescer.cancel();
            generation++;
            pages.clear();
            summary.set("");
            error.set("");
            pageText = null;
            caret.set(null);
            return;
        }
        coalescer.trigger(() -> typeset(item));
    }

    private void typeset(Item item) {
        PreviewService service = previews.get();
        if (service == null) return;
        if (running != null && !running.isDone()) running.cancel();
        long gen = ++generation;
        double scale = zoom.get() * POINTS_TO_PIXELS;
        String template = templateFor.apply(item);
        busy.set(true);
        java.util.Map<Frame, Page> previous = new java.util.HashMap<>();
        for (Page p : pages) previous.put(p.frame(), p);
        running = executor.execute(BackgroundTask.<Result>of(I18n.tr("preview.task"), progress -> {
            PreviewService.ItemPages typeset = service.typeset(item, template, (phase, done, total) -> {
                progress.checkCancelled();
                progress.update(phase, done, total);
            });
            List<Page> drawn = new ArrayList<>();
            for (int i = 0; i < typeset.pages().size(); i++) {
                progress.checkCancelled();
                Frame f = typeset.pages().get(i);
                // a page the edit did not change (same frame, same zoom) keeps its pixels: only moved pages are drawn
                Page old = previous.get(f);
                PreviewService.Pixels pixels = old != null && old.scale() == scale ? old.pixels() : service.render(f, scale);
                drawn.add(new Page(f, typeset.labels().get(i), pixels, scale));
            }
            return new Result(typeset, drawn, new PageText(typeset.pages()));
        }).onSuccess(r -> {
            if (gen != generation) return;
            busy.set(false);
            error.set("");
            pages.setAll(r.pages());
            pageText = r.text();
            PreviewService.ItemPages t = r.typeset();
            origin = t.origin();
            String range = t.labels().isEmpty() ? "" : t.labels().get(0)
                    + (t.labels().size() > 1 ? "—" + t.labels().get(t.labels().size() - 1) : "");
            summary.set(I18n.tr("preview.summary", t.template(), range, t.pages().size(), String.format("%.2f", t.seconds()),
                    t.missingCharacters().size(), t.overfullLines()));
            caretMoved(lastSource, lastCaret);
            updates.set(updates.get() + 1);
        }).onFailure(e -> {
            if (gen != generation) return;
            busy.set(false);
            error.set(I18n.tr("preview.failed", Messages.describe(e)));
            updates.set(updates.get() + 1);
        }).onCancelled(() -> {
            if (gen == generation) busy.set(false);
        }));
    }

    private record Result(PreviewService.ItemPages typeset, List<Page> pages, PageText text) {
    }

    /** The editor's caret moved: mark its place on the pages. */
    public void caretMoved(String source, int caretPosition) {
        lastSource = source == null ? "" : source;
        lastCaret = Math.min(Math.max(0, caretPosition), lastSource.length());
        caret.set(pageText == null ? null : pageText.caret(origin, origin + lastCaret));
    }

    /** Told the caret offset in the item's text where a click on a page points (the editor moves its caret there). */
    public void onCaretRequest(java.util.function.IntConsumer listener) {
        caretRequests.add(listener);
    }

    /**
     * A click on page {@code page} at ({@code x}, {@code y}) in points from the page's top-left: the editor is asked
     * to put its caret before the character printed there (after it on its right half). Returns that offset, or -1
     * when nothing of the item is printed on the page.
     */
    public int clicked(int page, double x, double y) {
        if (pageText == null) return -1;
        java.util.OptionalLong key = pageText.keyAt(page, x, y, origin);
        if (key.isEmpty()) return -1;
        int offset = (int) (key.getAsLong() - origin);
        if (offset < 0 || offset > lastSource.length() && !lastSource.isEmpty()) return -1;
        for (java.util.function.IntConsumer l : caretRequests) l.accept(offset);
        return offset;
    }

    /** Draws the current pages again at {@code newZoom} (in the background). */
    public void zoom(double newZoom) {
        double z = Math.max(0.25, Math.min(4, newZoom));
        if (Math.abs(z - zoom.get()) < 1e-6) return;
        zoom.set(z);
        List<Page> current = List.copyOf(pages);
        PreviewService service = previews.get();
        if (current.isEmpty() || service == null) return;
        long gen = generation;
        double scale = z * POINTS_TO_PIXELS;
        executor.execute(BackgroundTask.<List<Page>>of(I18n.tr("preview.zoomTask"), progress -> {
            List<Page> drawn = new ArrayList<>();
            for (Page p : current) drawn.add(new Page(p.frame(), p.label(), service.render(p.frame(), scale), scale));
            return drawn;
        }).onSuccess(drawn -> {
            if (gen == generation && Math.abs(zoom.get() - z) < 1e-6) pages.setAll(drawn);
        }));
    }
}
