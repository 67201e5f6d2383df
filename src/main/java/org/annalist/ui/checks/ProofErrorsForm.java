package org.annalist.ui.checks;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.annalist.model.ProofErrorCount;
import org.annalist.model.ProofErrorKind;
import org.annalist.model.ProofStage;
import org.annalist.service.AnnalistSession;
import org.annalist.service.BackgroundTask;
import org.annalist.service.Messages;
import org.annalist.service.TaskExecutor;
import org.annalist.service.TypesetService;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * 校次差错率: for a round of a publication's 三校一读, the errors the 校对 found by kind (or those taken from the
 * proofreading fixes accepted in the round), recorded and measured on the 版面字数 of the round's proof (in the
 * background); the round's figure as kept is shown when the round is chosen.
 */
public final class ProofErrorsForm {
    /** A publication to choose. */
    public record Publication(String label, long id) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Stage stage = new Stage();
    private final Supplier<AnnalistSession> session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ComboBox<Publication> publication = new ComboBox<>();
    private final ComboBox<ProofStage> round = new ComboBox<>(FXCollections.observableArrayList(
            ProofStage.FIRST_PROOF, ProofStage.RED_CHECK, ProofStage.SECOND_PROOF, ProofStage.THIRD_PROOF, ProofStage.READ_THROUGH));
    private final Map<ProofErrorKind, Spinner<Integer>> counts = new EnumMap<>(ProofErrorKind.class);
    private final TextField pages = new TextField();
    private final ComboBox<String> template = new ComboBox<>();
    private final CheckBox fromChecker = new CheckBox(I18n.tr("proofform.fromChecker"));
    private final StringProperty result = new SimpleStringProperty("");

    public ProofErrorsForm(Window owner, Supplier<AnnalistSession> session, TaskExecutor executor, DialogService dialogs) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        stage.initOwner(owner);
        stage.setTitle(I18n.tr("proofform.title"));
        publication.setId("proof-publication");
        round.setId("proof-round");
        round.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ProofStage s) {
                return s == null ? "" : s.label();
            }

            @Override
            public ProofStage fromString(String s) {
                return null;
            }
        });
        round.getSelectionModel().selectFirst();
        pages.setId("proof-pages");
        pages.setPrefColumnCount(6);
        template.setId("proof-template");
        template.getItems().setAll(TypesetService.templateNames());
        template.setPromptText(I18n.tr("proofform.templateDefault"));
        fromChecker.setId("proof-from-checker");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(I18n.tr("proofform.publication")), publication);
        grid.addRow(1, new Label(I18n.tr("proofform.round")), round);
        int row = 2;
        for (ProofErrorKind k : ProofErrorKind.values()) {
            Spinner<Integer> sp = new Spinner<>(0, 100_000, 0);
            sp.setId("proof-count-" + k.id());
            sp.setEditable(true);
            sp.setPrefWidth(100);
            sp.disableProperty().bind(fromChecker.selectedProperty());
            counts.put(k, sp);
            grid.addRow(row++, new Label(k.label() + "（×" + weight(k.tenths()) + "）"), sp);
        }
        grid.addRow(row++, new Label(I18n.tr("proofform.pages")), pages);
        grid.addRow(row, new Label(I18n.tr("proofform.template")), template);
        Button record = new Button(I18n.tr("proofform.record"));
        record.setId("proof-record");
        record.setDefaultButton(true);
        record.disableProperty().bind(publication.valueProperty().isNull().or(round.valueProperty().isNull()));
        record.setOnAction(e -> record());
        Button close = new Button(I18n.tr("common.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        Label shown = new Label();
        shown.setId("proof-result");
        shown.setWrapText(true);
        shown.textProperty().bind(result);
        publication.valueProperty().addListener((o, a, b) -> load());
        round.valueProperty().addListener((o, a, b) -> load());
        VBox box = new VBox(10, grid, fromChecker, new HBox(8, record, close), shown);
        box.setPadding(new Insets(12));
        stage.setScene(new Scene(box, 560, 560));
        if (owner != null && owner.getScene() != null) stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
    }

    /** Shows the form on {@code current} of the publications. */
    public void show(List<Publication> publications, Publication current) {
        publication.getItems().setAll(publications);
        publication.setValue(current != null ? current : publications.isEmpty() ? null : publications.get(0));
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public StringProperty resultProperty() {
        return result;
    }

    /** The round's figure as kept, if any. */
    private void load() {
        Publication p = publication.getValue();
        ProofStage s = round.getValue();
        AnnalistSession a = session.get();
        if (p == null || s == null || a == null) return;
        executor.execute(BackgroundTask.of(I18n.tr("proofform.title"), t -> java.util.Optional.ofNullable(a.proofErrors().rounds(p.id()).get(s)))
                .onSuccess(r -> {
                    if (p == publication.getValue() && s == round.getValue()) result.set(r.map(ProofErrorsForm::describe).orElse(I18n.tr("proofform.none")));
                }));
    }

    private void record() {
        Publication p = publication.getValue();
        ProofStage s = round.getValue();
        AnnalistSession a = session.get();
        if (p == null || s == null || a == null) return;
        Map<ProofErrorKind, Integer> given = new EnumMap<>(ProofErrorKind.class);
        counts.forEach((k, sp) -> {
            sp.increment(0); // takes a typed value in
            if (sp.getValue() != null && sp.getValue() > 0) given.put(k, sp.getValue());
        });
        Integer n;
        try {
            n = pages.getText().isBlank() ? null : Integer.valueOf(pages.getText().strip());
        } catch (NumberFormatException e) {
            dialogs.showError(I18n.tr("proofform.failed"), a.databaseFile().toString(),
                    org.annalist.i18n.Texts.get("proofErrors.pages", pages.getText()));
            return;
        }
        String t = template.getValue();
        boolean checker = fromChecker.isSelected();
        executor.execute(BackgroundTask.of(I18n.tr("proofform.recordTask"), x -> checker
                        ? a.proofErrors().recordFromChecker(p.id(), s, t, n) : a.proofErrors().record(p.id(), s, given, t, n))
                .onSuccess(r -> result.set(describe(r)))
                .onFailure(e -> dialogs.showError(I18n.tr("proofform.failed"), a.databaseFile().toString(), Messages.describe(e))));
    }

    static String describe(ProofErrorCount r) {
        List<String> parts = r.counts().entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue()).toList();
        String rate = new java.math.BigDecimal(r.weightedTenths()).multiply(java.math.BigDecimal.valueOf(1000))
                .divide(java.math.BigDecimal.valueOf(r.layoutCharacters()), 2, java.math.RoundingMode.HALF_UP).toPlainString();
        return I18n.tr("proofform.result", r.stage().label(), weight(r.weightedTenths()), parts.isEmpty() ? "—" : String.join("、", parts),
                String.format(java.util.Locale.ROOT, "%,d", r.layoutCharacters()),
                I18n.tr("proofform.layout", r.charsPerLine(), r.linesPerPage(), r.pages()),
                I18n.tr("proofform.rate", rate, I18n.tr(r.passes() ? "proofform.pass" : "proofform.fail")));
    }

    private static String weight(long tenths) {
        return tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
    }
}
