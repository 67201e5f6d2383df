package org.annalist.ui.comments;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.annalist.model.ReviewComment;
import org.annalist.service.CommentService;
import org.annalist.ui.common.I18n;
import org.annalist.ui.editor.EditorView;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * 批注 beside the editor: the open item's threads — orphaned ones (their words deleted) first, then in text order —
 * each with its author, time, the words it marks, its replies, and 回复 / 解决 (重新打开) / 删除 (one's own). A click on
 * a thread puts the editor's caret on its words; the words of open threads are tinted in the reading view. A comment
 * is added on the editor's selection from its context menu (添加批注) or with Ctrl+Alt+M.
 */
public final class CommentsPane extends BorderPane {
    /** Ctrl+Alt+M (⌘⌥M): a comment on the selection, as in Word. */
    public static final KeyCombination ADD = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CommentsViewModel vm;
    private final EditorView editor;
    private final VBox list = new VBox(8);
    private final Label header = new Label();
    private final VBox compose = new VBox(4);
    private final TextArea composeText = new TextArea();
    private final Label composeQuote = new Label();
    private Runnable onShow = () -> {
    };
    /** The selection a comment being written is on. */
    private int composeFrom;
    private int composeTo;

    public CommentsPane(CommentsViewModel vm, EditorView editor) {
        this.vm = vm;
        this.editor = editor;
        setId("comments-pane");
        getStyleClass().add("comments-pane");
        vm.textFrom(() -> editor.area().getText());
        header.getStyleClass().add("comments-header");
        composeText.setId("comment-compose");
        composeText.setPromptText(I18n.tr("cpane.compose.prompt"));
        composeText.setWrapText(true);
        composeText.setPrefRowCount(3);
        composeQuote.getStyleClass().add("comment-quote");
        composeQuote.setWrapText(true);
        Button save = new Button(I18n.tr("cpane.save"));
        save.setId("comment-save");
        save.setDefaultButton(false);
        save.setOnAction(e -> saveCompose());
        Button cancel = new Button(I18n.tr("cpane.cancel"));
        cancel.setOnAction(e -> hideCompose());
        composeText.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                saveCompose();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hideCompose();
                e.consume();
            }
        });
        compose.getChildren().addAll(composeQuote, composeText, new HBox(6, save, cancel));
        compose.getStyleClass().add("comment-compose");
        compose.setPadding(new Insets(6));
        hideCompose();
        list.setPadding(new Insets(6));
        list.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        VBox top = new VBox(4, header, compose);
        top.setPadding(new Insets(6, 6, 0, 6));
        setTop(top);
        setCenter(scroll);

        // the editor: highlights, 添加批注 in its menu, Ctrl+Alt+M, threads kept on their words while typing
        editor.setHighlights(this::highlights);
        editor.addMenuContributor(this::menu);
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (ADD.match(e)) {
                startCompose();
                e.consume();
            }
        });
        editor.area().plainTextChanges().subscribe(ch -> {
            int removed = ch.getRemoved().length();
            // a whole new text (another item shown) is placed by a load, not moved
            if (ch.getPosition() == 0 && removed > 0 && ch.getInserted().length() == editor.area().getLength()) return;
            vm.edited(ch.getPosition(), removed, ch.getInserted().length());
        });
        editor.area().multiPlainChanges().successionEnds(java.time.Duration.ofMillis(1500)).subscribe(x -> vm.reload());
        vm.threads().addListener((javafx.collections.ListChangeListener<CommentService.Thread>) c -> {
            rebuild();
            editor.restyle();
        });
        vm.itemIdProperty().addListener((o, a, b) -> hideCompose());
        rebuild();
    }

    /** Called when the pane wants to be seen (a comment is being written): the window brings its tab forward. */
    public void setOnShow(Runnable r) {
        onShow = r == null ? () -> {
        } : r;
    }

    /** Starts a comment on the editor's selection (nothing without one). */
    public void startCompose() {
        var sel = editor.area().getSelection();
        if (vm.itemIdProperty().get() < 0 || vm.actor() == null) return;
        if (sel.getLength() == 0) {
            header.setText(I18n.tr("cpane.noSelection"));
            onShow.run();
            return;
        }
        composeFrom = sel.getStart();
        composeTo = sel.getEnd();
        composeQuote.setText(I18n.tr("cpane.quote", CommentServiceText.shown(editor.area().getText(composeFrom, composeTo))));
        composeText.clear();
        compose.setVisible(true);
        compose.setManaged(true);
        onShow.run();
        composeText.requestFocus();
    }

    private void saveCompose() {
        String body = composeText.getText();
        if (body == null || body.isBlank()) return;
        vm.add(composeFrom, Math.min(composeTo, editor.area().getLength()), body);
        hideCompose();
    }

    private void hideCompose() {
        compose.setVisible(false);
        compose.setManaged(false);
    }

    private void menu(List<MenuItem> items) {
        MenuItem add = new MenuItem(I18n.tr("cpane.add"));
        add.setId("comment-add");
        add.setAccelerator(ADD);
        add.setDisable(editor.area().getSelection().getLength() == 0 || vm.itemIdProperty().get() < 0 || vm.actor() == null);
        add.setOnAction(e -> startCompose());
        items.add(new SeparatorMenuItem());
        items.add(add);
    }

    /** The words of the open threads, tinted. */
    private List<EditorView.Highlight> highlights() {
        List<EditorView.Highlight> out = new ArrayList<>();
        for (CommentService.Thread t : vm.threads()) {
            if (t.orphaned() || t.resolved() || t.from() >= t.to()) continue;
            out.add(new EditorView.Highlight(t.from(), t.to(), "comment",
                    I18n.tr("cpane.hover", t.root().author(), CommentServiceText.firstLine(t.root().text()))));
        }
        return out;
    }

    private void rebuild() {
        list.getChildren().clear();
        int n = vm.threads().size();
        long orphans = vm.threads().stream().filter(CommentService.Thread::orphaned).count();
        header.setText(orphans > 0 ? I18n.tr("cpane.headerOrphans", n, orphans) : I18n.tr("cpane.header", n));
        if (n == 0) {
            Label none = new Label(I18n.tr(vm.itemIdProperty().get() < 0 ? "cpane.noItem" : "cpane.none"));
            none.setWrapText(true);
            none.getStyleClass().add("comments-none");
            list.getChildren().add(none);
        }
        for (CommentService.Thread t : vm.threads()) list.getChildren().add(card(t));
    }

    private VBox card(CommentService.Thread t) {
        VBox card = new VBox(4);
        card.setId("comment-thread-" + t.root().id());
        card.getStyleClass().add("comment-thread");
        if (t.orphaned()) card.getStyleClass().add("comment-orphaned");
        if (t.resolved()) card.getStyleClass().add("comment-resolved");
        if (t.orphaned()) {
            Label o = new Label(I18n.tr("cpane.orphaned"));
            o.getStyleClass().add("comment-orphan-note");
            o.setWrapText(true);
            card.getChildren().add(o);
        }
        if (!t.quote().isBlank()) {
            Label q = new Label(I18n.tr("cpane.quote", t.quote()));
            q.getStyleClass().add("comment-quote");
            q.setWrapText(true);
            card.getChildren().add(q);
        }
        card.getChildren().add(comment(t.root(), false));
        for (ReviewComment r : t.replies()) card.getChildren().add(comment(r, true));
        if (t.resolved()) {
            Label done = new Label(I18n.tr("cpane.resolved"));
            done.getStyleClass().add("comment-done");
            card.getChildren().add(done);
        }
        // reply box and actions
        TextArea reply = new TextArea();
        reply.setId("comment-reply-text");
        reply.setPromptText(I18n.tr("cpane.reply.prompt"));
        reply.setPrefRowCount(2);
        reply.setWrapText(true);
        Button send = new Button(I18n.tr("cpane.reply.send"));
        send.setId("comment-reply-send");
        HBox replyBox = new HBox(4, reply, send);
        replyBox.setVisible(false);
        replyBox.setManaged(false);
        send.setOnAction(e -> {
            if (!reply.getText().isBlank()) vm.reply(t.root().id(), reply.getText());
        });
        Button answer = new Button(I18n.tr("cpane.reply"));
        answer.setId("comment-reply");
        answer.setOnAction(e -> {
            replyBox.setVisible(true);
            replyBox.setManaged(true);
            reply.requestFocus();
        });
        Button resolve = new Button(I18n.tr(t.resolved() ? "cpane.reopen" : "cpane.resolve"));
        resolve.setId(t.resolved() ? "comment-reopen" : "comment-resolve");
        resolve.setOnAction(e -> vm.resolve(t.root().id(), !t.resolved()));
        HBox actions = new HBox(4, answer, resolve);
        if (vm.own(t.root())) {
            Button delete = new Button(I18n.tr("cpane.delete"));
            delete.setId("comment-delete");
            delete.setOnAction(e -> vm.delete(t.root().id()));
            actions.getChildren().add(delete);
        }
        boolean writer = vm.actor() != null;
        actions.setDisable(!writer);
        card.getChildren().addAll(actions, replyBox);
        card.setOnMouseClicked(e -> {
            if (t.orphaned() || e.getTarget() instanceof javafx.scene.control.ButtonBase) return;
            int at = Math.min(t.from(), editor.area().getLength());
            editor.area().moveTo(at);
            editor.area().requestFollowCaret();
            editor.area().requestFocus();
        });
        return card;
    }

    private javafx.scene.Node comment(ReviewComment c, boolean reply) {
        String when = c.writtenAt() == null ? "" : TIME.format(c.writtenAt().atZone(ZoneId.systemDefault()));
        Label who = new Label(c.author() + (when.isEmpty() ? "" : "  " + when));
        who.getStyleClass().add("comment-author");
        Label text = new Label(c.text());
        text.setWrapText(true);
        text.getStyleClass().add("comment-text");
        VBox box = new VBox(2, who, text);
        if (reply) {
            box.getStyleClass().add("comment-reply");
            VBox.setMargin(box, new Insets(0, 0, 0, 14));
            // a reply of one's own can go on its own
            if (vm.own(c)) {
                Button delete = new Button(I18n.tr("cpane.delete"));
                delete.getStyleClass().add("comment-reply-delete");
                delete.setOnAction(e -> vm.delete(c.id()));
                box.getChildren().add(delete);
            }
        }
        return box;
    }

    /** Text helpers of the pane. */
    static final class CommentServiceText {
        private CommentServiceText() {
        }

        static String shown(String markdown) {
            String s = markdown.replace("*", "").replace("\\", "").replace('\n', ' ').strip();
            return s.length() > 60 ? s.substring(0, 60) + "……" : s;
        }

        static String firstLine(String text) {
            String s = text.strip();
            int nl = s.indexOf('\n');
            if (nl >= 0) s = s.substring(0, nl) + "……";
            return s.length() > 80 ? s.substring(0, 80) + "……" : s;
        }
    }
}
