package com.capacityworkbench.app.gui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.ShellFiles;
import com.capacityworkbench.app.gui.ShellSolves;
import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.formats.PlanBeside;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Plans are kept and never silently stale: a solve stopped before its first plan shows none, an edit marks the plan
 * stale in words (and undoing it clears the mark), the plan is saved beside the scenario and reopened with how it was
 * solved, and a pinned assignment survives the next solve.
 */
class PlansAreKeptTest extends WorkbenchWindow {

    @TempDir
    Path dir;

    @Override
    Path file() {
        return TestScenarios.samples().resolve("tiny.json");
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aSolveStoppedBeforeItsFirstPlanShowsNoPlanRatherThanAFreeOne(FxRobot robot) throws Exception {
        var solving = shell.viewModel().solving();
        // Both in one FX turn: the stop reaches the job before it has placed anything.
        robot.interact(() -> {
            solving.solve();
            solving.stop();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !solving.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#solve-state").queryAs(Label.class).getText())
                .isEqualTo("Stopped before the first plan: no plan yet");
        robot.clickOn("#nav-plan");
        assertThat(shell.viewModel().plans().plan()).isNull();
        assertThat(robot.lookup("#kpi-strip .label").queryAs(Label.class).getText()).startsWith("No plan yet");
    }

    @Test
    void aSolveOfTheScenarioOpenedBeforeNeverShowsItsPlanOnTheNextOne(FxRobot robot) throws Exception {
        var solving = shell.viewModel().solving();
        ShellFiles.read(robot, shell, TestScenarios.frontierFile());
        robot.interact(() -> solving.timeLimitSecondsProperty().set(60));
        robot.clickOn("#solve-button");
        // The sample's solve has shown a plan and is still improving it when the tiny scenario replaces it.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shell.viewModel().plans().plan() != null);
        ShellFiles.read(robot, shell, TestScenarios.samples().resolve("tiny.json"));
        assertThat(robot.lookup("#solve-state").queryAs(Label.class).getText()).isEqualTo("Not solved");
        // Long enough for the abandoned solve to end and report.
        Thread.sleep(3000);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shell.viewModel().plans().plan()).isNull();
        assertThat(robot.lookup("#solve-state").queryAs(Label.class).getText()).isEqualTo("Not solved");
    }

    @Test
    void anEditAfterTheSolveMarksThePlanStaleUntilUndoneOrSolvedAgain(FxRobot robot) throws Exception {
        ShellSolves.solve(robot, shell, 5);
        robot.clickOn("#nav-plan");
        Label stale = robot.lookup("#plan-stale").queryAs(Label.class);
        assertThat(stale.isVisible()).isFalse();

        robot.clickOn("#nav-workloads");
        Node demandCell = robot.lookup("#workloads-table .table-row-cell").nth(0).lookup("#demand").query();
        robot.doubleClickOn(demandCell).write("4321").type(KeyCode.ENTER);
        robot.clickOn("#nav-plan");

        assertThat(stale.isVisible()).isTrue();
        assertThat(stale.getText()).startsWith("Stale: the scenario changed after this plan was solved");
        robot.clickOn("#undo-button");
        assertThat(stale.isVisible()).as("undone: the plan describes the scenario again").isFalse();

        robot.clickOn("#nav-workloads");
        robot.doubleClickOn(robot.lookup("#workloads-table .table-row-cell").nth(0).lookup("#demand").<Node>query())
                .write("4321").type(KeyCode.ENTER);
        ShellSolves.solve(robot, shell, 5);
        robot.clickOn("#nav-plan");
        assertThat(stale.isVisible()).as("solved again").isFalse();
    }

    @Test
    void thePlanIsSavedBesideTheScenarioAndReopenedWithHowItWasSolved(FxRobot robot) throws Exception {
        ShellSolves.solve(robot, shell, 5);
        Plan solved = shell.viewModel().plans().plan();
        Path file = dir.resolve("mine.json");
        dialogs.saveAnswer = file;
        robot.interact(() -> shell.viewModel().files().saveAs());
        ShellFiles.awaitOpen(shell, file);
        assertThat(PlanBeside.fileFor(file)).exists();

        robot.interact(() -> shell.viewModel().files().newScenario());
        assertThat(shell.viewModel().plans().plan()).isNull();
        ShellFiles.read(robot, shell, file);
        robot.clickOn("#nav-plan");

        assertThat(shell.viewModel().plans().plan().kpis()).isEqualTo(solved.kpis());
        assertThat(robot.lookup("#plan-origin").queryAs(Label.class).getText())
                .matches("Solved \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC · seed 0 · 5 s limit");
        assertThat(robot.lookup("#plan-stale").queryAs(Label.class).isVisible()).isFalse();

        // A scenario edited elsewhere after the plan was kept: the plan reopens marked stale.
        Files.writeString(file, Files.readString(file).replace("\"eu-chat-finetune\"", "\"eu-chat-finetune-2\""));
        robot.interact(() -> shell.viewModel().files().read(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.viewModel().plans().isStale());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#plan-stale").queryAs(Label.class).isVisible()).isTrue();
    }

    @Test
    void solveCanStartFromTheShownPlanAndSaysSo(FxRobot robot) throws Exception {
        ShellSolves.solve(robot, shell, 5);
        robot.clickOn("#nav-plan");
        Label origin = robot.lookup("#plan-origin").queryAs(Label.class);
        assertThat(origin.getText()).doesNotContain("from the previous plan");

        robot.clickOn("#solve-warm-start");
        ShellSolves.solve(robot, shell, 5);

        assertThat(origin.getText()).endsWith("· 5 s limit · from the previous plan");
    }

    @Test
    void aShardPinnedFromTheAssignmentTableStaysOnItsPoolInTheNextSolve(FxRobot robot) throws Exception {
        ShellSolves.solve(robot, shell, 5);
        robot.clickOn("#nav-plan");
        TableView<?> table = robot.lookup("#assignment-table").queryAs(TableView.class);
        int row = 0;
        while (!((Assignment) table.getItems().get(row)).isPlaced()) {
            row++;
        }
        Assignment chosen = (Assignment) table.getItems().get(row);
        int index = row;

        robot.clickOn(rowCell(robot, index));
        robot.clickOn("#assignment-pin-button");

        assertThat(((Assignment) table.getSelectionModel().getSelectedItem()).workload()).isEqualTo(chosen.workload());
        assertThat(robot.from(rowCell(robot, index)).lookup("#pinned").queryAs(javafx.scene.control.TableCell.class)
                .getText()).isEqualTo("pinned");
        ShellSolves.solve(robot, shell, 5);
        Assignment after = shell.viewModel().plans().plan().assignments().stream()
                .filter(a -> a.workload().equals(chosen.workload()) && a.shard() == chosen.shard())
                .findFirst().orElseThrow();
        assertThat(after.pinned()).isTrue();
        assertThat(after.pool()).isEqualTo(chosen.pool());
    }

    @Test
    void aPoolExcludedFromTheAssignmentTableIsLeftByTheNextSolve(FxRobot robot) throws Exception {
        ShellSolves.solve(robot, shell, 5);
        robot.clickOn("#nav-plan");
        TableView<?> table = robot.lookup("#assignment-table").queryAs(TableView.class);
        int row = 0;
        while (!((Assignment) table.getItems().get(row)).isPlaced()) {
            row++;
        }
        Assignment chosen = (Assignment) table.getItems().get(row);

        robot.clickOn(rowCell(robot, row));
        robot.clickOn("#assignment-exclude-button");

        assertThat(shell.viewModel().document().scenario().workloads().stream()
                .filter(w -> w.id().equals(chosen.workload())).findFirst().orElseThrow().excludedPools())
                .containsExactly(chosen.pool());
        assertThat(robot.lookup("#plan-stale").queryAs(Label.class).isVisible()).isTrue();
        ShellSolves.solve(robot, shell, 5);
        assertThat(shell.viewModel().plans().plan().assignments())
                .filteredOn(a -> a.workload().equals(chosen.workload()))
                .noneMatch(a -> chosen.pool().equals(a.pool()));
        assertThat(robot.lookup("#plan-stale").queryAs(Label.class).isVisible()).isFalse();
    }

    private static Node rowCell(FxRobot robot, int index) {
        return robot.lookup("#assignment-table .table-row-cell")
                .match(r -> ((javafx.scene.control.TableRow<?>) r).getIndex() == index).query();
    }
}
