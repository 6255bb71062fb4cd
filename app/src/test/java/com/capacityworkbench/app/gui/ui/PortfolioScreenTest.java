package com.capacityworkbench.app.gui.ui;

import static com.capacityworkbench.app.gui.ui.ScreenReading.table;
import static com.capacityworkbench.app.gui.ui.ScreenReading.tip;
import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.ShellSolves;
import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.app.gui.portfolio.PortfolioViewModel;
import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.model.portfolio.SweepResult;
import com.capacityworkbench.model.uncertainty.TriangularDistribution;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #16, the Portfolio screen headless: sweep the solved plan of the tiny sample with two uncertain inputs on the embedded engine, read
 * the charts, click a histogram bar, a tornado bar and a workload to filter the futures, export a PNG and the sweep,
 * and stop a sweep keeping what finished.
 */
class PortfolioScreenTest extends WorkbenchWindow {

    @TempDir
    static Path dir;

    @Override
    Path file() {
        return dir.resolve("uncertain-tiny.json");
    }

    @Start
    void start(Stage stage) {
        TestScenarios.uncertainTiny(dir);
        open(stage);
    }

    private PortfolioViewModel portfolio() {
        return shell.viewModel().portfolio();
    }

    private void sweep(FxRobot robot, int futures) throws Exception {
        robot.interact(() -> {
            portfolio().futuresProperty().set(futures);
            portfolio().secondsEachProperty().set(1);
            portfolio().seedProperty().set(3);
        });
        robot.clickOn("#portfolio-run");
    }

