package org.annalist.ui.review;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.annalist.model.StaffMember;
import org.annalist.ui.common.I18n;

import java.util.function.Consumer;

/**
 * 谁在工作: the 编辑部's people to choose from, the password field when the chosen person has one, the reason a try
 * failed. 登录 checks in the background ({@link SignInViewModel}); 以“…”继续 goes on under the settings' user name, as
 * without a 编辑部 (no review step can then be signed).
 */
public final class SignInDialog {
    private SignInDialog() {
    }

    /** Shows the dialog (not waiting); {@code chosen} gets the name signed in, or null. */
    public static void show(Window owner, SignInViewModel vm, String fallbackUser, Consumer<String> chosen) {
        Stage stage = new Stage();
        if (owner != null) stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(I18n.tr("review2.signIn.title"));
        ListView<StaffMember> list = new ListView<>();
        list.setId("signin-people");
        list.getItems().setAll(vm.people());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(StaffMember m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : SignInViewModel.label(m));
            }
        });
        list.getSelectionModel().select(vm.chosenProperty().get());
        list.scrollTo(vm.chosenProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) vm.chosenProperty().set(b);
        });
        list.setPrefHeight(220);
        PasswordField password = new PasswordField();
        password.setId("signin-password");
        password.setPromptText(I18n.tr("review2.signIn.password"));
        password.textProperty().bindBidirectional(vm.passwordProperty());
        password.disableProperty().bind(vm.needsPasswordProperty().not());
        Label error = new Label();
        error.setId("signin-error");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        boolean[] done = new boolean[1];
        Button ok = new Button(I18n.tr("review2.signIn.ok"));
        ok.setId("signin-ok");
        ok.setDefaultButton(true);
        ok.disableProperty().bind(vm.busyProperty().or(vm.chosenProperty().isNull()));
        ok.setOnAction(e -> vm.signIn(name -> {
            done[0] = true;
            stage.hide();
            chosen.accept(name);
        }));
        Button skip = new Button(I18n.tr("review2.signIn.skip", fallbackUser == null ? "" : fallbackUser));
        skip.setId("signin-skip");
        skip.setCancelButton(true);
        skip.setOnAction(e -> stage.hide());
        stage.setOnHidden(e -> {
            if (!done[0]) {
                done[0] = true;
                chosen.accept(null);
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox root = new VBox(8, new Label(I18n.tr("review2.signIn.prompt")), list, password, error, new HBox(8, gap, skip, ok));
        VBox.setVgrow(list, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 420, 400);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
        if (vm.needsPasswordProperty().get()) password.requestFocus();
        else list.requestFocus();
    }
}
