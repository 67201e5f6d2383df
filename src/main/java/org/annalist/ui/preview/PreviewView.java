package org.annalist.ui.preview;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.annalist.service.PreviewService;
import org.annalist.ui.common.I18n;

import java.util.ArrayList;
import java.util.List;

/**
 * The preview pane: the item's pages one under another on a grey desk, each the image of the page as the PDF
 * prints it, the caret's place as a red bar over it; zoom with the buttons or Ctrl + mouse wheel. Pixels become
 * images on a thread of the view's own, so neither a new page nor a moving caret costs the JavaFX thread a copy
 * of a page's pixels.
 */
public final class PreviewView extends BorderPane {
    private final PreviewViewModel vm;
    private final VBox desk = new VBox(16);
    private final ScrollPane scroll = new ScrollPane(desk);
    /** The pages on the desk, one per page of the view model, reused from one edit to the next. */
    private final List<Sheet> sheets = new ArrayList<>();
    /** The images of the pages shown, by their pixels: a page an edit did not change keeps its image. */
    private final java.util.Map<PreviewService.Pixels, Image> images = new java.util.IdentityHashMap<>();
    private final java.util.Set<PreviewService.Pixels> converting = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The page the caret's bar is on, if any. */
    private Sheet caretSheet;
    private final java.util.concurrent.Executor imaging = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "preview-images");
        t.setDaemon(true);
        return t;
    });

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
        List<javafx.scene.Node> children = new ArrayList<>();
        if (!vm.errorProperty().get().isEmpty()) {
            Label l = new Label(vm.errorProperty().get());
            l.setWrapText(true);
            l.getStyleClass().add("preview-error");
            children.add(l);
        }
        List<PreviewViewModel.Page> now = vm.pages();
        while (sheets.size() > now.size()) sheets.remove(sheets.size() - 1);
        while (sheets.size() < now.size()) sheets.add(new Sheet());
        // the images of pixels no page shows any more are dropped; those of pages that stayed are kept
        java.util.Map<PreviewService.Pixels, Image> kept = new java.util.IdentityHashMap<>();
        for (int i = 0; i < now.size(); i++) {
            PreviewViewModel.Page p = now.get(i);
            Sheet sheet = sheets.get(i);
            sheet.show(i, p);
            if (p.pixels() != null) {
                Image img = images.get(p.pixels());
                if (img != null) {
                    kept.put(p.pixels(), img);
                    sheet.image(p.pixels(), img);
                } else {
                    convert(p.pixels()); // until it is ready the page shows what it showed before
                }
            }
            children.add(sheet.box);
        }
        // the desk's children change only when pages come or go: a page that stays is neither styled nor laid out again
        if (!desk.getChildren().equals(children)) desk.getChildren().setAll(children);
        images.clear();
        images.putAll(kept);
        caretSheet = null;
        PageText.Glyph g = vm.caretProperty().get();
        if (g != null) redrawCaret(null, g);
    }

    /**
     * Turns a page's pixels into an image on the preview's own thread (the JavaFX thread only puts the image
     * in place), then shows it on the page that has these pixels, if one still has.
     */
    private void convert(PreviewService.Pixels px) {
        if (!converting.add(px)) return;
        imaging.execute(() -> {
            WritableImage img = new WritableImage(px.width(), px.height());
            // opaque pixels: premultiplied or not is the same, and the premultiplied format is copied without arithmetic
            img.getPixelWriter().setPixels(0, 0, px.width(), px.height(), PixelFormat.getIntArgbPreInstance(), px.argb(), 0, px.width());
            Platform.runLater(() -> {
                converting.remove(px);
                boolean shown = false;
                for (Sheet s : sheets) {
                    if (s.pixels == px) {
                        s.image(px, img);
                        shown = true;
                    }
                }
                if (shown) images.put(px, img);
            });
        });
    }

    private void redrawCaret(PageText.Glyph before, PageText.Glyph now) {
        if (caretSheet != null) caretSheet.caret(null);
        caretSheet = null;
        if (now != null && now.page() < sheets.size()) {
            caretSheet = sheets.get(now.page());
            caretSheet.caret(now);
        }
    }

    /**
     * One page on the desk: its image, the caret's red bar over it (moving the caret moves the bar, the image
     * stays), and its folio below. The page keeps its size before its pixels arrive.
     */
    private final class Sheet {
        final ImageView view = new ImageView();
        final Rectangle bar = new Rectangle();
        final Rectangle glow = new Rectangle();
        final Pane page = new Pane(view, glow, bar);
        final Label folio = new Label();
        final VBox box = new VBox(4, page, folio);
        /** The pixels this page should show (its image may still be another's until they are converted). */
        PreviewService.Pixels pixels;
        double scale = 1;

        Sheet() {
            page.getStyleClass().add("preview-page");
            page.setCursor(javafx.scene.Cursor.TEXT);
            page.setStyle("-fx-background-color: white;");
            bar.setFill(Color.rgb(220, 30, 30, 0.9));
            glow.setFill(Color.rgb(220, 30, 30, 0.15));
            bar.setVisible(false);
            glow.setVisible(false);
            bar.setManaged(false);
            glow.setManaged(false);
            view.setManaged(false);
            folio.getStyleClass().add("preview-folio");
            box.setAlignment(Pos.CENTER);
            box.getStyleClass().add("preview-page-box");
            box.setMaxWidth(Region.USE_PREF_SIZE);
        }

        void show(int index, PreviewViewModel.Page p) {
            pixels = p.pixels();
            scale = p.scale();
            double w = p.pixels() != null ? p.pixels().width() : Math.ceil(p.frame().width() * p.scale());
            double h = p.pixels() != null ? p.pixels().height() : Math.ceil(p.frame().height() * p.scale());
            if (page.getPrefWidth() != w || page.getPrefHeight() != h) {
                page.setMinSize(w, h);
                page.setPrefSize(w, h);
                page.setMaxSize(w, h);
            }
            if (!p.label().equals(folio.getText())) folio.setText(p.label());
            // a click puts the editor's caret at the character printed there
            page.setOnMouseClicked(e -> vm.clicked(index, e.getX() / p.scale(), e.getY() / p.scale()));
        }

        void image(PreviewService.Pixels px, Image img) {
            view.setImage(img);
            page.setUserData(px);
        }

        void caret(PageText.Glyph g) {
            bar.setVisible(g != null);
            glow.setVisible(g != null);
            if (g == null) return;
            double s = scale;
            bar.relocate(g.x() * s - 1, g.top() * s - 2);
            bar.setWidth(2.5);
            bar.setHeight(g.height() * s + 4);
            glow.relocate(g.x() * s - g.height() * s * 2, g.top() * s);
            glow.setWidth(g.height() * s * 2);
            glow.setHeight(g.height() * s);
        }
    }

    /** Scrolls so the caret's line is in view. */
    private void reveal(PageText.Glyph g) {
        if (g == null || g.page() >= sheets.size()) return;
        javafx.scene.Node c = sheets.get(g.page()).page;
        double contentH = desk.getHeight() - scroll.getViewportBounds().getHeight();
        if (contentH <= 0) return;
        double y = c.getParent().getBoundsInParent().getMinY() + g.top() * vm.pages().get(g.page()).scale();
        double top = scroll.getVvalue() * contentH;
        double viewH = scroll.getViewportBounds().getHeight();
        if (y < top || y > top + viewH - 40) scroll.setVvalue(Math.max(0, Math.min(1, (y - viewH / 3) / contentH)));
    }
}
