package org.annalist.ui.editor;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.annalist.ui.common.I18n;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.LineNumberFactory;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * The editor: title, toolbar, the item's text, and a find/replace bar (Ctrl+F). The text is shown in the reading
 * view (看稿) by default — as an editor reads it, markup hidden ({@link ReadingStyles}, {@link ReadingArea}) — or in
 * the source view (源码), the Markdown dialect coloured, with line numbers.
 */
public final class EditorView extends BorderPane {
    private final EditorViewModel vm;
    private final ReadingArea area = new ReadingArea();
    private final javafx.scene.control.ToggleButton sourceView = new javafx.scene.control.ToggleButton(I18n.tr("editor.sourceView"));
    private final javafx.stage.Popup hover = new javafx.stage.Popup();
    private final Label hoverLabel = new Label();
    /** The reading view's styles as last applied, line by line (the lines that did not change are not applied again). */
    private List<ReadingLine> appliedLines = List.of();
    private ReadingStyles.Result reading;
    /** The proofreading findings of the text as last styled (offsets in it). */
    private List<org.annalist.check.Finding> findings = List.of();
    private long readingGeneration;
    private final TextField titleField = new TextField();
    private final TextField findField = new TextField();
    private final TextField replaceField = new TextField();
    private final CheckBox ignoreCase = new CheckBox(I18n.tr("find.ignoreCase"));
    private final Label findResult = new Label();
    private final javafx.scene.layout.VBox findBar;
    private boolean loading;
    /** Ranges others mark on the text (a comment's words: a background tint), asked for whenever the text is styled. */
    private java.util.function.Supplier<List<Highlight>> highlights = List::of;
    /** Who adds items to the context menu (the comments pane: 添加批注), asked each time it shows. */
    private final List<java.util.function.Consumer<List<javafx.scene.control.MenuItem>>> menuContributors = new java.util.ArrayList<>();

    /**
     * A range of the text marked by someone else than the proofreading checks: {@code kind} names the style
     * ({@code rv-check-KIND}), {@code message} is shown where the mouse rests. Offsets in the area's text.
     */
    public record Highlight(int start, int end, String kind, String message) {
    }

    /** Who gives the highlights of the text as it reads now (called on the JavaFX thread when styling starts). */
    public void setHighlights(java.util.function.Supplier<List<Highlight>> source) {
        highlights = source == null ? List::of : source;
    }

    /** Adds to the context menu: the contributor is given the menu's items each time it is filled. */
    public void addMenuContributor(java.util.function.Consumer<List<javafx.scene.control.MenuItem>> contributor) {
        menuContributors.add(contributor);
    }

    /** Works the reading view's styles out again (the highlights changed). */
    public void restyle() {
        if (area.isReading()) restyleReading();
    }