    @Test
    void sweepTheSolvedPlanReadTheChartsClickToFilterAndExport(FxRobot robot) throws Exception {
        robot.clickOn("#nav-portfolio");
        assertThat(robot.lookup("#portfolio-blocked").queryAs(Label.class).getText())
                .startsWith("Solve the scenario first");
        assertThat(robot.lookup("#portfolio-run").queryAs(Button.class).isDisabled()).isTrue();

        ShellSolves.solve(robot, shell, 3);
        robot.clickOn("#nav-portfolio");
        assertThat(robot.lookup("#portfolio-run").queryAs(Button.class).isDisabled()).isFalse();
        // Before the sweep: a sentence where each chart will be, not empty axes.
        for (String chart : new String[] {"#portfolio-fan", "#portfolio-histogram", "#portfolio-tornado"}) {
            assertThat(robot.lookup(chart).query().isVisible()).as(chart).isFalse();
            assertThat(robot.lookup(chart + "-empty").queryAs(Label.class).getText()).startsWith("Run a sweep:");
        }
        sweep(robot, 10);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !portfolio().runningProperty().get()
                && portfolio().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        SweepResult sweep = portfolio().resultProperty().get();
        assertThat(sweep.complete()).isTrue();
        assertThat(sweep.samples()).hasSize(10);
        assertThat(robot.lookup("#portfolio-status").queryAs(Label.class).getText()).startsWith("Swept 10 futures in");
        assertThat(robot.lookup("#portfolio-kpis").queryAs(Label.class).getText())
                .contains("Total cost  P10 $", "P50 $", "Unplaced demand  P10", "10 futures");
        TableView<SampleResult> futures = table(robot, "#portfolio-futures");
        assertThat(futures.getItems()).hasSize(10);
        assertThat(futures.getColumns()).extracting(c -> c.getText()).contains("Abilene slip", "Chat growth",
                "Total cost ($)");

        // The fan: one point per period on each of P10, P50 and P90.
        @SuppressWarnings("unchecked")
        XYChart<String, Number> fan = robot.lookup("#portfolio-fan").queryAs(XYChart.class);
        assertThat(fan.getData()).extracting(s -> s.getName()).containsExactly("P90", "P50", "P10");
        assertThat(fan.getData().get(1).getData()).hasSize(2);
        assertThat(fan.isVisible()).isTrue();
        assertThat(robot.lookup("#portfolio-fan-empty").query().isVisible()).isFalse();

        // The histogram counts every future once; hovering a bar says its range, clicking lists its futures.
        @SuppressWarnings("unchecked")
        XYChart<String, Number> histogram = robot.lookup("#portfolio-histogram").queryAs(XYChart.class);
        List<XYChart.Data<String, Number>> bars = histogram.getData().getFirst().getData();
        assertThat(bars.stream().mapToInt(d -> d.getYValue().intValue()).sum()).isEqualTo(10);
        XYChart.Data<String, Number> fullest = bars.stream()
                .max(java.util.Comparator.comparingInt(d -> d.getYValue().intValue())).orElseThrow();
        int count = fullest.getYValue().intValue();
        assertThat(tip(fullest.getNode())).startsWith("total cost $").contains(": " + count + " future");
        robot.clickOn(fullest.getNode());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(futures.getItems()).hasSize(count);
        assertThat(robot.lookup("#portfolio-filter").queryAs(Label.class).getText())
                .startsWith(count + " of 10 futures: total cost $");
        assertThat(fullest.getNode().getPseudoClassStates()).contains(PseudoClass.getPseudoClass("selected"));
        robot.clickOn("#portfolio-clear-filter");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(futures.getItems()).hasSize(10);

        // The tornado: clicking the widest input's high end lists the two futures of its highest fifth.
        @SuppressWarnings("unchecked")
        XYChart<Number, String> tornado = robot.lookup("#portfolio-tornado").queryAs(XYChart.class);
        XYChart.Data<Number, String> high = tornado.getData().get(1).getData().getLast();
        assertThat(tornado.getXAxis().getLabel()).matches("Δ from the mean \\$[0-9.]+[MB]");
        assertThat(tip(high.getNode())).contains("at its highest fifth: total cost $");
        robot.interact(() -> high.getNode().getOnMouseClicked().handle(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(futures.getItems()).hasSize(2)
                .containsExactlyInAnyOrderElementsOf(sweep.fifth(high.getYValue(), true));

        // The slip takes the MI300X pool away in about half the futures: its work goes unplaced there.
        robot.clickOn("Workloads at risk");
        TableView<?> workloads = table(robot, "#portfolio-workloads");
        assertThat(workloads.getItems()).isNotEmpty();
        String atRisk = sweep.unplacedOdds().keySet().iterator().next();
        robot.interact(() -> workloads.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(portfolio().visibleFutures()).hasSize((int) Math.round(sweep.unplacedOdds().get(atRisk) * 10))
                .allMatch(s -> s.unplacedWorkloads().contains(atRisk));

        // Every pool of the plan with how full it was over the futures.
        robot.clickOn("Pools: utilisation and idle commitment");
        TableView<?> pools = table(robot, "#portfolio-pools");
        assertThat(pools.getItems()).hasSize(sweep.utilisationByPool().size()).isNotEmpty();

        Path png = dir.resolve("histogram.png");
        dialogs.saveAnswer = png;
        robot.clickOn("#portfolio-histogram-pane-export");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThan(100);

        Path xlsx = dir.resolve("sweep.xlsx");
        dialogs.saveAnswer = xlsx;
        robot.clickOn("#portfolio-export");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogs.shown.stream().anyMatch(s -> s.contains("sweep")));
        assertThat(dialogs.shown).contains("Export sweep: Wrote " + xlsx + ".");
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            assertThat(workbook.getSheet("Futures").getLastRowNum()).isEqualTo(10);
        }

        // An edit after the sweep: its futures judge the earlier scenario, and the deck leaves them out.
        robot.interact(() -> shell.viewModel().document().apply("Rename",
                shell.viewModel().document().scenario().withName("Tiny, renamed")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#portfolio-stale").queryAs(Label.class).isVisible()).isTrue();
        assertThat(portfolio().currentSweep()).isNull();
    }

    @Test
    void stopKeepsTheFuturesFinishedSoFar(FxRobot robot) throws Exception {
        ShellSolves.solve(robot, shell, 3);
        robot.clickOn("#nav-portfolio");
        sweep(robot, 200);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> portfolio().finishedFutures().size() >= 2);
        assertThat(robot.lookup("#portfolio-status").queryAs(Label.class).getText()).contains("of 200 futures · about");
        robot.clickOn("#portfolio-stop");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !portfolio().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        SweepResult kept = portfolio().resultProperty().get();
        assertThat(kept.complete()).isFalse();
        assertThat(kept.samples().size()).isBetween(2, 199);
        assertThat(table(robot, "#portfolio-futures").getItems()).hasSize(kept.samples().size());
        assertThat(robot.lookup("#portfolio-status").queryAs(Label.class).getText())
                .isEqualTo("Stopped: " + kept.samples().size() + " of 200 futures finished");
        assertThat(robot.lookup("#portfolio-kpis").queryAs(Label.class).getText())
                .endsWith(kept.samples().size() + " of 200 futures");
    }

    @Test
    void aMoveLimitPerFutureGivesTheSameFiguresOnEveryRun(FxRobot robot) throws Exception {
        ShellSolves.solve(robot, shell, 3);
        robot.clickOn("#nav-portfolio");
        robot.clickOn("#portfolio-moves").write("400");
        assertThat(portfolio().movesEachProperty().get()).isEqualTo(400);

        List<List<Double>> runs = new java.util.ArrayList<>();
        for (int run = 0; run < 2; run++) {
            sweep(robot, 4);
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !portfolio().runningProperty().get()
                    && portfolio().resultProperty().get() != null);
            WaitForAsyncUtils.waitForFxEvents();
            SweepResult sweep = portfolio().resultProperty().get();
            assertThat(sweep.settings().moveLimit()).isEqualTo(400L);
            runs.add(sweep.samples().stream().map(SampleResult::totalCostUsd).toList());
        }
        assertThat(runs.get(1)).hasSize(4).isEqualTo(runs.get(0));
    }

    @Test
    void theUncertainInputsAreEditedInTheirTable(FxRobot robot) {
        robot.clickOn("#nav-portfolio");
        robot.clickOn("#nav-uncertainty");
        TableView<?> inputs = table(robot, "#uncertainty-table");
        assertThat(inputs.getItems()).hasSize(2);
        Node max = robot.lookup("#uncertainty-table .table-row-cell")
                .match(r -> ((javafx.scene.control.TableRow<?>) r).getIndex() == 1).lookup("#max").query();
        robot.clickOn(max);
        robot.write("1.8").type(javafx.scene.input.KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(((TriangularDistribution) shell.viewModel().document().scenario().uncertainty().inputs().get(1)
                .distribution()).max()).isEqualTo(1.8);
    }
}
