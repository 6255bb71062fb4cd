package com.capacityworkbench.app.gui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.cli.SolveCommand;
import com.capacityworkbench.app.gui.ShellSolves;
import com.capacityworkbench.app.quality.LevelFormat;
import com.capacityworkbench.app.gui.edit.Row;
import com.capacityworkbench.app.gui.main.Section;
import com.capacityworkbench.app.gui.plan.PlanView;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Candidate;
import com.capacityworkbench.model.plan.LevelQuality;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.PlanQuality;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.Workload;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import picocli.CommandLine;

/** The real main window, headless: open the sample, edit, paste, solve, filter from a chart, read an explanation. */
class MainWindowTest extends FrontierWindow {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @SuppressWarnings("unchecked")
    private TableView<Row<Workload>> workloads(FxRobot robot) {
        return robot.lookup("#workloads-table").queryAs(TableView.class);
    }

    @Test
    void opensTheSampleAndEditsACellThenUndoesIt(FxRobot robot) {
        assertThat(robot.lookup("#status-file").queryAs(Label.class).getText()).endsWith("frontier-2027.json");
        TableView<Row<Workload>> table = workloads(robot);
        assertThat(table.getItems()).hasSize(shell.viewModel().document().scenario().workloads().size());
        double before = table.getItems().getFirst().value().demand();

        Node demandCell = robot.lookup("#workloads-table .table-row-cell").nth(0).lookup("#demand").query();
        robot.doubleClickOn(demandCell).write("4321").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shell.viewModel().document().scenario().workloads().getFirst().demand()).isEqualTo(4321);
        assertThat(robot.lookup("#status-unsaved").queryAs(Label.class).isVisible()).isTrue();
        robot.clickOn("#undo-button");
        assertThat(shell.viewModel().document().scenario().workloads().getFirst().demand()).isEqualTo(before);
        assertThat(table.getItems().getFirst().value().demand()).isEqualTo(before);
    }

    @Test
    void pastesRowsCopiedFromASpreadsheet(FxRobot robot) {
        int before = workloads(robot).getItems().size();
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("Workload\tKind\tDemand (ref accel)\tFrom\tTo\tPriority\n"
                    + "paste-one\tbatch\t500\t2027-Q1\t2027-Q2\t2\npaste-two\tinference\t900\t2027-Q1\t2027-Q4\t4\n");
            Clipboard.getSystemClipboard().setContent(content);
        });

        robot.clickOn("#workloads-paste");

        assertThat(workloads(robot).getItems()).hasSize(before + 2);
        assertThat(workloads(robot).getItems().getLast().value().id()).isEqualTo("paste-two");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(workloads(robot).getItems()).hasSize(before);
    }

    @Test
    void solvesStopsWithinASecondAndShowsPlanRows(FxRobot robot) throws Exception {
        robot.clickOn("#solve-button");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.viewModel().plans().plan() != null);
        robot.clickOn("#stop-button");
        long stopAt = System.nanoTime();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !shell.viewModel().solving().runningProperty().get());
        long stopMillis = (System.nanoTime() - stopAt) / 1_000_000;

        assertThat(stopMillis).as("stop took %d ms", stopMillis).isLessThan(1500);
        assertThat(robot.lookup("#solve-state").queryAs(Label.class).getText()).isEqualTo("Stopped");
        robot.clickOn("#nav-plan");
        assertThat(robot.lookup("#assignment-table").queryAs(TableView.class).getItems()).isNotEmpty();
    }

    @Test
    void theSolvePanelAndThePlanSayHowGoodThePlanIsLevelByLevel(FxRobot robot) throws Exception {
        robot.interact(() -> shell.viewModel().solving().timeLimitSecondsProperty().set(5));
        robot.clickOn("#solve-button");
        // While solving: the levels of the best plan so far, each with a status.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !shell.viewModel().solving().levels().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> solving = texts(robot.lookup("#solve-levels").queryAs(GridPane.class));
        assertThat(solving).contains("Unplaced demand", "Cost").anyMatch(t -> STATUS.matcher(t).matches());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !shell.viewModel().solving().runningProperty().get()
                && shell.viewModel().plans().plan() != null);
        WaitForAsyncUtils.waitForFxEvents();

        PlanQuality quality = shell.viewModel().plans().plan().quality();
        assertThat(quality).as("the solved plan's quality").isNotNull();
        // One solve policy: the window solves with the command line's default seed, so both read the same plan.
        assertThat(quality.seed()).isEqualTo(Long.parseLong(new CommandLine(new SolveCommand())
                .getCommandSpec().findOption("--seed").defaultValue()));
        String verdict = robot.lookup("#solve-verdict").queryAs(Label.class).getText();
        assertThat(verdict).isEqualTo(quality.summary());
        List<String> levels = texts(robot.lookup("#solve-levels").queryAs(GridPane.class));
        assertThat(levels).hasSize(4 * quality.levels().size());
        for (int i = 0; i < quality.levels().size(); i++) {
            LevelQuality level = quality.levels().get(i);
            assertThat(levels.subList(4 * i, 4 * i + 4)).containsExactly(level.level().label(),
                    LevelFormat.value(level), level.status(), level.improvement());
        }
        assertThat(levels).noneMatch(t -> t.contains("hard/") || t.contains("soft"));
        assertThat(shell.viewModel().solving().costTipProperty().get()).startsWith("Best plan cost over time: now $")
                .doesNotContain("score").doesNotContain("hard/");

        robot.clickOn("#nav-plan");
        assertThat(robot.lookup("#plan-quality-summary").queryAs(Label.class).getText()).isEqualTo(quality.summary());
        GridPane planLevels = robot.lookup("#plan-quality-levels").queryAs(GridPane.class);
        assertThat(planLevels.isVisible()).isFalse();
        robot.clickOn("#plan-quality-details");
        assertThat(planLevels.isVisible()).isTrue();
        assertThat(texts(planLevels)).isEqualTo(levels);
    }

    @Test
    void aClickOnACostBarFiltersTheAssignmentTable(FxRobot robot) throws Exception {
        solveBriefly(robot);
        robot.clickOn("#nav-plan");
        robot.clickOn("#tab-cost");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#assignment-table").queryAs(TableView.class);
        int all = table.getItems().size();

        Node bar = robot.lookup(".cost-bar").match(n -> n.getBoundsInLocal().getHeight() > 6).query();
        robot.clickOn(bar);

        String filter = robot.lookup("#plan-filter").queryAs(Label.class).getText();
        assertThat(filter).contains("provider").contains("period");
        assertThat(table.getItems().size()).isLessThan(all).isPositive();
        String provider = shell.viewModel().plans().filter().provider();
        assertThat(table.getItems()).allMatch(a -> provider.equals(((Assignment) a).provider()));
        robot.clickOn("#plan-filter-clear");
        assertThat(table.getItems()).hasSize(all);
    }

    @Test
    void aClickOnAHeatmapCellFiltersToItsPoolAndPeriod(FxRobot robot) throws Exception {
        solveBriefly(robot);
        robot.clickOn("#nav-plan");
        robot.clickOn("#tab-capacity");
        WaitForAsyncUtils.waitForFxEvents();
        Node canvas = robot.lookup("#capacity-chart .chart-view").query();

        // First data row, first period: past the 200 px label column and the 24 px period header.
        robot.clickOn(robot.point(canvas).atPosition(javafx.geometry.Pos.TOP_LEFT).atOffset(new javafx.geometry.Point2D(230, 34)));

        var filter = shell.viewModel().plans().filter();
        assertThat(filter.pool()).isNotNull();
        assertThat(filter.period()).isEqualTo(shell.viewModel().document().scenario().horizon().first());
        TableView<?> table = robot.lookup("#assignment-table").queryAs(TableView.class);
        assertThat(table.getItems()).allMatch(a -> filter.pool().equals(((Assignment) a).pool()));
    }

    @Test
    void selectingAWorkloadShowsABlockingReasonInTheExplanation(FxRobot robot) throws Exception {
        solveBriefly(robot);
        robot.clickOn("#nav-plan");
        PlanView plan = (PlanView) shell.view().screen(Section.PLAN);

        robot.interact(() -> plan.table().getSelectionModel().select(0));

        String workload = plan.table().getItems().getFirst().workload();
        assertThat(robot.lookup("#explanation-summary").queryAs(Label.class).getText()).isNotBlank();
        TableView<?> candidates = robot.lookup("#candidate-table").queryAs(TableView.class);
        assertThat(candidates.getItems()).isNotEmpty();
        Candidate blocked = candidates.getItems().stream().map(Candidate.class::cast)
                .filter(c -> !c.isFeasible()).findFirst().orElseThrow();
        assertThat(robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && blocked.blockedBy().equals(l.getText())).tryQuery()).as("blocking reason of %s on screen", workload).isPresent();
    }

    /** A large plan carries candidate pools only for unplaced workloads; the others' are worked out on selection. */
    @Test
    void aPlanWithoutCandidatePoolsWorksThemOutWhenAWorkloadIsSelected(FxRobot robot) throws Exception {
        solveBriefly(robot);
        robot.clickOn("#nav-plan");
        PlanView view = (PlanView) shell.view().screen(Section.PLAN);
        var plans = shell.viewModel().plans();
        Plan solved = plans.plan();
        Plan large = new Plan(solved.scenarioName(), solved.score(), solved.assignments(), solved.kpis(),
                solved.explanations().stream().map(e -> new WorkloadExplanation(e.workload(), e.summary(), e.costParts(),
                        List.of(), e.primaryDeclined(), e.missing())).toList(), solved.hardViolations(), solved.quality());
        robot.interact(() -> plans.show(large));

        robot.interact(() -> view.table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#candidate-table").tryQuery().isPresent());

        String workload = view.table().getItems().getFirst().workload();
        List<Candidate> expected = solved.explanations().stream().filter(e -> e.workload().equals(workload))
                .findFirst().orElseThrow().candidates();
        TableView<?> candidates = robot.lookup("#candidate-table").queryAs(TableView.class);
        assertThat(candidates.getItems()).hasSize(shell.viewModel().document().scenario().pools().size())
                .map(Candidate.class::cast).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(robot.lookup("#candidates-pending").tryQuery()).isEmpty();
    }

    @Test
    void theStatusBarLeadsToTheFirstInvalidCell(FxRobot robot) throws Exception {
        robot.interact(() -> shell.viewModel().table(Section.WORKLOADS).orElseThrow().edit(2, "datasets", "nowhere"));
        robot.clickOn("#nav-pools");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !shell.viewModel().document().validatingProperty().get());
        assertThat(robot.lookup("#status-problems").queryAs(javafx.scene.control.Hyperlink.class).getText())
                .isEqualTo("1 validation problem");

        robot.clickOn("#status-problems");

        assertThat(shell.viewModel().sectionProperty().get()).isEqualTo(Section.WORKLOADS);
        TableView<Row<Workload>> table = workloads(robot);
        assertThat(table.getSelectionModel().getSelectedItem().index()).isEqualTo(2);
        assertThat(robot.lookup(".entity-cell").match(n -> n.getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("invalid"))).tryQuery()).isPresent();
        robot.clickOn("#solve-button");
        assertThat(dialogs.shown).anyMatch(s -> s.startsWith("Cannot solve yet"));
    }

    @Test
    void theThemeButtonSwitchesBetweenLightAndDark(FxRobot robot) {
        robot.clickOn("#theme-toggle");

        assertThat(shell.stage().getScene().getRoot().getStyleClass()).contains("dark");
        assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-dark");
        robot.clickOn("#theme-toggle");
        assertThat(shell.stage().getScene().getRoot().getStyleClass()).doesNotContain("dark");
        assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-light");
    }

    private static final java.util.regex.Pattern STATUS =
            java.util.regex.Pattern.compile("proven optimal|at its bound|within .* of its bound.*|no bound known|above its bound of 0.*");

    /** The labels of a level grid, row by row. */
    private static List<String> texts(GridPane grid) {
        return grid.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    /** A solve long enough for the first plan with work placed even on a loaded two-core CI machine. */
    private void solveBriefly(FxRobot robot) throws Exception {
        ShellSolves.solve(robot, shell, 10);
        assertThat(shell.viewModel().plans().plan().assignments()).as("the brief solve placed work")
                .anyMatch(Assignment::isPlaced);
    }
}
