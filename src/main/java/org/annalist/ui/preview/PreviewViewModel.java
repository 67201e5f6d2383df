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

    /** One page: its frame, its folio, and its pixels at the zoom it was drawn for (null: still being drawn). */
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
    /** The length of the editor's text when its caret last moved (a click on a page never points past it). */
    private int lastLength;
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
            if (running != null && !running.isDone()) running.cancel();
            generation++;
            pages.clear();
            summary.set("");
            error.set("");
            pageText = null;
            caret.set(null);
            return;
        }
        // what is being set or drawn is out of date: its threads are better spent on the next one
        if (running != null && !running.isDone()) running.cancel();
        coalescer.trigger(() -> typeset(item));
    }

    private void typeset(Item item) {
        PreviewService service = previews.get();
        if (service == null) return;
        if (running != null && !running.isDone()) running.cancel();
        long gen = ++generation;
        double scale = zoom.get() * POINTS_TO_PIXELS;
        int caretAt = lastCaret;
        busy.set(true);
        // the pages shown now, to keep the pixels of those the edit leaves as they are: matched by their whole frame,
        // whose hash walks every glyph of the page (tens of milliseconds for a long item), so off the JavaFX thread
        List<Page> shown = List.copyOf(pages);
        running = executor.execute(BackgroundTask.<Result>of(I18n.tr("preview.task"), progress -> {
            java.util.Map<Frame, Page> previous = new java.util.HashMap<>();
            for (Page p : shown) if (p.pixels() != null) previous.put(p.frame(), p);
            // the template depends on the item's publication: a query, so here rather than on the JavaFX thread
            String template = templateFor.apply(item);
            PreviewService.ItemPages typeset = service.typeset(item, template, (phase, done, total) -> {
                progress.checkCancelled();
                progress.update(phase, done, total);
            });
            PageText text = new PageText(typeset.pages());
            List<Frame> frames = typeset.pages();
            PreviewService.Pixels[] pixels = new PreviewService.Pixels[frames.size()];
            // a page the edit did not change (same frame, same zoom) keeps its pixels: only moved pages are drawn
            for (int i = 0; i < frames.size(); i++) {
                Page old = previous.get(frames.get(i));
                if (old != null && old.scale() == scale) pixels[i] = old.pixels();
            }
            PageText.Glyph at = text.caret(typeset.origin(), typeset.origin() + caretAt);
            draw(service, frames, pixels, scale, at == null ? 0 : at.page(), progress,
                    () -> new Result(typeset, pagesOf(typeset, pixels, scale), text, false));
            return new Result(typeset, pagesOf(typeset, pixels, scale), text, true);
        }).onPublished(partial -> show((Result) partial, gen)).onSuccess(r -> show(r, gen)).onFailure(e -> {
            if (gen != generation) return;
            busy.set(false);
            error.set(I18n.tr("preview.failed", Messages.describe(e)));
            updates.set(updates.get() + 1);
        }).onCancelled(() -> {
            if (gen == generation) busy.set(false);
        }));
    }

    /**
     * Draws the pages that have no pixels yet, the caret's page ({@code focus}) and the one after it first, then
     * outwards from there; what is drawn is published (as {@code partial} makes it) once those first pages are
     * there and then every few pages, so the page being typed on shows without waiting for the far ones.
     */
    private static void draw(PreviewService service, List<Frame> frames, PreviewService.Pixels[] pixels, double scale, int focus,
                             BackgroundTask.Progress progress, Supplier<Object> partial) throws Exception {
        List<Integer> order = new ArrayList<>();
        for (int d = 0; d < frames.size(); d++) {
            if (focus + d < frames.size()) order.add(focus + d);
            if (d > 0 && focus - d >= 0) order.add(focus - d);
        }
        order.removeIf(i -> pixels[i] != null);
        for (int k = 0; k < order.size(); k++) {
            progress.checkCancelled();
            int i = order.get(k);
            pixels[i] = service.render(frames.get(i), scale);
            boolean last = k == order.size() - 1;
            if (!last && (k == Math.min(1, order.size() - 1) || k > 1 && k % 4 == 1)) progress.publish(partial.get());
        }
    }

    private static List<Page> pagesOf(PreviewService.ItemPages typeset, PreviewService.Pixels[] pixels, double scale) {
        List<Page> out = new ArrayList<>();
        for (int i = 0; i < pixels.length; i++) out.add(new Page(typeset.pages().get(i), typeset.labels().get(i), pixels[i], scale));
        return out;
    }

    /** Shows a typesetting's pages (all of them drawn, or the first few: {@link Result#complete()}). */
    private void show(Result r, long gen) {
        if (gen != generation) return;
        if (r.complete()) busy.set(false);
        error.set("");
        pages.setAll(r.pages());
        pageText = r.text();
        PreviewService.ItemPages t = r.typeset();
        origin = t.origin();
        String range = t.labels().isEmpty() ? "" : t.labels().get(0)
                + (t.labels().size() > 1 ? "—" + t.labels().get(t.labels().size() - 1) : "");
        summary.set(I18n.tr("preview.summary", t.template(), range, t.pages().size(), String.format("%.2f", t.seconds()),
                t.missingCharacters().size(), t.overfullLines()));
        caretMoved(lastLength, lastCaret);
        updates.set(updates.get() + 1);
    }

    /** {@code complete}: every page has its pixels (else some are still being drawn). */
    private record Result(PreviewService.ItemPages typeset, List<Page> pages, PageText text, boolean complete) {
    }

    /** The editor's caret moved: mark its place on the pages. */
    public void caretMoved(String source, int caretPosition) {
        caretMoved(source == null ? 0 : source.length(), caretPosition);
    }

    /** As {@link #caretMoved(String, int)} with only the text's length (the editor need not copy its text on every move). */
    public void caretMoved(int textLength, int caretPosition) {
        lastLength = Math.max(0, textLength);
        lastCaret = Math.min(Math.max(0, caretPosition), lastLength);
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
        if (offset < 0 || offset > lastLength && lastLength > 0) return -1;
        for (java.util.function.IntConsumer l : caretRequests) l.accept(offset);
        return offset;
    }

    /** Draws the current pages again at {@code newZoom} (in the background), the caret's page first. */
    public void zoom(double newZoom) {
        double z = Math.max(0.25, Math.min(4, newZoom));
        if (Math.abs(z - zoom.get()) < 1e-6) return;
        zoom.set(z);
        List<Page> current = List.copyOf(pages);
        PreviewService service = previews.get();
        if (current.isEmpty() || service == null) return;
        long gen = generation;
        double scale = z * POINTS_TO_PIXELS;
        int focus = caret.get() == null ? 0 : caret.get().page();
        List<Frame> frames = current.stream().map(Page::frame).toList();
        executor.execute(BackgroundTask.<List<Page>>of(I18n.tr("preview.zoomTask"), progress -> {
            PreviewService.Pixels[] pixels = new PreviewService.Pixels[frames.size()];
            draw(service, frames, pixels, scale, focus, progress, () -> zoomed(current, pixels, scale));
            return zoomed(current, pixels, scale);
        }).onPublished(partial -> {
            if (gen == generation && Math.abs(zoom.get() - z) < 1e-6) pages.setAll(castPages(partial));
        }).onSuccess(drawn -> {
            if (gen == generation && Math.abs(zoom.get() - z) < 1e-6) pages.setAll(drawn);
        }));
    }

    private static List<Page> zoomed(List<Page> current, PreviewService.Pixels[] pixels, double scale) {
        List<Page> out = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) out.add(new Page(current.get(i).frame(), current.get(i).label(), pixels[i], scale));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Page> castPages(Object partial) {
        return (List<Page>) partial;
    }
}
