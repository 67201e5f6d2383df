package org.annalist.ui.review;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.annalist.model.EditorialRole;
import org.annalist.model.StaffMember;
import org.annalist.service.BackgroundTask;
import org.annalist.service.Messages;
import org.annalist.service.StaffService;
import org.annalist.service.TaskExecutor;
import org.annalist.ui.common.I18n;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * 谁在工作: at the desktop's start, when the archive has a 编辑部, the user chooses who they are from its people (the
 * last user, or {@code --user}, chosen already) and gives that person's password when they have one. The password is
 * checked by {@link StaffService#signIn} (PBKDF2, on the task executor, never on the JavaFX thread); a wrong one is
 * said in the dialog and the user tries again.
 */
public final class SignInViewModel {
    private final StaffService staff;
    private final List<StaffMember> people;
    private final TaskExecutor executor;
    private final ObjectProperty<StaffMember> chosen = new SimpleObjectProperty<>();
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding needsPassword;

    public SignInViewModel(StaffService staff, List<StaffMember> people, String preferred, TaskExecutor executor) {
        this.staff = staff;
        this.people = List.copyOf(people);
        this.executor = executor;
        needsPassword = Bindings.createBooleanBinding(() -> chosen.get() != null && chosen.get().hasPassword(), chosen);
        String want = preferred == null ? "" : preferred.strip();
        chosen.set(this.people.stream().filter(p -> p.person().name().equals(want)).findFirst()
                .orElse(this.people.isEmpty() ? null : this.people.get(0)));
        chosen.addListener((o, a, b) -> {
            password.set("");
            error.set("");
        });
    }

    public List<StaffMember> people() {
        return people;
    }

    public ObjectProperty<StaffMember> chosenProperty() {
        return chosen;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** What went wrong with the last try (a wrong password), in the user's language; empty otherwise. */
    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding needsPasswordProperty() {
        return needsPassword;
    }

    /** A person as the list shows them: "张三 · 责任编辑、编辑部主任 🔒". */
    public static String label(StaffMember m) {
        String duties = m.roles().stream().sorted().map(EditorialRole::label).collect(Collectors.joining("、"));
        return I18n.tr(m.hasPassword() ? "review2.signIn.personLocked" : "review2.signIn.person", m.person().name(), duties);
    }

    /** Checks the chosen person and password in the background; {@code signedIn} gets the name when they hold. */
    public void signIn(Consumer<String> signedIn) {
        StaffMember m = chosen.get();
        if (m == null || busy.get()) return;
        char[] secret = password.get() == null ? new char[0] : password.get().toCharArray();
        busy.set(true);
        error.set("");
        executor.execute(BackgroundTask.<StaffMember>of(I18n.tr("review2.signIn.task"), p -> staff.signIn(m.person().name(), secret))
                .onSuccess(ok -> {
                    busy.set(false);
                    password.set("");
                    signedIn.accept(ok.person().name());
                })
                .onFailure(e -> {
                    busy.set(false);
                    error.set(Messages.describe(e));
                }));
    }
}
