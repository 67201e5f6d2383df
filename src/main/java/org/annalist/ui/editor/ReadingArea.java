package org.annalist.ui.editor;

import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyledDocument;

import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The editor's text area. In the reading view ({@link #setReading}) the Markdown's markup is hidden by the
 * {@link ReadingStyles#HIDE} class and every edit that comes from the user — typing, input methods, deleting a
 * selection, cutting, dropping — goes through {@link ReadingEdits} so the markup stays whole; the arrow keys,
 * Backspace, Delete and Enter step over hidden markup; Ctrl+B and Ctrl+I make bold and emphasis. The program's own
 * changes (loading an item, the toolbar's markup, undo and redo) go in unchanged through {@link #raw}. In the
 * source view it is the plain Markdown editor.
 */
public final class ReadingArea extends CodeArea {
    private static final KeyCombination BOLD = KeyCombination.keyCombination("Shortcut+B");
    private static final KeyCombination ITALIC = KeyCombination.keyCombination("Shortcut+I");
    private static final List<String> PLAIN = List.of();

    private boolean reading = true;
    /** 修订: while set, the user's typing and deleting become this signer's suggestions ({@link TrackedEdits}). */
    private TrackedEdits.Signer tracking;
    private int raw;
    private BiConsumer<String, String> pasteHandler;

    public ReadingArea() {
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    public boolean isReading() {
        return reading;
    }

    public void setReading(boolean reading) {
        this.reading = reading;
    }

    /** Records the user's edits as {@code signer}'s suggestions (修订); null: edits change the text. */
    public void setTracking(TrackedEdits.Signer signer) {
        this.tracking = signer;
    }

    public TrackedEdits.Signer tracking() {
        return tracking;
    }

    /** Who converts a paste in the reading view: given the clipboard's HTML (or null) and its plain text. */
    public void setPasteHandler(BiConsumer<String, String> handler) {
        this.pasteHandler = handler;
    }

    /** Runs a change of the program's own (markup included) without the reading view's adjustments. */
    public void raw(Runnable change) {
        raw++;
        try {
            change.run();
        } finally {
            raw--;
        }
    }

    /** Which characters are hidden, as the area's styles say now (a line break never is). */
    public ReadingEdits.Hidden hidden() {
        return hidden(getText());
    }

    /** As {@link #hidden()}, for the area's text {@code all} as the caller already has it. */
    private ReadingEdits.Hidden hidden(String all) {
        if (!reading) return i -> false;
        return i -> i >= 0 && i < all.length() && all.charAt(i) != '\n' && getStyleOfChar(i).contains(ReadingStyles.HIDE);
    }

    @Override
    public void replace(int start, int end, StyledDocument<Collection<String>, String, Collection<String>> replacement) {
        if (!reading || raw > 0) {
            super.replace(start, end, replacement);
            return;
        }
        String all = getText();
        if (tracking != null) {
            apply(TrackedEdits.replace(all, hidden(all), start, end, replacement.getText(), tracking, java.time.Instant.now()), all);
            return;
        }
        apply(ReadingEdits.replace(all, hidden(all), start, end, replacement.getText()), all);
    }

    /**
     * Makes a change of the reading view: the new characters are shown with the style of the shown text beside
     * them (typed text continues its paragraph's look at once), escapes and other markup hidden, until the
     * styles are worked out again from the text.
     */
    public void apply(ReadingEdits.Change c) {
        apply(c, getText());
    }

    /** As {@link #apply(ReadingEdits.Change)} on the area's text {@code all} (before the change). */
    private void apply(ReadingEdits.Change c, String all) {
        if (c == null) return;
        Collection<String> near = styleNear(c.start(), all);
        raw(() -> super.replace(c.start(), c.end(), ReadOnlyStyledDocument.fromString(c.text(),
                getParagraphStyleForInsertionAt(c.start()), near, getSegOps())));
        boolean[] markup = markupOf(c.text());
        int i = 0;
        while (i < markup.length) {
            int j = i;
            while (j < markup.length && markup[j] == markup[i]) j++;
            if (markup[i]) setStyle(c.start() + i, c.start() + j, List.of(ReadingStyles.HIDE));
            i = j;
        }
        moveTo(Math.min(c.caret(), getLength()));
        requestFollowCaret();
    }

    /** The style of the nearest shown character of the line, before the place or else after it. */
    private Collection<String> styleNear(int at, String all) {
        ReadingEdits.Hidden hidden = hidden(all);
        for (int i = at - 1; i >= 0 && all.charAt(i) != '\n'; i--) {
            if (!hidden.at(i)) return getStyleOfChar(i);
        }
        for (int i = at; i < all.length() && all.charAt(i) != '\n'; i++) {
            if (!hidden.at(i)) return getStyleOfChar(i);
        }
        return PLAIN;
    }

    /**
     * Which characters of a change's text are markup: escapes, the dialect's delimiters (typed ones are always
     * escaped), and attribute blocks or link targets after a closing bracket.
     */
    static boolean[] markupOf(String text) {
        boolean[] m = new boolean[text.length()];
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && "\\*_[]`^~<>|#-+".indexOf(text.charAt(i + 1)) >= 0) {
                m[i] = true;
                i += 2;
                continue;
            }
            if (c == ']' && i + 1 < text.length() && (text.charAt(i + 1) == '{' || text.charAt(i + 1) == '(')) {
                char close = text.charAt(i + 1) == '{' ? '}' : ')';
                int end = text.indexOf(close, i + 1);
                if (end < 0) end = text.length() - 1;
                for (int k = i; k <= end; k++) m[k] = true;
                i = end + 1;
                continue;
            }
            if ("*_[]^~".indexOf(c) >= 0) m[i] = true;
            i++;
        }
        return m;
    }

    private void key(KeyEvent e) {
        if (!reading || !isEditable()) return;
        boolean plain = !e.isShortcutDown() && !e.isAltDown();
        String all;
        switch (e.getCode()) {
            case LEFT, RIGHT -> {
                if (!plain) return;
                all = getText();
                int caret = getCaretPosition();
                int to = e.getCode() == KeyCode.LEFT ? ReadingEdits.left(all, hidden(all), caret) : ReadingEdits.right(all, hidden(all), caret);
                if (!e.isShiftDown() && getSelection().getLength() > 0) {
                    to = e.getCode() == KeyCode.LEFT ? getSelection().getStart() : getSelection().getEnd();
                }
                if (e.isShiftDown()) selectRange(getAnchor(), to);
                else moveTo(to);
                requestFollowCaret();
                e.consume();
            }
            case BACK_SPACE, DELETE -> {
                if (!plain || getSelection().getLength() > 0) return;
                all = getText();
                ReadingEdits.Change c = tracking != null
                        ? (e.getCode() == KeyCode.BACK_SPACE
                        ? TrackedEdits.backspace(all, hidden(all), getCaretPosition(), tracking, java.time.Instant.now())
                        : TrackedEdits.delete(all, hidden(all), getCaretPosition(), tracking, java.time.Instant.now()))
                        : e.getCode() == KeyCode.BACK_SPACE
                        ? ReadingEdits.backspace(all, hidden(all), getCaretPosition())
                        : ReadingEdits.delete(all, hidden(all), getCaretPosition());
                apply(c, all);
                e.consume();
            }
            case ENTER -> {
                if (!plain || e.isShiftDown()) return;
                if (getSelection().getLength() > 0) replaceSelection("");
                all = getText();
                apply(ReadingEdits.newParagraph(all, hidden(all), getCaretPosition()), all);
                e.consume();
            }
            default -> {
                if (BOLD.match(e) || ITALIC.match(e)) {
                    all = getText();
                    ReadingEdits.Change c = ReadingEdits.toggle(all, hidden(), getSelection().getStart(), getSelection().getEnd(), BOLD.match(e));
                    if (c != null) {
                        raw(() -> replaceText(c.start(), c.end(), c.text()));
                        selectRange(c.start(), c.caret());
                    }
                    e.consume();
                }
            }
        }
    }

    /** The clipboard format holding the Markdown of a selection copied in the reading view (pasted back whole). */
    public static final javafx.scene.input.DataFormat MARKDOWN = dataFormat("text/x-annalist-markdown");

    private static javafx.scene.input.DataFormat dataFormat(String id) {
        javafx.scene.input.DataFormat f = javafx.scene.input.DataFormat.lookupMimeType(id);
        return f != null ? f : new javafx.scene.input.DataFormat(id);
    }

    /**
     * Copy in the reading view: other programs get the text as it reads (no markup); this editor gets the
     * Markdown too, so suggestions, notes and bold survive a copy and paste inside the archive.
     */
    @Override
    public void copy() {
        if (!reading || getSelection().getLength() == 0) {
            super.copy();
            return;
        }
        int from = getSelection().getStart();
        int to = getSelection().getEnd();
        String all = getText();
        ReadingEdits.Hidden hidden = hidden(all);
        StringBuilder shown = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (!hidden.at(i)) shown.append(all.charAt(i));
        }
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(shown.toString().replaceAll("\n{3,}", "\n\n"));
        content.put(MARKDOWN, all.substring(from, to));
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public void cut() {
        if (!reading || getSelection().getLength() == 0) {
            super.cut();
            return;
        }
        copy();
        replaceSelection("");
    }

    @Override
    public void paste() {
        if (!reading || raw > 0 || pasteHandler == null) {
            super.paste();
            return;
        }
        Clipboard cb = Clipboard.getSystemClipboard();
        if (tracking != null) {
            // 修订: a paste is typed text, the reviewer's insertion (its paragraphs each one), never markup
            if (cb.hasString()) replaceSelection(cb.getString());
            return;
        }
        if (cb.hasContent(MARKDOWN) && cb.getContent(MARKDOWN) instanceof String md) {
            // copied here: the Markdown as it was, markup and all
            if (getSelection().getLength() > 0) replaceSelection("");
            String all = getText();
            if (md.contains("\n")) {
                apply(ReadingEdits.insertBlocks(all, hidden(all), getCaretPosition(), md), all);
            } else {
                int at = ReadingEdits.insertionPoint(all, hidden(all), getCaretPosition());
                apply(new ReadingEdits.Change(at, at, md, at + md.length()), all);
            }
            return;
        }
        String html = cb.hasHtml() ? cb.getHtml() : null;
        String text = cb.hasString() ? cb.getString() : null;
        if (html == null && text == null) return;
        pasteHandler.accept(html, text);
    }

    @Override
    public void undo() {
        raw(super::undo);
    }

    @Override
    public void redo() {
        raw(super::redo);
    }
}
