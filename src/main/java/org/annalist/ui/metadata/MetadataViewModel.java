package org.annalist.ui.metadata;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.annalist.model.Item;
import org.annalist.model.Role;
import org.annalist.service.AnnalistSession;
import org.annalist.service.Messages;
import org.annalist.service.MetadataForm;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The metadata form of the item in the editor. Fields are checked as they change ({@link #problems()});
 * {@link #save()} stores them as a new revision when there is no problem.
 */
public final class MetadataViewModel {

    /** One editable row of the people table. */
    public static final class PersonRow {
        public final StringProperty role = new SimpleStringProperty(Role.AUTHOR.label());
        public final StringProperty name = new SimpleStringProperty("");
        public final StringProperty affiliation = new SimpleStringProperty("");

        public PersonRow(String role, String name, String affiliation) {
            this.role.set(role);
            this.name.set(name);
            this.affiliation.set(affiliation);
        }
    }

    public static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::label).toList();

    private final Supplier<AnnalistSession> session;
    private final DialogService dialogs;
    private final Consumer<Item> saved;
    private final ObjectProperty<Item> item = new SimpleObjectProperty<>();
    public final StringProperty contributor = new SimpleStringProperty("");
    public final StringProperty period = new SimpleStringProperty("");
    public final StringProperty place = new SimpleStringProperty("");
    public final StringProperty personTags = new SimpleStringProperty("");
    public final StringProperty eventTags = new SimpleStringProperty("");
    public final StringProperty source = new SimpleStringProperty("");
    public final StringProperty collectedOn = new SimpleStringProperty("");
    private final ObservableList<PersonRow> people = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[]{r.role, r.name, r.affiliation});
    private final ObservableList<MetadataForm.Problem> problems = FXCollections.observableArrayList();
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final StringProperty info = new SimpleStringProperty("");
    private boolean loading;

    /** {@code saved}: told of the new revision after a save (the editor continues from it). */
    public MetadataViewModel(Supplier<AnnalistSession> session, DialogService dialogs, Consumer<Item> saved) {
        this.session = session;
        this.dialogs = dialogs;
        this.saved = saved;
        for (StringProperty p : List.of(contributor, period, place, personTags, eventTags, source, collectedOn)) {
            p.addListener((o, a, b) -> changed());
        }
        people.addListener((javafx.collections.ListChangeListener<PersonRow>) c -> changed());
    }

    public ObjectProperty<Item> itemProperty() {
        return item;
    }

    public ObservableList<PersonRow> people() {
        return people;
    }

    public ObservableList<MetadataForm.Problem> problems() {
        return problems;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    /** Where the item sits, its revision and who last saved it. */
    public StringProperty infoProperty() {
        return info;
    }

    /** Shows another item's metadata (unsaved changes of the previous one are dropped: the view saves on leaving). */
    public void show(Item next) {
        loading = true;
        try {
            item.set(next);
            MetadataForm f = next == null ? MetadataForm.of(org.annalist.model.ItemMetadata.EMPTY) : MetadataForm.of(next.metadata());
            contributor.set(f.contributor());
            period.set(f.period());
            place.set(f.place());
            personTags.set(f.personTags());
            eventTags.set(f.eventTags());
            source.set(f.source());
            collectedOn.set(f.collectedOn());
            people.setAll(f.people().stream().map(p -> new PersonRow(p.role(), p.name(), p.affiliation())).toList());
            problems.clear();
            dirty.set(false);
            info.set(next == null ? "" : I18n.tr("meta.info", next.id(), I18n.tr("itemKind." + next.kind().name()), I18n.tr("itemStatus." + next.status().name()), next.revision()));
        } finally {
            loading = false;
        }
    }

    /** The item was saved elsewhere (the editor): keep the form, take the new revision as the base. */
    public void savedElsewhere(Item now) {
        Item current = item.get();
        if (current == null || now == null || current.id() != now.id()) return;
        item.set(now);
        info.set(I18n.tr("meta.info", now.id(), I18n.tr("itemKind." + now.kind().name()), I18n.tr("itemStatus." + now.status().name()), now.revision()));
    }

    public void addPerson() {
        people.add(new PersonRow(Role.AUTHOR.label(), "", ""));
    }

    public void removePerson(PersonRow row) {
        people.remove(row);
    }

    private void changed() {
        if (loading) return;
        dirty.set(true);
        problems.setAll(form().problems());
    }

    public MetadataForm form() {
        return new MetadataForm(contributor.get(), people.stream()
                .map(r -> new MetadataForm.Person(r.role.get(), r.name.get(), r.affiliation.get())).toList(),
                period.get(), place.get(), personTags.get(), eventTags.get(), source.get(), collectedOn.get());
    }

    /** Saves the form as the item's next revision; false when it has problems or the store refused. */
    public boolean save() {
        Item current = item.get();
        if (current == null || !dirty.get()) return true;
        MetadataForm f = form();
        problems.setAll(f.problems());
        if (!problems.isEmpty()) return false;
        try {
            Item now = session.get().editing().saveMetadata(current.id(), current.revision(), f.toMetadata());
            item.set(now);
            dirty.set(false);
            info.set(I18n.tr("meta.info", now.id(), I18n.tr("itemKind." + now.kind().name()), I18n.tr("itemStatus." + now.status().name()), now.revision()));
            saved.accept(now);
            return true;
        } catch (RuntimeException e) {
            dialogs.showError(I18n.tr("meta.saveFailed"), session.get().databaseFile().toString(), Messages.describe(e));
            return false;
        }
    }
}
