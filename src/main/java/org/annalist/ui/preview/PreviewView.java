package org.annalist.ui.preview;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.annalist.ui.common.I18n;

import java.util.ArrayList;
import java.util.List;

/**
 * The preview pane: the item's pages one under another on a grey desk, each a canvas holding the page as
 * the PDF prints it, the caret's place as a red bar; zoom with the buttons or Ctrl + mouse wheel.
 */
public final class PreviewView extends BorderPane {
    private final PreviewViewModel vm;
    private final VBox desk = new VBox(16);
    private final ScrollPane scroll = new ScrollPane(desk);
    private final List<Canvas> canvases = new ArrayList<>();
    private final java.util.Map<org.annalist.service.PreviewService.Pixels, Canvas> byPixels = new java.util.IdentityHashMap<>();
    /** The canvas the caret is drawn on, if any. */
    private Canvas caretCanvas;

    public PreviewView(PreviewViewModel vm) {
        this.vm = vm;
        getStyleClass().add("preview-view");
        setId("preview");
        desk.setAlignment(Pos.TOP_CENTER);
        desk.setPadding(new Insets(16));
        desk.getStyleClass().add("preview-desk");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("preview-scroll");
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown()) {
                vm.zoom(vm.zoomProperty().get() * (e.getDeltaY() > 0 ? 1.1 : 1 / 1.1));
                e.consume();
            }
        });
        setTop(toolbar());
        setCenter(scroll);
        vm.pages().addListener((ListChangeListener<PreviewViewModel.Page>) c -> rebuild());
        vm.caretProperty().addListener((o, a, b) -> {
            redrawCaret(a, b);
            reveal(b);
        });
        vm.errorProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private javafx.scene.layout.HBox toolbar() {
        Button out = new Button("−");
        out.setId("zoom-out");
        out.setOnAction(e -> vm.zoom(vm.zoomProperty().get() / 1.25));
        Button in = new Button("+");
        in.setId("zoom-in");
        in.setOnAction(e -> vm.zoom(vm.zoomProperty().get() * 1.25));
        Button fit = new Button(I18n.tr("preview.fitWidth"));
        fit.setOnAction(e -> {
            if (vm.pages().isEmpty()) return;
            double pagePt = vm.pages().get(0).frame().width();
            double avail = scroll.getViewportBounds().getWidth() - 40;
            if (avail > 50) vm.zoom(avail / (pagePt * PreviewViewModel.POINTS_TO_PIXELS));
        });
        Label percent = new Label();
        percent.textProperty().bind(vm.zoomProperty().map(z -> Math.round(z.doubleValue() * 100) + "%"));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.busyProperty());
        Label summary = new Label();
        summary.setId("preview-summary");
        summary.textProperty().bind(vm.summaryProperty());
        // the summary takes the room left and ends in "…" when the column is narrow (all of it in the tooltip),
        // rather than vanishing behind a ToolBar's ">>"
        summary.setMinWidth(0);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(vm.summaryProperty());
        summary.setTooltip(tip);
        javafx.scene.layout.HBox.setHgrow(summary, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(4, out, percent, in, fit, busy, summary);
        bar.getStyleClass().add("tool-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new javafx.geometry.Insets(4, 6, 4, 6));
        for (javafx.scene.Node n : bar.getChildren()) if (n != summary) ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        return bar;
    }

    private void rebuild() {
        desk.getChildren().clear();
        canvases.clear();
        if (!vm.errorProperty().get().isEmpty()) {
            Label l = new Label(vm.errorProperty().get());
            l.setWrapText(true);
            l.getStyleClass().add("preview-error");
            desk.getChildren().add(l);
        }
        // a page whose pixels did not change keeps its canvas: only the pages an edit moved are painted again
        java.util.Map<org.annalist.service.PreviewService.Pixels, Canvas> before = new java.util.IdentityHashMap<>(byPixels);
        byPixels.clear();
        for (PreviewViewModel.Page p : vm.pages()) {
            Canvas c = before.remove(p.pixels());
            if (c == null) {
                c = new Canvas(p.pixels().width(), p.pixels().height());
                c.getStyleClass().add("preview-page");
                c.setCursor(javafx.scene.Cursor.TEXT);
                draw(c, p, null);
            } else if (c == caretCanvas) {
                draw(c, p, null); // the caret moves to wherever it is now, below
            }
            int pageIndex = canvases.size();
            // a click puts the editor's caret at the character printed there
            c.setOnMouseClicked(e -> vm.clicked(pageIndex, e.getX() / p.scale(), e.getY() / p.scale()));
            canvases.add(c);
            byPixels.put(p.pixels(), c);
            Label folio = new Label(p.label());
            folio.getStyleClass().add("preview-folio");
            VBox page = new VBox(4, c, folio);
            page.setAlignment(Pos.CENTER);
            page.getStyleClass().add("preview-page-box");
            page.setMaxWidth(Region.USE_PREF_SIZE);
            desk.getChildren().add(page);
        }
        PageText.Glyph g = vm.caretProperty().get();
        if (g != null) redrawCaret(null, g);
    }

    private void draw(Canvas c, PreviewViewModel.Page p, PageText.Glyph caret) {
        if (caret != null) caretCanvas = c;
        else if (c == caretCanvas) caretCanvas = null;
        GraphicsContext gc = c.getGraphicsContext2D();
        gc.getPixelWriter().setPixels(0, 0, p.pixels().width(), p.pixels().height(), PixelFormat.getIntArgbInstance(),
                p.pixels().argb(), 0, p.pixels().width());
        if (caret != null) {
            double s = p.scale();
            gc.setFill(Color.rgb(220, 30, 30, 0.9));
            gc.fillRect(caret.x() * s - 1, caret.top() * s - 2, 2.5, caret.height() * s + 4);
            gc.setFill(Color.rgb(220, 30, 30, 0.15));
            gc.fillRect(caret.x() * s - caret.height() * s * 2, caret.top() * s, caret.height() * s * 2, caret.height() * s);
        }
    }

    private void redrawCaret(PageText.Glyph before, PageText.Glyph now) {
        if (before != null && before.page() < canvases.size()) {
            draw(canvases.get(before.page()), vm.pages().get(before.page()), null);
        }
        if (now != null && now.page() < canvases.size()) {
            draw(canvases.get(now.page()), vm.pages().get(now.page()), now);
        }
    }

    /** Scrolls so the caret's line is in view. */
    private void reveal(PageText.Glyph g) {
        if (g == null || g.page() >= canvases.size()) return;
        Canvas c = canvases.get(g.page());
        double contentH = desk.getHeight() - scroll.getViewportBounds().getHeight();
        if (contentH <= 0) return;
        double y = c.getParent().getBoundsInParent().getMinY() + g.top() * vm.pages().get(g.page()).scale();
        double top = scroll.getVvalue() * contentH;
        double viewH = scroll.getViewportBounds().getHeight();
        if (y < top || y > top + viewH - 40) scroll.setVvalue(Math.max(0, Math.min(1, (y - viewH / 3) / contentH)));
    }
}
