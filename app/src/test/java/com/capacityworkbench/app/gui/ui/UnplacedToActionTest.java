package com.capacityworkbench.app.gui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.app.gui.main.Section;
import com.capacityworkbench.app.gui.plan.PlanView;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Shortfall;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.CountMode;
import com.capacityworkbench.model.scenario.PoolCountChange;
import com.capacityworkbench.model.scenario.Variant;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** From unplaced to action: one click on what an unplaced workload lacks makes the what-if variant that gives it. */
class UnplacedToActionTest extends WorkbenchWindow {

    @Override
    Path file() {
        return TestScenarios.samples().resolve("tiny.json");
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aClickOnWhatIsMissingMakesTheVariantThatGivesIt(FxRobot robot) throws Exception {
        // Larger than any pool of the tiny scenario: the training run cannot be placed.
        robot.interact(() -> shell.viewModel().table(Section.WORKLOADS).orElseThrow()
                .edit(1, "demand", "1800"));
        robot.interact(() -> shell.viewModel().solving().timeLimitSecondsProperty().set(5));
        robot.clickOn("#solve-button");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !shell.viewModel().solving().runningProperty().get()
                && shell.viewModel().plans().plan() != null);
        robot.clickOn("#nav-plan");
        PlanView plan = (PlanView) shell.view().screen(Section.PLAN);
        Assignment unplaced = plan.table().getItems().stream().filter(a -> a.workload().equals("frontier-pretrain"))
                .findFirst().orElseThrow();
        assertThat(unplaced.isPlaced()).isFalse();
        robot.interact(() -> plan.table().getSelectionModel().select(unplaced));
        WorkloadExplanation why = shell.viewModel().plans().explanation("frontier-pretrain").orElseThrow();
        assertThat(why.shortfalls()).isNotEmpty();
        Shortfall nearest = why.shortfalls().getFirst();
        Hyperlink action = robot.lookup("#try-shortfall-0").queryAs(Hyperlink.class);
        assertThat(action.getText()).startsWith("Try it as a variant: +" + String.format(java.util.Locale.US, "%,d",
                nearest.accelerators()) + " " + nearest.accelerator() + " on " + nearest.pool());
        int before = shell.viewModel().document().scenario().variants().size();

        robot.interact(() -> {
            javafx.scene.control.ScrollPane pane = robot.lookup("#explanation").queryAs(javafx.scene.control.ScrollPane.class);
            double hidden = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(hidden <= 0 ? 0 : Math.min(1, action.getBoundsInParent().getMinY() / hidden));
        });
        robot.clickOn(action);

        assertThat(shell.viewModel().sectionProperty().get()).isEqualTo(Section.VARIANTS);
        Variant made = shell.viewModel().document().scenario().variants().get(before);
        assertThat(made.name()).isEqualTo("Room for frontier-pretrain on " + nearest.pool());
        assertThat(made.changes()).first().isEqualTo(new PoolCountChange(nearest.pool(), CountMode.DELTA,
                nearest.accelerators()));
        assertThat(shell.viewModel().variants().selectedProperty().get()).isEqualTo(made.id());
        robot.clickOn("#undo-button");
        assertThat(shell.viewModel().document().scenario().variants()).hasSize(before);
    }
}
