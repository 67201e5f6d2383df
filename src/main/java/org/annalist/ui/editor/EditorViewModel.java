package org.annalist.ui.editor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.annalist.model.Item;
import org.annalist.service.AnnalistSession;
import org.annalist.service.Messages;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The item being edited and its text. Every change marks the text unsaved and asks for an autosave once
 * typing settles; a save is a new revision under the user's name (unchanged text makes none). Switching
 * items or closing saves first.
 */
public final class EditorViewModel {
    private final Supplier<AnnalistSession> session;
    private final DialogService dialogs;
    private final Coalescer autosave;
    private final ObjectProperty<Item> item = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final StringProperty state = new SimpleStringProperty("");

    public EditorViewModel(Supplier<AnnalistSession> session, DialogService dialogs, Coalescer autosave) {
        this.session = session;
        this.dialogs = dialogs;
        this.autosave = autosave;
    }

    /** The item as last loaded or saved (its revision is the base of the next save). */
    public ObjectProperty<Item> itemProperty() {
        return item;
    }

    /** The text in the editor, saved or not. */
    public StringProperty textProperty() {
        return text;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    /** "已保存 第 3 版" / "未保存" for the status bar. */
    public StringProperty stateProperty() {
        return state;
    }

    /** Shows {@code next} (saving the current item's changes first). */
    public void open(Item next) {
        autosave.flush();
        if (dirty.get() && !save()) return;
        // text first: whoever listens to the item reads the new item's text
        text.set(next == null ? "" : next.body());
        title.set(next == null ? "" : next.title());
        dirty.set(false);
        item.set(next);
        state.set(next == null ? "" : I18n.tr("editor.revision", next.revision()));
    }

    /** The editor's text changed (typing, toolbar, replace). */
    public void edited(String newText) {
        if (item.get() == null || newText.equals(text.get())) return;
        text.set(newText);
        dirty.set(true);
        state.set(I18n.tr("editor.unsaved"));
        autosave.trigger(this::save);
    }

    public void retitled(String newTitle) {
        if (item.get() == null || newTitle.equals(title.get())) return;
        title.set(newTitle);
        dirty.set(true);
        state.set(I18n.tr("editor.unsaved"));
        autosave.trigger(this::save);
    }

    /** Saves a change as the next revision; false (after telling the user) when the store refused. */
    public boolean save() {
        Item base = item.get();
        if (base == null || !dirty.get()) return true;
        if (title.get().isBlank()) {
            state.set(I18n.tr("editor.titleMissing"));
            return false;
        }
        try {
            Item saved = session.get().editing().save(base.withBody(text.get()).withTitle(title.get().strip(), base.subtitle()),
                    I18n.tr("editor.autosaveNote"));
            item.set(saved);
            dirty.set(false);
            state.set(I18n.tr("editor.saved", saved.revision()));
            return true;
        } catch (RuntimeException e) {
            state.set(I18n.tr("editor.saveFailed"));
            dialogs.showError(I18n.tr("editor.saveFailed"), session.get().databaseFile().toString(), Messages.describe(e));
            return false;
        }
    }

    /** Another part of the window saved the item (its metadata): continue from that revision. */
    public void savedElsewhere(Item saved) {
        Item current = item.get();
        if (current != null && saved != null && current.id() == saved.id()) item.set(saved);
    }

    /** Applies a toolbar change and returns it, for the view to select the placeholder. */
    public MarkupEdit apply(MarkupEdit edit) {
        edited(edit.applyTo(text.get()));
        return edit;
    }

    /**
     * Keeps an image file with the item as an attachment and returns the figure markup after the caret's
     * paragraph, or null when the file could not be stored (the user was told).
     */
    public MarkupEdit insertImage(Path file, int caret) {
        Item current = item.get();
        if (current == null) return null;
        try {
            long id = session.get().editing().attachImage(current.id(), file);
            return apply(MarkupEdit.figure(text.get(), caret, id));
        } catch (RuntimeException e) {
            dialogs.showError(I18n.tr("editor.imageFailed"), file.toString(), Messages.describe(e));
            return null;
        }
    }

    /** Saves what is pending (closing the window). */
    public boolean close() {
        autosave.flush();
        return save();
    }
}
