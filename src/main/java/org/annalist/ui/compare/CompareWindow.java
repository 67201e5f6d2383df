package org.annalist.ui.compare;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.annalist.doc.diff.TextDiff;
import org.annalist.service.RevisionHistory;
import org.annalist.ui.common.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * 编辑→修订记录…: the item's revisions on the left (choose two rows, or A and B above the texts); the two side by side
 * — A with what B deleted struck through in red, B with what it inserted underlined in green, a moved paragraph in
 * blue with its number (⇄1) on both sides — and inline in one text; each side headed by its number, who saved it,
 * when and the note. 恢复此版 under each side makes that revision the item's text again, as a new revision.
 */
public final class CompareWindow {
    static final Color INSERTED = Color.web("#1a7f37");
    static final Color DELETED = Color.web("#c62828");
    static final Color MOVED = Color.web("#1f5fbf");

    private final Stage stage = new Stage();
    private final CompareViewModel vm;
    private final TextFlow left = flow("compare-left");
    private final ScrollPane leftScroll = scroll(left);
    private final TextFlow right = flow("compare-right");
    private final ScrollPane rightScroll = scroll(right);
    private final TextFlow inline = flow("compare-inline");
    private final Label headA = new Label();
    private final Label headB = new Label();

    public CompareWindow(Window owner, CompareViewModel vm) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> I18n.tr("compare.title", vm.itemTitleProperty().get()), vm.itemTitleProperty()));

        TableView<CompareViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("compare-revisions");
        table.setPlaceholder(new Label(I18n.tr("compare.none")));
        table.getColumns().add(column("compare.col.number", CompareViewModel.Row::number, 60));
        table.getColumns().add(column("compare.col.author", CompareViewModel.Row::author, 70));
        table.getColumns().add(column("compare.col.when", CompareViewModel.Row::when, 120));
        table.getColumns().add(column("compare.col.note", CompareViewModel.Row::note, 150));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<CompareViewModel.Row>) c -> {
            List<CompareViewModel.Row> chosen = new ArrayList<>(table.getSelectionModel().getSelectedItems());
            chosen.removeIf(java.util.Objects::isNull);
            if (chosen.size() == 2) vm.choose(chosen.get(0).revision().number(), chosen.get(1).revision().number());
        });
        Label hint = new Label(I18n.tr("compare.hint"));
        hint.setWrapText(true);
        VBox list = new VBox(6, table, hint);
        VBox.setVgrow(table, Priority.ALWAYS);
        list.setMinWidth(260);

        ComboBox<CompareViewModel.Row> chooseA = new ComboBox<>(vm.rows());
        chooseA.setId("compare-a");
        chooseA.valueProperty().bindBidirectional(vm.aProperty());
        ComboBox<CompareViewModel.Row> chooseB = new ComboBox<>(vm.rows());
        chooseB.setId("compare-b");
        chooseB.valueProperty().bindBidirectional(vm.bProperty());
        HBox choose = new HBox(8, new Label(I18n.tr("compare.a")), chooseA, new Label(I18n.tr("compare.b")), chooseB);
        choose.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Button restoreA = new Button();
        restoreA.setId("compare-restore-a");
        restoreA.setOnAction(e -> vm.restore(vm.aProperty().get()));
        Button restoreB = new Button();
        restoreB.setId("compare-restore-b");
        restoreB.setOnAction(e -> vm.restore(vm.bProperty().get()));
        bindRestore(restoreA, vm.aProperty());
        bindRestore(restoreB, vm.bProperty());
        headA.setId("compare-head-a");
        headB.setId("compare-head-b");
        headA.getStyleClass().add("compare-head");
        headB.getStyleClass().add("compare-head");
        SplitPane sides = new SplitPane(side(headA, left, restoreA), side(headB, right, restoreB));
        sides.setOrientation(Orientation.HORIZONTAL);
        Tab sideTab = new Tab(I18n.tr("compare.sideBySide"), sides);
        sideTab.setId("compare-tab-sides");
        ScrollPane inlineScroll = scroll(inline);
        inlineScroll.setId("compare-inline-scroll");
        leftScroll.setId("compare-left-scroll");
        rightScroll.setId("compare-right-scroll");
        Tab inlineTab = new Tab(I18n.tr("compare.inline"), inlineScroll);
        inlineTab.setId("compare-tab-inline");
        TabPane tabs = new TabPane(sideTab, inlineTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Label legend = new Label(I18n.tr("compare.legend"));
        Label status = new Label();
        status.setId("compare-status");
        status.textProperty().bind(vm.statusProperty());
        VBox center = new VBox(8, choose, tabs, legend, status);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        Button close = new Button(I18n.tr("common.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, gap, close);

        SplitPane body = new SplitPane(list, center);
        body.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(list, false);
        BorderPane root = new BorderPane(body);
        root.setBottom(bottom);
        BorderPane.setMargin(bottom, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(10));
        stage.setScene(new Scene(root, 1180, 680));
        if (owner != null && owner.getScene() != null) stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        vm.comparisonProperty().addListener((o, x, c) -> show(c));
    }

    private void bindRestore(Button button, javafx.beans.property.ObjectProperty<CompareViewModel.Row> row) {
        button.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> row.get() == null
                ? I18n.tr("compare.restore") : I18n.tr("compare.restoreThis", row.get().revision().number()), row));
        button.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !vm.restorable(row.get()), row, vm.rows(), vm.busyProperty()).or(vm.busyProperty()));
    }

    private static Node side(Label head, TextFlow text, Button restore) {
        head.setWrapText(true);
        VBox box = new VBox(6, head, (ScrollPane) text.getProperties().get(ScrollPane.class), restore);
        VBox.setVgrow(box.getChildren().get(1), Priority.ALWAYS);
        box.setPadding(new Insets(4));
        return box;
    }

    private static ScrollPane scroll(TextFlow flow) {
        ScrollPane s = new ScrollPane(flow);
        s.setFitToWidth(true);
        flow.getProperties().put(ScrollPane.class, s);
        return s;
    }

    /** Scrolls the flow's pane so that its first change (underlined, struck or moved) is in sight; false: it has none. */
    private static boolean revealFirstChange(TextFlow flow) {
        ScrollPane pane = (ScrollPane) flow.getProperties().get(ScrollPane.class);
        Node first = flow.getChildren().stream().filter(n -> n instanceof Text t
                && (t.isUnderline() || t.isStrikethrough() || t.getFill() == MOVED)).findFirst().orElse(null);
        if (pane == null) return false;
        pane.applyCss();
        pane.layout();
        double room = flow.getHeight() - pane.getViewportBounds().getHeight();
        if (first == null || room <= 0) {
            pane.setVvalue(0);
            return first != null;
        }
        double y = first.getBoundsInParent().getMinY() - 40;
        pane.setVvalue(Math.max(0, Math.min(1, y / room)));
        return true;
    }

    private static TextFlow flow(String id) {
        TextFlow f = new TextFlow();
        f.setId(id);
        f.setPadding(new Insets(8));
        f.setLineSpacing(4);
        return f;
    }

    private static TableColumn<CompareViewModel.Row, String> column(String key, Function<CompareViewModel.Row, String> value, double width) {
        TableColumn<CompareViewModel.Row, String> c = new TableColumn<>(I18n.tr(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Paints a comparison: A on the left, B on the right, both in one text inline. */
    private void show(RevisionHistory.Comparison c) {
        if (c == null) {
            left.getChildren().clear();
            right.getChildren().clear();
            inline.getChildren().clear();
            headA.setText("");
            headB.setText("");
            return;
        }
        headA.setText(CompareViewModel.row(c.a()).head());
        headB.setText(CompareViewModel.row(c.b()).head());
        List<Node> l = new ArrayList<>();
        List<Node> r = new ArrayList<>();
        List<Node> in = new ArrayList<>();
        paint(c.title(), true, l, r, in);
        paint(c.subtitle(), true, l, r, in);
        paint(c.body(), false, l, r, in);
        left.getChildren().setAll(l);
        right.getChildren().setAll(r);
        inline.getChildren().setAll(in);
        javafx.application.Platform.runLater(() -> {
            boolean leftChanged = revealFirstChange(left);
            boolean rightChanged = revealFirstChange(right);
            revealFirstChange(inline);
            // a side without a change of its own (only insertions, or only deletions) follows the other one
            if (!leftChanged && rightChanged) leftScroll.setVvalue(rightScroll.getVvalue());
            if (leftChanged && !rightChanged) rightScroll.setVvalue(leftScroll.getVvalue());
        });
    }

    /** The segments of one part (title, subtitle, body) as text nodes of the three views. */
    static void paint(TextDiff d, boolean heading, List<Node> l, List<Node> r, List<Node> in) {
        for (TextDiff.Segment s : d.segments()) {
            switch (s.kind()) {
                case SAME -> {
                    l.add(text(s.text(), null, heading, false, false));
                    r.add(text(s.text(), null, heading, false, false));
                    in.add(text(s.text(), null, heading, false, false));
                }
                case DELETED -> {
                    l.add(text(s.text(), DELETED, heading, false, true));
                    in.add(text(s.text(), DELETED, heading, false, true));
                }
                case INSERTED -> {
                    r.add(text(s.text(), INSERTED, heading, true, false));
                    in.add(text(s.text(), INSERTED, heading, true, false));
                }
                case MOVED_AWAY -> {
                    l.add(mark(I18n.tr("compare.movedAway", s.move())));
                    l.add(text(s.text(), MOVED, heading, false, false));
                    in.add(mark(I18n.tr("compare.movedAway", s.move())));
                    in.add(text(s.text(), MOVED, heading, false, true));
                }
                case MOVED_HERE -> {
                    r.add(mark(I18n.tr("compare.movedHere", s.move())));
                    r.add(text(s.text(), MOVED, heading, true, false));
                    in.add(mark(I18n.tr("compare.movedHere", s.move())));
                    in.add(text(s.text(), MOVED, heading, true, false));
                }
            }
        }
    }

    private static Text mark(String label) {
        Text t = new Text(label);
        t.setFill(MOVED);
        t.setStyle("-fx-font-size: 12px; -fx-font-weight: bold;"); // the family is the window's (Chinese) one
        t.getStyleClass().add("compare-moved-mark");
        return t;
    }

    private static Text text(String s, Color color, boolean heading, boolean underline, boolean strike) {
        Text t = new Text(s);
        t.setStyle(heading ? "-fx-font-size: 17px; -fx-font-weight: bold;" : "-fx-font-size: 15px;");
        if (color != null) t.setFill(color);
        t.setUnderline(underline);
        t.setStrikethrough(strike);
        if (underline) t.getStyleClass().add("compare-inserted");
        if (strike) t.getStyleClass().add(color == MOVED ? "compare-moved" : "compare-deleted");
        else if (color == MOVED) t.getStyleClass().add("compare-moved");
        return t;
    }

    /** Shows the window for an item: its revisions read afresh, the last two compared. */
    public void show(long itemId, String title) {
        vm.load(itemId, title);
        stage.show();
        stage.toFront();
    }

    /** After a refused save: the latest revision beside the user's draft (the refused text), to merge by hand. */
    public void showWithDraft(long itemId, String title) {
        vm.loadWithDraft(itemId, title);
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }
}
