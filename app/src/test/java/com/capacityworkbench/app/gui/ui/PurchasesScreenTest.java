package com.capacityworkbench.app.gui.ui;

import static com.capacityworkbench.app.gui.ui.ScreenReading.table;
import static com.capacityworkbench.app.gui.ui.ScreenReading.tip;
import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.table.ClippedText;
import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.app.gui.main.Section;
import com.capacityworkbench.app.gui.purchases.PurchaseRow;
import com.capacityworkbench.app.gui.purchases.WhatToBuyViewModel;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.NotBought;
import com.capacityworkbench.model.plan.PurchasePlan;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PurchaseOptions;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.formats.ScenarioFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #17, the Purchases screen headless on the purchase sample: ask what to buy, read the answer, click a bar of
 * the timeline to narrow the purchases, a purchase to see its use, a point of the budget curve to open its plan on
 * the Plan screen (bought pools among the others), export the answer; stop an answer keeping what was solved; and
 * the question is refused, saying why, for a scenario with nothing to buy.
 */
class PurchasesScreenTest extends WorkbenchWindow {

    @TempDir
    static Path dir;

    @Override
    Path file() {
        return TestScenarios.buyFile();
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private WhatToBuyViewModel whatToBuy() {
        return shell.viewModel().whatToBuy();
    }

    private void ask(FxRobot robot, int seconds, int budgets) {
        robot.clickOn("#nav-purchases").clickOn("#tab-what-to-buy");
        robot.interact(() -> {
            whatToBuy().secondsProperty().set(seconds);
            whatToBuy().budgetsProperty().set(budgets);
        });
        robot.clickOn("#purchases-run");
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theAnswerIsReadClickedThroughToItsPlansAndExported(FxRobot robot) throws Exception {
        // Before the question: a sentence where each chart will be, not empty axes.
        robot.clickOn("#nav-purchases").clickOn("#tab-what-to-buy");
        for (String chart : new String[] {"#purchases-curve", "#purchases-timeline"}) {
            assertThat(robot.lookup(chart).query().isVisible()).as(chart).isFalse();
            assertThat(label(robot, chart + "-empty")).startsWith("Find what to buy:");
            assertThat(robot.lookup(chart + "-empty").query().isVisible()).isTrue();
        }
        ask(robot, 10, 1);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !whatToBuy().runningProperty().get()
                && whatToBuy().answerProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        PurchasePlan answer = whatToBuy().answerProperty().get();

        assertThat(label(robot, "#purchases-status")).startsWith("Answered in");
        assertThat(answer.purchases().isEmpty()).as("the sample is short of capacity").isFalse();
        assertThat(label(robot, "#purchases-summary")).startsWith("Buy $").contains("Against buying nothing it places")
                .contains("more in all");

        // The bought table lists every purchase; the not-bought table every offer or step left, with a reason.
        TableView<PurchaseRow> bought = table(robot, "#purchases-bought");
        assertThat(bought.getItems()).hasSize(answer.purchases().offers().size() + answer.purchases().buildOuts().size());
        // What a purchase is, where and when it runs read whole, not cut to "offer azure-scus-gb200-…" and
        // "2027-Q3 … 2…"; so do the headings: the columns fit what they show.
        FrozenColumnsTest.waitForFit(bought);
        assertThat(robot.lookup("#purchases-bought .table-cell").queryAllAs(TableCell.class))
                .filteredOn(c -> c.getTableColumn() != null && c.getText() != null && !c.getText().isEmpty()
                        && List.of("Purchase", "Provider", "Site", "Accelerator", "Accelerators", "From … to")
                                .contains(c.getTableColumn().getText()))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(((Text) c.lookup(".text")).getText()).isEqualTo(c.getText()));
        assertThat(robot.from(bought).lookup(".column-header .label").queryAllAs(Labeled.class))
                .isNotEmpty().noneMatch(ClippedText::isClipped);
        TableView<NotBought> notBought = table(robot, "#purchases-not-bought");
        assertThat(notBought.getItems()).isNotEmpty().allSatisfy(n -> assertThat(n.reason()).isNotBlank());
        assertThat(notBought.getItems().size() + bought.getItems().size())
                .as("the sample's 12 offers and 3 steps, each bought or explained").isEqualTo(15);

        // The curve: buying nothing, one budget, buying freely; a point says what it is on hover.
        @SuppressWarnings("unchecked")
        XYChart<Number, Number> curve = robot.lookup("#purchases-curve").queryAs(XYChart.class);
        assertThat(curve.getData()).singleElement().satisfies(s -> assertThat(s.getData()).hasSize(3));
        assertThat(curve.isVisible()).isTrue();
        assertThat(robot.lookup("#purchases-curve-empty").query().isVisible()).isFalse();
        XYChart.Data<Number, Number> nothing = curve.getData().getFirst().getData().getFirst();
        assertThat(nothing.getXValue().doubleValue()).isZero();
        assertThat(tip(nothing.getNode())).startsWith("Buying nothing").contains("Click to open its plan");
        XYChart.Data<Number, Number> freely = curve.getData().getFirst().getData().getLast();
        assertThat(tip(freely.getNode())).startsWith("Buying freely (the recommendation)");
        assertThat(freely.getYValue().doubleValue()).isLessThan(nothing.getYValue().doubleValue());
        // Every dollar figure under the curve is whole: the last one once ran past the chart's edge ("$8.00").
        javafx.geometry.Bounds plot = curve.localToScene(curve.getLayoutBounds());
        assertThat(curve.getXAxis().getChildrenUnmodifiable()).filteredOn(n -> n instanceof Text
                && n.isVisible()).isNotEmpty().allSatisfy(t -> assertThat(t.localToScene(t.getLayoutBounds()).getMaxX())
                        .as(((Text) t).getText()).isLessThanOrEqualTo(plot.getMaxX() + 0.5));

        // A bar of the timeline narrows the purchases to that provider's commitments in that period.
        @SuppressWarnings("unchecked")
        XYChart<String, Number> timeline = robot.lookup("#purchases-timeline").queryAs(XYChart.class);
        XYChart.Series<String, Number> azure = timeline.getData().stream().filter(s -> s.getName().equals("azure"))
                .findFirst().orElseThrow();
        XYChart.Data<String, Number> bar = azure.getData().stream().filter(d -> d.getYValue().doubleValue() > 0)
                .findFirst().orElseThrow();
        assertThat(tip(bar.getNode())).startsWith("azure · " + bar.getXValue() + ": $").contains("committed");
        robot.clickOn(bar.getNode());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#purchases-filter")).endsWith("azure's commitments in " + bar.getXValue());
        assertThat(bought.getItems()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.provider()).isEqualTo("azure");
            assertThat(r.from().toString().compareTo(bar.getXValue())).isLessThanOrEqualTo(0);
        });
        robot.clickOn("#purchases-clear-filter");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bought.getItems()).hasSize(answer.purchases().offers().size() + answer.purchases().buildOuts().size());

        // A purchase clicked: its use per period.
        robot.interact(() -> bought.getSelectionModel().select(0));
        PurchaseRow first = bought.getItems().getFirst();
        @SuppressWarnings("unchecked")
        BarChart<String, Number> use = robot.lookup("#purchases-use").queryAs(BarChart.class);
        assertThat(use.getTitle()).startsWith(first.purchase());
        if (first.isOffer()) {
            assertThat(use.getData().getFirst().getData()).hasSize(first.usedShare().size());
        }

        // Export the answer as a workbook.
        Path xlsx = dir.resolve("what-to-buy.xlsx");
        dialogs.saveAnswer = xlsx;
        robot.clickOn("#purchases-export");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogs.shown.stream().anyMatch(s -> s.contains("Wrote")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            assertThat(workbook.getSheet("Purchases")).isNotNull();
            assertThat(workbook.getSheet("Budget curve").getLastRowNum()).isEqualTo(3);
        }

        // The point of buying freely opens its plan on the Plan screen, its bought pools read like the others.
        robot.clickOn(freely.getNode());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.viewModel().sectionProperty().get()).isEqualTo(Section.PLAN);
        assertThat(shell.viewModel().plans().plan()).isSameAs(answer.plan());
        assertThat(label(robot, "#plan-origin")).startsWith("What to buy: Buying freely (the recommendation) · Solved");
        Set<String> offers = answer.purchases().offers().stream().map(o -> o.offer()).collect(Collectors.toSet());
        Set<String> shownPools = shell.viewModel().plans().scenario().pools().stream().map(Pool::id)
                .collect(Collectors.toSet());
        assertThat(shownPools).containsAll(offers);
        TableView<Assignment> assignments = table(robot, "#assignment-table");
        assertThat(assignments.getItems()).anyMatch(a -> offers.contains(a.pool()));
        assertThat(shell.viewModel().plans().isStale()).isFalse();

        // Exported to Excel, the plan's utilisation lists the bought pools; its scenario sheets stay the scenario's,
        // so the workbook imports as the scenario it was (no offer turned into a pool).
        Path planBook = dir.resolve("bought-plan.xlsx");
        dialogs.saveAnswer = planBook;
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> java.nio.file.Files.isRegularFile(planBook));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !shell.viewModel().busyProperty().get().contains("Exporting"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(planBook.toFile())) {
            Set<String> utilised = new java.util.HashSet<>();
            workbook.getSheet("Utilization").forEach(row -> utilised.add(row.getCell(0) == null ? ""
                    : row.getCell(0).toString()));
            assertThat(utilised).containsAll(offers);
        }
        Scenario reimported = ScenarioFiles.read(planBook);
        assertThat(reimported.pools()).hasSameSizeAs(shell.viewModel().document().scenario().pools());
        assertThat(reimported.purchaseOptions()).isEqualTo(shell.viewModel().document().scenario().purchaseOptions());

        // The point of buying nothing opens the plan that buys nothing: no bought pool in it.
        robot.clickOn("#nav-purchases");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(nothing.getNode());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#plan-origin")).startsWith("What to buy: Buying nothing");
        assertThat(shell.viewModel().plans().plan().assignments()).noneMatch(a -> offers.contains(a.pool()));
    }

    @Test
    void stopKeepsWhatWasSolved(FxRobot robot) throws Exception {
        ask(robot, 600, 3);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label(robot, "#purchases-status").startsWith("Solve 1 of 5"));
        assertThat(label(robot, "#purchases-status")).contains("buying nothing · about");
        robot.clickOn("#purchases-stop");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !whatToBuy().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(label(robot, "#purchases-status")).startsWith("Stopped after").contains("0 of 3 budgets");
        assertThat(whatToBuy().answerProperty().get()).isNotNull();
        assertThat(whatToBuy().curve()).as("buying nothing and buying freely, no budget between").hasSize(2);
        assertThat(label(robot, "#purchases-summary")).isNotEmpty();
        assertThat(robot.lookup("#purchases-run").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void aScenarioWithNothingToBuyIsNotAskedAndSaysWhy(FxRobot robot) {
        robot.interact(() -> shell.viewModel().document().apply("Remove the offers",
                shell.viewModel().document().scenario().withPurchaseOptions(new PurchaseOptions(java.util.List.<Offer>of(),
                        java.util.List.of(), shell.viewModel().document().scenario().purchaseOptions().spendTerms()))));
        robot.clickOn("#nav-purchases").clickOn("#tab-what-to-buy");
        assertThat(label(robot, "#purchases-blocked")).startsWith("This scenario has nothing to buy");
        assertThat(robot.lookup("#purchases-run").queryAs(Button.class).isDisabled()).isTrue();

        robot.interact(() -> shell.viewModel().document().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#purchases-blocked")).isEmpty();
        assertThat(robot.lookup("#purchases-run").queryAs(Button.class).isDisabled()).isFalse();
    }
}
