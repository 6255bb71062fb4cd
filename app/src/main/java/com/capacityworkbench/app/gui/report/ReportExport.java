package com.capacityworkbench.app.gui.report;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.fx.FxThread;
import com.capacityworkbench.app.gui.service.BackgroundExecutor;
import com.capacityworkbench.app.gui.service.DialogService;
import com.capacityworkbench.app.report.PlanDeck;
import com.capacityworkbench.app.report.PlanPictures;
import com.capacityworkbench.app.report.ReportContent;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.portfolio.SweepResult;
import com.capacityworkbench.model.scenario.Scenario;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;

/**
 * File ▸ Export report…: the shown plan (and the variants' comparison and the portfolio's sweep, when there are)
 * as a PowerPoint deck.
 * The deck is written on the background executor, its progress shown in the status bar; only the flow and map
 * pictures are drawn on the FX thread, as snapshots must be.
 */
public final class ReportExport {

    private final ScenarioDocument document;
    private final Supplier<@Nullable Plan> plan;
    private final Supplier<Scenario> planScenario;
    private final Supplier<@Nullable Comparison> comparison;
    private final Supplier<@Nullable SweepResult> sweep;
    private final DialogService dialogs;
    private final BackgroundExecutor background;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper("");

    /**
     * @param planScenario the scenario the plan is read against: the open one, with its offers as pools when the plan
     *                     buys capacity (a plan of the Purchases screen)
     */
    public ReportExport(ScenarioDocument document, Supplier<@Nullable Plan> plan, Supplier<Scenario> planScenario,
            Supplier<@Nullable Comparison> comparison, Supplier<@Nullable SweepResult> sweep, DialogService dialogs,
            BackgroundExecutor background) {
        this.document = document;
        this.plan = plan;
        this.planScenario = planScenario;
        this.comparison = comparison;
        this.sweep = sweep;
        this.dialogs = dialogs;
        this.background = background;
    }

    public void export() {
        if (plan.get() == null) {
            dialogs.showInfo("Export report", "There is no plan yet: solve the scenario first.");
            return;
        }
        if (running.get()) {
            return;
        }
        String name = document.scenario().name().replaceAll("[^A-Za-z0-9._-]+", "-") + ".pptx";
        dialogs.chooseSave("Export report", name, List.of("pptx")).ifPresent(this::export);
    }

    private void export(Path file) {
        Scenario scenario = planScenario.get();
        Plan shown = plan.get();
        Comparison compared = comparison.get();
        SweepResult futures = sweep.get();
        String source = document.file() == null ? "shown in the app" : document.file().getFileName().toString();
        running.set(true);
        progress.set(0);
        step.set("Drawing the flow and the map");
        background.run("Exporting the report", () -> {
            PlanPictures pictures = FxThread.call(() -> PlanPictureRenderer.draw(scenario, shown));
            PlanDeck.write(new ReportContent(scenario, shown, compared, futures, pictures, LocalDate.now(), source), file,
                    (doing, done, total) -> Platform.runLater(() -> {
                        step.set(doing);
                        progress.set((double) done / total);
                    }));
            return file;
        }, written -> {
            finished();
            dialogs.showInfo("Export report", "Wrote " + written + ".");
        }, error -> {
            finished();
            dialogs.showProblems("Cannot write " + file.getFileName(), file + " was not written.",
                    List.of(error instanceof ScenarioFileException e ? e.getMessage() : String.valueOf(error)));
        });
    }

    private void finished() {
        running.set(false);
        progress.set(1);
        step.set("");
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1 while a deck is written. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the export is doing now, e.g. "Drawing the cost charts". */
    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }
}