    public EditorView(EditorViewModel vm) {
        this.vm = vm;
        getStyleClass().add("editor-view");
        area.setId("markdown-editor");
        area.setWrapText(true);
        area.getStyleClass().add("markdown-area");
        sourceView.setId("editor-source");
        sourceView.setTooltip(new Tooltip(I18n.tr("editor.sourceView.tip")));
        sourceView.setFocusTraversable(false);
        sourceView.selectedProperty().addListener((o, a, b) -> showSource(b));
        showSource(false);
        area.setPasteHandler(this::paste);
        javafx.scene.control.ContextMenu menu = contextMenu();
        area.setContextMenu(menu);
        area.addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (!menu.isShowing()) {
                fillContextMenu(menu);
                menu.show(area, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        // a right click puts the caret where it was made (outside the selection), so the menu acts there
        area.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (!e.isSecondaryButtonDown()) return;
            int at = area.hit(e.getX(), e.getY()).getInsertionIndex();
            if (at < area.getSelection().getStart() || at > area.getSelection().getEnd() || area.getSelection().getLength() == 0) area.moveTo(at);
        });
        hoverLabel.getStyleClass().add("editor-hover");
        hoverLabel.setWrapText(true);
        hoverLabel.setMaxWidth(420);
        hover.getContent().add(hoverLabel);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(org.fxmisc.richtext.event.MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> showHover(e.getCharacterIndex(), e.getScreenPosition()));
        area.addEventHandler(org.fxmisc.richtext.event.MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
        titleField.setId("item-title");
        titleField.setPromptText(I18n.tr("editor.titlePrompt"));
        titleField.getStyleClass().add("item-title");
        // an empty title is a warning on the item, not a reason to refuse the text
        javafx.scene.control.Tooltip missing = new javafx.scene.control.Tooltip(I18n.tr("editor.titleMissing.tip"));
        vm.untitledProperty().addListener((o, a, b) -> markUntitled(b, missing));
        markUntitled(vm.untitledProperty().get(), missing);

        area.textProperty().addListener((o, a, b) -> {
            if (!loading) vm.edited(b);
        });
        // colouring off the JavaFX thread and only over the lines that changed (every pattern stays within a line)
        area.plainTextChanges().subscribe(change -> {
            if (loading) return;
            int from = area.offsetToPosition(change.getPosition(), org.fxmisc.richtext.model.TwoDimensional.Bias.Backward).getMajor();
            int to = area.offsetToPosition(Math.min(area.getLength(), change.getInsertionEnd()),
                    org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
            dirtyFrom = Math.min(dirtyFrom, from);
            dirtyTo = Math.max(dirtyTo, to);
        });
        // the source view colours the changed lines 60 ms after typing pauses; the reading view works its styles out
        // from the whole text (notes belong with their definitions), so it waits a little longer — typed characters
        // take the style beside them at once meanwhile
        area.multiPlainChanges().successionEnds(Duration.ofMillis(60)).subscribe(ignore -> {
            if (!area.isReading()) highlightDirtyLines();
        });
        area.multiPlainChanges().successionEnds(Duration.ofMillis(200)).subscribe(ignore -> {
            if (area.isReading()) restyleReading();
        });
        titleField.textProperty().addListener((o, a, b) -> {
            if (!loading) vm.retitled(b);
        });
        // a save keeps the text; showing an item (another one, or a draft taken back or thrown away) replaces the
        // text and the undo history
        vm.shownProperty().addListener((o, before, now) -> load());
        load();

        findBar = findBar();
        findBar.setVisible(false);
        findBar.setManaged(false);
        VBox top = new VBox(toolbar(), titleField);
        VBox.setMargin(titleField, new Insets(4, 6, 4, 6));
        setTop(top);
        setCenter(new VirtualizedScrollPane<>(area));
        setBottom(findBar);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (KeyCombination.keyCombination("Shortcut+F").match(e)) {
                showFind();
                e.consume();
            } else if (KeyCombination.keyCombination("Shortcut+S").match(e)) {
                vm.save();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && findBar.isVisible()) {
                findBar.setVisible(false);
                findBar.setManaged(false);
                area.requestFocus();
            }
        });
        setDisable(vm.itemProperty().get() == null);
        vm.itemProperty().addListener((o, a, b) -> setDisable(b == null));
    }

