package org.annalist.ui.checks;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.annalist.check.Rule;
import org.annalist.check.Severity;
import org.annalist.service.AnnalistSession;
import org.annalist.service.BackgroundTask;
import org.annalist.service.CheckService;
import org.annalist.service.Messages;
import org.annalist.service.TaskExecutor;
import org.annalist.ui.common.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The proofreading summary the PDF export window shows before a proof is made: the findings of the scope counted
 * by severity and by rule, checked in the background whenever the scope changes, with a link that opens the checks
 * pane on that scope.
 */
public final class ChecksSummary {
    /** A publication, or one of its sections. */
    public record Target(String label, long publicationId, Long sectionId) {
    }

    private final Supplier<AnnalistSession> session;
    private final TaskExecutor executor;
    private final StringProperty text = new SimpleStringProperty("");
    private final VBox node;
    private long generation;
    private TaskExecutor.Handle handle;
    private Target target;

    /** {@code open}: opens the checks pane on a target. */
    public ChecksSummary(Supplier<AnnalistSession> session, TaskExecutor executor, java.util.function.Consumer<Target> open) {
        this.session = session;
        this.executor = executor;
        Label label = new Label();
        label.setId("export-checks-summary");
        label.setWrapText(true);
        label.textProperty().bind(text);
        Hyperlink link = new Hyperlink(I18n.tr("checkspane.summary.open"));
        link.setId("export-checks-open");
        link.setOnAction(e -> {
            if (target != null) open.accept(target);
        });
        node = new VBox(2, new Label(I18n.tr("checkspane.summary.heading")), new HBox(6, label), link);
        node.getStyleClass().add("export-checks");
    }

    public VBox node() {
        return node;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Follows {@code scope}: each new value is checked (an older check still running is cancelled). */
    public void follow(ObservableValue<Target> scope) {
        scope.addListener((o, a, b) -> summarise(b));
        summarise(scope.getValue());
    }

    /** Counts the findings of {@code t} in the background. */
    public void summarise(Target t) {
        target = t;
        long gen = ++generation;
        if (handle != null) handle.cancel();
        AnnalistSession s = session.get();
        if (t == null || s == null) {
            text.set("");
            return;
        }
        text.set(I18n.tr("checkspane.summary.checking"));
        handle = executor.execute(BackgroundTask.of(I18n.tr("checkspane.task"), p -> CheckService.Summary.of(
                s.checks().checkScope(t.publicationId(), t.sectionId(), false, (done, total) -> {
                    p.checkCancelled();
                    p.update("", done, total);
                }))).onSuccess(sum -> {
            if (gen == generation) text.set(describe(sum));
        }).onFailure(e -> {
            if (gen == generation) text.set(I18n.tr("checkspane.summary.failed", Messages.describe(e)));
        }));
    }

    /** "11 篇 · 差错 40 · 疑误 3 · 提示 1（半角标点 38、数值范围 2 …）", or that nothing was found. */
    static String describe(CheckService.Summary sum) {
        if (sum.total() == 0) return I18n.tr("checkspane.summary.clean", sum.items());
        List<String> sev = new ArrayList<>();
        for (Severity v : Severity.values()) {
            Integer n = sum.bySeverity().get(v);
            if (n != null) sev.add(I18n.tr("checkspane.summary.count", v.label(), n));
        }
        List<String> rules = new ArrayList<>();
        for (Rule r : Rule.values()) {
            Integer n = sum.byRule().get(r);
            if (n != null) rules.add(I18n.tr("checkspane.summary.count", r.label(), n));
        }
        return I18n.tr("checkspane.summary.text", sum.items(), sum.total(), String.join(I18n.tr("checkspane.summary.sep"), sev),
                String.join(I18n.tr("checkspane.summary.sep"), rules), sum.fixable());
    }
}