    private void markUntitled(boolean untitled, javafx.scene.control.Tooltip tip) {
        titleField.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("missing"), untitled);
        titleField.setTooltip(untitled ? tip : null);
    }

    /** The lines changed since they were last coloured (paragraph indexes, inclusive); none when from > to. */
    private int dirtyFrom = Integer.MAX_VALUE;
    private int dirtyTo = -1;
    private static final java.util.concurrent.ExecutorService HIGHLIGHTER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "editor-highlighter");
        t.setDaemon(true);
        return t;
    });

    /**
     * Colours the changed lines: their text is taken here, the patterns run on a worker thread, and the styles go
     * back to the same lines if they still hold the same text (typing meanwhile makes a newer run that wins).
     */
    private void highlightDirtyLines() {
        if (area.isReading()) {
            restyleReading();
            return;
        }
        int paragraphs = area.getParagraphs().size();
        if (dirtyFrom > dirtyTo || paragraphs == 0) return;
        int from = Math.max(0, Math.min(dirtyFrom, paragraphs - 1));
        int to = Math.min(dirtyTo, paragraphs - 1);
        dirtyFrom = Integer.MAX_VALUE;
        dirtyTo = -1;
        String text = area.getText(from, 0, to, area.getParagraph(to).length());
        HIGHLIGHTER.execute(() -> {
            var styles = MarkdownHighlighter.styles(text);
            javafx.application.Platform.runLater(() -> {
                if (area.isReading()) return;
                int now = area.getParagraphs().size();
                if (to >= now || !area.getText(from, 0, to, area.getParagraph(to).length()).equals(text)) {
                    // the lines moved or changed meanwhile: colour them again once typing settles
                    dirtyFrom = Math.min(dirtyFrom, Math.min(from, now - 1));
                    dirtyTo = Math.max(dirtyTo, Math.min(to, now - 1));
                    highlightDirtyLines();
                    return;
                }
                area.setStyleSpans(from, 0, styles);
            });
        });
    }

    public ReadingArea area() {
        return area;
    }

    /** True while the source view (the Markdown) is shown instead of the reading view; settable, so it can be remembered. */
    public javafx.beans.property.BooleanProperty sourceViewProperty() {
        return sourceView.selectedProperty();
    }

    /** The reading view's styles of one line: its text and its runs of classes. */
    private record ReadingLine(String text, List<Run> runs) {
    }

    private record Run(int length, List<String> classes) {
    }

    /** Between the reading view (markup hidden) and the source view (the Markdown, coloured, with line numbers). */
    private void showSource(boolean source) {
        area.setReading(!source);
        area.setParagraphGraphicFactory(source ? LineNumberFactory.get(area) : null);
        area.getStyleClass().removeAll("reading-area", "source-area");
        area.getStyleClass().add(source ? "source-area" : "reading-area");
        appliedLines = List.of();
        reading = null;
        dirtyFrom = 0;
        dirtyTo = Integer.MAX_VALUE;
        if (source) {
            area.setStyle(0, area.getLength(), List.of());
            highlightDirtyLines();
        } else {
            restyleReading();
        }
    }

    /**
     * Works the reading view's styles out again from the whole text on the worker (notes and their definitions
     * belong together), then applies on the JavaFX thread only the lines whose text or styles changed, and only
     * if the text is still the same (typing meanwhile brings a newer run).
     */
    private void restyleReading() {
        String text = area.getText();
        List<Highlight> marked = highlights.get();
        long generation = ++readingGeneration;
        int touchedFrom = dirtyFrom;
        int touchedTo = dirtyTo;
        dirtyFrom = Integer.MAX_VALUE;
        dirtyTo = -1;
        org.annalist.model.Item shownItem = vm.itemProperty().get();
        long itemId = shownItem == null ? -1 : shownItem.id();
        HIGHLIGHTER.execute(() -> {
            org.annalist.doc.Document parsed = null;
            try {
                parsed = org.annalist.doc.Markdown.parseBody(text, 0);
            } catch (RuntimeException e) {
                // shown as it is (ReadingStyles.of says so)
            }
            ReadingStyles.Result styled = parsed == null ? ReadingStyles.of(text) : ReadingStyles.of(text, parsed);
            // proofreading (GB/T 15834, 15835, 年鉴 rules) on the same tree: wavy underlines, the message on hover
            List<org.annalist.check.Finding> found = List.of();
            org.annalist.check.CheckContext ctx = itemId < 0 || parsed == null ? null : vm.checkContextOf(itemId,
                    () -> javafx.application.Platform.runLater(this::restyleReading));
            if (ctx != null) {
                try {
                    found = org.annalist.check.Checker.check(itemId, text, parsed, 0, ctx);
                } catch (RuntimeException e) {
                    found = List.of();
                }
            }
            List<int[]> ranges = new java.util.ArrayList<>();
            List<String> severities = new java.util.ArrayList<>();
            List<String> messages = new java.util.ArrayList<>();
            for (org.annalist.check.Finding f : found) {
                ranges.add(new int[]{f.start(), f.end()});
                severities.add(f.severity().name().toLowerCase(java.util.Locale.ROOT));
                messages.add(f.replacement() == null ? f.messageText()
                        : I18n.tr("editor.check.hover", f.messageText(), f.replacement().isEmpty() ? I18n.tr("editor.check.remove") : f.replacement()));
            }
            for (Highlight h : marked) {
                if (h.end() > text.length() || h.start() >= h.end()) continue;
                ranges.add(new int[]{h.start(), h.end()});
                severities.add(h.kind());
                messages.add(h.message());
            }
            ReadingStyles.Result result = styled.withMarks(ranges, severities, messages);
            List<org.annalist.check.Finding> findingsNow = found;
            List<ReadingLine> lines = lines(result);
            javafx.application.Platform.runLater(() -> {
                if (generation != readingGeneration || !area.isReading()) return;
                // a result for a text typed on since is still applied to the lines that read the same
                applyReading(result, lines, touchedFrom, touchedTo, generation);
                findings = findingsNow;
            });
        });
    }

    private static List<ReadingLine> lines(ReadingStyles.Result r) {
        String text = r.text();
        List<ReadingLine> out = new java.util.ArrayList<>();
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            int stop = end < 0 ? text.length() : end;
            List<Run> runs = new java.util.ArrayList<>();
            int i = start;
            while (i < stop) {
                int id = r.styleId(i);
                int j = i;
                while (j < stop && r.styleId(j) == id) j++;
                runs.add(new Run(j - i, r.set(id)));
                i = j;
            }
            out.add(new ReadingLine(text.substring(start, stop), runs));
            if (end < 0) break;
            start = end + 1;
        }
        return out;
    }

    /** At most this many lines are styled in one pulse of the JavaFX thread; the rest follow in the next ones. */
    private static final int LINES_PER_PULSE = 40;

    /**
     * Applies the lines whose text or styles changed since the last application (and those touched by edits), a
     * few dozen per pulse so a long item never stalls the window; a line whose text in the area no longer reads as
     * the result's (typing went on meanwhile) is left for the next run.
     */
    private void applyReading(ReadingStyles.Result result, List<ReadingLine> lines, int touchedFrom, int touchedTo, long generation) {
        List<ReadingLine> old = appliedLines;
        int a = 0;
        while (a < old.size() && a < lines.size() && old.get(a).equals(lines.get(a))) a++;
        int b = 0;
        while (b < old.size() - a && b < lines.size() - a && old.get(old.size() - 1 - b).equals(lines.get(lines.size() - 1 - b))) b++;
        int from = a;
        int to = lines.size() - b; // exclusive
        if (touchedFrom <= touchedTo) {
            from = Math.min(from, Math.max(0, touchedFrom));
            to = Math.max(to, Math.min(lines.size(), touchedTo == Integer.MAX_VALUE ? lines.size() : touchedTo + 1));
        }
        appliedLines = lines;
        reading = result;
        applyLines(lines, from, to, generation);
    }

    private void applyLines(List<ReadingLine> lines, int from, int to, long generation) {
        // the rest of an older result goes on even when a newer run has started: the lines it styles still read
        // as it computed them (checked below), and the newer run applies what it changed after it
        if (!area.isReading()) return;
        int paragraphs = area.getParagraphs().size();
        int stop = Math.min(to, from + LINES_PER_PULSE);
        int k = from;
        while (k < stop) {
            // a run of consecutive lines that still read as computed is styled in one call
            if (k >= paragraphs || !area.getParagraph(k).getText().equals(lines.get(k).text())) {
                dirtyFrom = Math.min(dirtyFrom, Math.min(k, Math.max(0, paragraphs - 1)));
                dirtyTo = Math.max(dirtyTo, Math.min(k, Math.max(0, paragraphs - 1)));
                k++;
                continue;
            }
            int end = k;
            while (end < stop && end < paragraphs && area.getParagraph(end).getText().equals(lines.get(end).text())) end++;
            org.fxmisc.richtext.model.StyleSpansBuilder<java.util.Collection<String>> sb = new org.fxmisc.richtext.model.StyleSpansBuilder<>();
            boolean any = false;
            for (int j = k; j < end; j++) {
                for (Run run : lines.get(j).runs()) {
                    sb.add(run.classes(), run.length());
                    any = true;
                }
                if (j + 1 < end) {
                    sb.add(List.of(), 1);
                    any = true;
                }
            }
            if (any) area.setStyleSpans(k, 0, sb.create());
            k = end;
        }
        if (stop < to) javafx.application.Platform.runLater(() -> applyLines(lines, stop, to, generation));
    }

    /** A suggestion's author and time, a note's text, a link's target, shown where the mouse rests. */
    private void showHover(int index, javafx.geometry.Point2D at) {
        ReadingStyles.Result r = reading;
        if (r == null || !area.isReading() || index >= r.text().length()) return;
        ReadingStyles.Annotation a = r.annotationAt(index);
        if (a == null) return;
        String text = switch (a.kind()) {
            case INSERTION -> I18n.tr("editor.hover.insertion", nonNull(a.author()), when(a.date()));
            case DELETION -> I18n.tr("editor.hover.deletion", nonNull(a.author()), when(a.date()));
            case NOTE -> I18n.tr("editor.hover.note", a.text());
            case LINK -> I18n.tr("editor.hover.link", a.text());
            case FIGURE -> I18n.tr("editor.hover.figure", a.text());
            case CHECK -> a.text();
        };
        hoverLabel.setText(text);
        hover.show(area, at.getX() + 8, at.getY() + 12);
    }

    private static String nonNull(String s) {
        return s == null || s.isBlank() ? I18n.tr("editor.hover.unknownAuthor") : s;
    }

    /** A suggestion's time as the reviewer's clock showed it (ISO instants in the local zone, minutes). */
    private static String when(String date) {
        if (date == null || date.isBlank()) return "";
        try {
            java.time.LocalDateTime t = java.time.OffsetDateTime.parse(date).atZoneSameInstant(java.time.ZoneId.systemDefault()).toLocalDateTime();
            return t.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        } catch (java.time.format.DateTimeParseException e) {
            return date;
        }
    }

    /**
     * A paste in the reading view: the clipboard's HTML (Word, WPS, a browser) or several lines of text go through
     * the importers on the worker, then the blocks are inserted at the caret; one line of text is typed in.
     */
    private void paste(String html, String plain) {
        int caret = area.getCaretPosition();
        String before = area.getText();
        HIGHLIGHTER.execute(() -> {
            String md = html != null ? org.annalist.service.Pasting.fromHtml(html) : null;
            if (md == null && plain != null) md = org.annalist.service.Pasting.fromText(plain);
            String blocks = md;
            javafx.application.Platform.runLater(() -> {
                if (blocks == null) {
                    if (plain != null) area.replaceSelection(plain);
                    return;
                }
                if (area.getSelection().getLength() > 0) area.replaceSelection("");
                String all = area.getText();
                int at = all.equals(before) ? caret : area.getCaretPosition();
                area.apply(ReadingEdits.insertBlocks(all, area.hidden(), at, blocks));
            });
        });
    }

    private void load() {
        loading = true;
        try {
            area.raw(() -> area.replaceText(vm.textProperty().get()));
            appliedLines = List.of();
            dirtyFrom = 0;
            dirtyTo = Integer.MAX_VALUE;
            highlightDirtyLines();
            area.getUndoManager().forgetHistory();
            area.moveTo(0);
            area.requestFollowCaret();
            titleField.setText(vm.titleProperty().get());
        } finally {
            loading = false;
        }
    }

    /**
     * Cut, copy, paste, and the pending suggestions as Word offers them: accept or reject the one at the caret, or
     * all of one reviewer's.
     */
    private javafx.scene.control.ContextMenu contextMenu() {
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        // a context menu with no items is never shown: it is filled before it shows, and again when it shows
        fillContextMenu(menu);
        menu.setOnShowing(e -> fillContextMenu(menu));
        return menu;
    }

    private void fillContextMenu(javafx.scene.control.ContextMenu menu) {
        {
            menu.getItems().clear();
            javafx.scene.control.MenuItem cut = new javafx.scene.control.MenuItem(I18n.tr("editor.menu.cut"));
            cut.setOnAction(a -> area.cut());
            cut.setDisable(area.getSelection().getLength() == 0);
            javafx.scene.control.MenuItem copy = new javafx.scene.control.MenuItem(I18n.tr("editor.menu.copy"));
            copy.setOnAction(a -> area.copy());
            copy.setDisable(area.getSelection().getLength() == 0);
            javafx.scene.control.MenuItem paste = new javafx.scene.control.MenuItem(I18n.tr("editor.menu.paste"));
            paste.setOnAction(a -> area.paste());
            menu.getItems().addAll(cut, copy, paste);
            String all = area.getText();
            org.annalist.check.Finding finding = findingAt(all, area.getCaretPosition());
            if (finding != null) {
                javafx.scene.control.MenuItem what = new javafx.scene.control.MenuItem(finding.messageText());
                what.setDisable(true);
                menu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), what);
                if (finding.hasFix() && vm.actor() != null) {
                    javafx.scene.control.MenuItem fix = new javafx.scene.control.MenuItem(I18n.tr("editor.check.fix",
                            finding.replacement().isEmpty() ? I18n.tr("editor.check.remove") : finding.replacement()));
                    fix.setId("check-fix");
                    fix.setOnAction(a -> fixAsSuggestion(finding));
                    menu.getItems().add(fix);
                }
                javafx.scene.control.MenuItem ignore = new javafx.scene.control.MenuItem(I18n.tr("editor.check.ignore"));
                ignore.setId("check-ignore");
                ignore.setOnAction(a -> vm.ignoreFinding(finding, this::restyleReading));
                menu.getItems().add(ignore);
            }
            ReadingEdits.Pending here = ReadingEdits.pendingAt(all, area.getCaretPosition());
            if (here != null) {
                String who = here.author().isBlank() ? I18n.tr("editor.hover.unknownAuthor") : here.author();
                javafx.scene.control.MenuItem accept = new javafx.scene.control.MenuItem(I18n.tr(here.insertion()
                        ? "editor.suggestion.acceptInsertion" : "editor.suggestion.acceptDeletion", who));
                accept.setId("suggestion-accept");
                accept.setOnAction(a -> resolveHere(true));
                javafx.scene.control.MenuItem reject = new javafx.scene.control.MenuItem(I18n.tr(here.insertion()
                        ? "editor.suggestion.rejectInsertion" : "editor.suggestion.rejectDeletion", who));
                reject.setId("suggestion-reject");
                reject.setOnAction(a -> resolveHere(false));
                menu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), accept, reject);
            }
            List<String> authors = ReadingEdits.suggestionAuthors(all);
            if (!authors.isEmpty()) menu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
            for (String author : authors) {
                String who = author.isBlank() ? I18n.tr("editor.hover.unknownAuthor") : author;
                javafx.scene.control.MenuItem acceptAll = new javafx.scene.control.MenuItem(I18n.tr("editor.suggestion.acceptAll", who));
                acceptAll.setOnAction(a -> resolveAll(author, true));
                javafx.scene.control.MenuItem rejectAll = new javafx.scene.control.MenuItem(I18n.tr("editor.suggestion.rejectAll", who));
                rejectAll.setOnAction(a -> resolveAll(author, false));
                menu.getItems().addAll(acceptAll, rejectAll);
            }
            for (var contributor : menuContributors) contributor.accept(menu.getItems());
        }
    }

    /** The finding at the caret, if the findings are of the text as it is now. */
    private org.annalist.check.Finding findingAt(String all, int caret) {
        ReadingStyles.Result r = reading;
        if (r == null || !r.text().equals(all)) return null;
        for (org.annalist.check.Finding f : findings) {
            if (f.start() <= caret && caret <= Math.max(f.end(), f.start() + 1)) return f;
        }
        return null;
    }

    /**
     * Takes a finding's fix as the current user's pending suggestion (a deletion and an insertion signed and dated),
     * so that it passes through review like any other change.
     */
    private void fixAsSuggestion(org.annalist.check.Finding f) {
        String all = area.getText();
        org.annalist.check.SuggestedFixes.Applied applied = org.annalist.check.SuggestedFixes.apply(all, List.of(f), vm.actor(), java.time.Instant.now());
        if (applied.applied() == 0) return;
        String after = applied.markdown();
        int caret = area.getCaretPosition();
        // the smallest change: what the two texts share at both ends stays
        int a = 0;
        while (a < all.length() && a < after.length() && all.charAt(a) == after.charAt(a)) a++;
        int b = 0;
        while (b < all.length() - a && b < after.length() - a && all.charAt(all.length() - 1 - b) == after.charAt(after.length() - 1 - b)) b++;
        int from = a;
        int to = all.length() - b;
        String text = after.substring(a, after.length() - b);
        area.raw(() -> area.replaceText(from, to, text));
        area.moveTo(Math.min(caret <= from ? caret : from + text.length(), area.getLength()));
    }

    /** Accepts or rejects the suggestion at the caret (one undoable change). */
    public void resolveHere(boolean accept) {
        String all = area.getText();
        ReadingEdits.Pending p = ReadingEdits.pendingAt(all, area.getCaretPosition());
        if (p == null) return;
        ReadingEdits.Change c = ReadingEdits.resolve(all, p, accept);
        area.raw(() -> area.replaceText(c.start(), c.end(), c.text()));
        area.moveTo(c.caret());
    }

    /** Accepts or rejects all suggestions of one reviewer (one undoable change). */
    public void resolveAll(String author, boolean accept) {
        int caret = area.getCaretPosition();
        ReadingEdits.Change c = ReadingEdits.resolveAll(area.getText(), author, accept);
        if (c == null) return;
        area.raw(() -> area.replaceText(c.start(), c.end(), c.text()));
        area.moveTo(Math.min(caret, area.getLength()));
    }

    private FlowPane toolbar() {
        Button undo = button("editor.undo", () -> area.undo());
        undo.disableProperty().bind(area.undoAvailableProperty().map(a -> !a));
        Button redo = button("editor.redo", () -> area.redo());
        redo.disableProperty().bind(area.redoAvailableProperty().map(a -> !a));
        Button entry = button("editor.entryTitle", () -> edit(MarkupEdit.entryTitle(area.getText(), area.getSelection().getStart(), area.getSelection().getEnd())));
        Button table = button("editor.table", () -> edit(MarkupEdit.table(area.getText(), area.getCaretPosition())));
        Button image = button("editor.image", this::chooseImage);
        Button note = button("editor.note", () -> edit(MarkupEdit.note(area.getText(), area.getCaretPosition())));
        Button index = button("editor.indexTerm", () -> edit(MarkupEdit.indexTerm(area.getText(), area.getSelection().getStart(), area.getSelection().getEnd())));
        Button find = button("editor.find", this::showFind);
        Button bold = button("editor.bold", () -> toggle(true));
        Button italic = button("editor.italic", () -> toggle(false));
        Button save = button("editor.save", vm::save);
        // the save state is shown in the status bar: the toolbar keeps its room for the markup buttons.
        // A flow pane rather than a ToolBar: in a narrow column the buttons wrap onto a second row instead of
        // hiding behind ">>" (where the Save button used to go first)
        FlowPane bar = new FlowPane(4, 4, undo, redo, separator(), bold, italic, entry, table, image, note, index, separator(), find, save,
                separator(), sourceView);
        bar.setId("editor-toolbar");
        bar.getStyleClass().addAll("tool-bar", "editor-toolbar");
        bar.setPadding(new Insets(4, 6, 4, 6));
        bar.setPrefWrapLength(120); // wrap by the column's width, not by a width of its own
        return bar;
    }

    private static Separator separator() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.setPrefHeight(22);
        return s;
    }

    private Button button(String key, Runnable action) {
        Button b = new Button(I18n.tr(key));
        b.setId(key.replace('.', '-'));
        b.setTooltip(new Tooltip(I18n.tr(key + ".tip")));
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            action.run();
            area.requestFocus();
        });
        return b;
    }

    private void toggle(boolean strong) {
        if (!area.isReading()) return;
        ReadingEdits.Change c = ReadingEdits.toggle(area.getText(), area.hidden(), area.getSelection().getStart(), area.getSelection().getEnd(), strong);
        if (c == null) return;
        area.raw(() -> area.replaceText(c.start(), c.end(), c.text()));
        area.selectRange(c.start(), c.caret());
    }

    /** A toolbar change goes through the text area, so Ctrl+Z undoes it; it writes markup, so it goes in raw. */
    private void edit(MarkupEdit e) {
        area.raw(() -> area.replaceText(e.start(), e.end(), e.text()));
        area.selectRange(e.selectFrom(), e.selectTo());
        area.requestFollowCaret();
    }

    private void chooseImage() {
        FileChooser fc = new FileChooser();
        fc.setTitle(I18n.tr("editor.image.choose"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.tr("editor.image.filter"), "*.png", "*.jpg", "*.jpeg"));
        File f = fc.showOpenDialog(getScene().getWindow());
        if (f == null) return;
        int caret = area.getCaretPosition();
        loading = true;
        MarkupEdit e;
        try {
            e = vm.insertImage(f.toPath(), caret);
        } finally {
            loading = false;
        }
        if (e == null) return;
        // the view model changed the text; show it through the area so the change can be undone
        loading = true;
        try {
            area.raw(() -> area.replaceText(e.start(), e.end(), e.text()));
        } finally {
            loading = false;
        }
        area.selectRange(e.selectFrom(), e.selectTo());
    }

    /**
     * Two rows, find above replace, so that every button shows its whole label in a narrow editor pane (one row
     * at 1280 px cut them to "…"); the count of matches stands after the find buttons.
     */
    private javafx.scene.layout.VBox findBar() {
        findField.setId("find-field");
        findField.setPromptText(I18n.tr("find.prompt"));
        replaceField.setId("replace-field");
        replaceField.setPromptText(I18n.tr("find.replacePrompt"));
        findResult.setId("find-result");
        Button next = new Button(I18n.tr("find.next"));
        next.setOnAction(e -> findNext(true));
        Button prev = new Button(I18n.tr("find.previous"));
        prev.setOnAction(e -> findNext(false));
        Button replace = new Button(I18n.tr("find.replace"));
        replace.setOnAction(e -> replaceOne());
        Button all = new Button(I18n.tr("find.replaceAll"));
        all.setId("replace-all");
        all.setOnAction(e -> replaceAll());
        findField.setOnAction(e -> findNext(true));
        Label findLabel = new Label(I18n.tr("find.label"));
        Label replaceLabel = new Label(I18n.tr("find.replaceLabel"));
        HBox findRow = new HBox(6, findLabel, findField, prev, next, findResult);
        HBox replaceRow = new HBox(6, replaceLabel, replaceField, replace, all, ignoreCase);
        for (HBox row : List.of(findRow, replaceRow)) {
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            for (javafx.scene.Node n : row.getChildren()) {
                if (n instanceof javafx.scene.control.Control c && n != findField && n != replaceField && n != findResult) {
                    c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                }
            }
        }
        // the two labels equally wide, so the fields line up
        findLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        replaceLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        findLabel.setPrefWidth(I18n.locale().getLanguage().equals("en") ? 90 : 60);
        replaceLabel.setPrefWidth(I18n.locale().getLanguage().equals("en") ? 90 : 60);
        findResult.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(findField, Priority.ALWAYS);
        findField.setMinWidth(80);
        HBox.setHgrow(replaceField, Priority.ALWAYS);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(4, findRow, replaceRow);
        box.setPadding(new Insets(4, 6, 4, 6));
        box.getStyleClass().add("find-bar");
        return box;
    }

    private void showFind() {
        findBar.setVisible(true);
        findBar.setManaged(true);
        if (!area.getSelectedText().isEmpty() && !area.getSelectedText().contains("\n")) findField.setText(area.getSelectedText());
        findField.requestFocus();
        findField.selectAll();
    }

    /** Which characters are hidden now: from the last reading styles when the text is still theirs (fast), else the area. */
    private ReadingEdits.Hidden hiddenNow(String all) {
        ReadingStyles.Result r = reading;
        if (r != null && r.text().equals(all)) return r::hidden;
        return area.hidden();
    }

    /**
     * Find in what the editor sees: in the reading view the shown text (a word across hidden markup is found), in
     * the source view the Markdown.
     */
    private void findNext(boolean forward) {
        String q = findField.getText();
        String all = area.getText();
        ReadingEdits.Shown shown = ReadingEdits.Shown.of(all, area.isReading() ? hiddenNow(all) : i -> false);
        int from = shown.shownAt(forward ? area.getSelection().getEnd() : area.getSelection().getStart());
        OptionalInt at = forward
                ? FindReplace.next(shown.text(), q, from, ignoreCase.isSelected())
                : FindReplace.previous(shown.text(), q, from, ignoreCase.isSelected());
        if (at.isEmpty()) {
            findResult.setText(I18n.tr("find.none"));
            return;
        }
        FindReplace.Position pos = FindReplace.position(shown.text(), q, at.getAsInt(), ignoreCase.isSelected());
        findResult.setText(I18n.tr("find.count", pos.ordinal(), pos.total()));
        int[] range = shown.sourceRange(at.getAsInt(), at.getAsInt() + q.length());
        area.selectRange(range[0], range[1]);
        area.requestFollowCaret();
    }

    private void replaceOne() {
        String q = findField.getText();
        String all = area.getText();
        String sel;
        if (area.isReading()) {
            ReadingEdits.Hidden hidden = hiddenNow(all);
            StringBuilder sb = new StringBuilder();
            for (int i = area.getSelection().getStart(); i < area.getSelection().getEnd(); i++) {
                if (!hidden.at(i)) sb.append(all.charAt(i));
            }
            sel = sb.toString();
        } else {
            sel = area.getSelectedText();
        }
        boolean matches = ignoreCase.isSelected() ? sel.equalsIgnoreCase(q) : sel.equals(q);
        if (!q.isEmpty() && matches) area.replaceSelection(replaceField.getText());
        findNext(true);
    }

    private void replaceAll() {
        String all = area.getText();
        int count;
        if (area.isReading()) {
            // in the reading view: the matches in the shown text, each replaced as typing would (markup kept, escaped)
            ReadingEdits.Change c = ReadingEdits.replaceAll(all, hiddenNow(all), findField.getText(), replaceField.getText(), ignoreCase.isSelected());
            count = c == null ? 0 : c.caret();
            if (c != null) area.raw(() -> area.replaceText(0, area.getLength(), c.text()));
        } else {
            FindReplace.Replaced r = FindReplace.all(all, findField.getText(), replaceField.getText(), ignoreCase.isSelected());
            count = r.count();
            if (r.count() > 0) area.raw(() -> area.replaceText(0, area.getLength(), r.text()));
        }
        findResult.setText(I18n.tr("find.replaced", count));
    }
}
