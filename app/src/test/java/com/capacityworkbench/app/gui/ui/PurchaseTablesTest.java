package com.capacityworkbench.app.gui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.model.scenario.PurchaseOptions;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #17: the purchase sample's Offers, Build-outs and Spend terms (the Purchases section's tabs) are tables like the
 * others: a cell typed into
 * changes the scenario, a value the rules refuse is marked on its cell, and undo takes both back.
 */
class PurchaseTablesTest extends WorkbenchWindow {

    @Override
    Path file() {
        return TestScenarios.buyFile();
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void anOfferIsEditedMarkedWhenItsMinimumPassesItsMaximumAndUndone(FxRobot robot) throws Exception {
        robot.clickOn("#nav-purchases");
        type(robot, "offers", 0, "maxBlocks", "5");
        assertThat(options().offers().getFirst().maxBlocks()).isEqualTo(5);

        type(robot, "offers", 0, "minBlocks", "9");
        assertThat(options().offers().getFirst().minBlocks()).isEqualTo(9);
        assertThat(marked(robot, "offers", 0, "minBlocks")).as("min blocks above max blocks is marked").isTrue();
        assertThat(marked(robot, "offers", 0, "maxBlocks")).isFalse();

        undoTwice(robot);
        assertThat(options().offers().getFirst().minBlocks()).isEqualTo(1);
        assertThat(options().offers().getFirst().maxBlocks()).isEqualTo(6);
        assertThat(marked(robot, "offers", 0, "minBlocks")).isFalse();
    }

    @Test
    void aBuildOutIsEditedMarkedBeyondItsRangeAndUndone(FxRobot robot) throws Exception {
        robot.clickOn("#nav-purchases").clickOn("#tab-build-outs");
        type(robot, "buildOuts", 0, "megawatts", "250");
        assertThat(options().buildOuts().getFirst().megawatts()).isEqualTo(250);
        assertThat(marked(robot, "buildOuts", 0, "megawatts")).isFalse();

        type(robot, "buildOuts", 0, "megawatts", "20000");
        assertThat(marked(robot, "buildOuts", 0, "megawatts")).as("20,000 MW is beyond 10,000").isTrue();

        undoTwice(robot);
        assertThat(options().buildOuts().getFirst().megawatts()).isEqualTo(200);
        assertThat(marked(robot, "buildOuts", 0, "megawatts")).isFalse();
    }

    @Test
    void aSpendTermIsEditedMarkedWhenItsCapIsBelowItsMinimumAndUndone(FxRobot robot) throws Exception {
        robot.clickOn("#nav-purchases").clickOn("#tab-spend-terms");
        type(robot, "spendTerms", 0, "minimumUsd", "3500000000");
        assertThat(options().spendTerms().getFirst().minimumUsd()).isEqualTo(3.5e9);

        type(robot, "spendTerms", 1, "maximumUsd", "100000000");
        assertThat(options().spendTerms().get(1).maximumUsd()).isEqualTo(1e8);
        assertThat(marked(robot, "spendTerms", 1, "maximumUsd")).as("a cap below the minimum is marked").isTrue();

        undoTwice(robot);
        assertThat(options().spendTerms().getFirst().minimumUsd()).isEqualTo(3e9);
        assertThat(options().spendTerms().get(1).maximumUsd()).isEqualTo(2e9);
        assertThat(marked(robot, "spendTerms", 1, "maximumUsd")).isFalse();
    }

    @Test
    void aSpendCapBelowWhatTheProvidersCommittedPoolsCostIsMarkedWithThatFigure(FxRobot robot) throws Exception {
        robot.clickOn("#nav-purchases").clickOn("#tab-spend-terms");
        // Oracle's term: a minimum of $500M, and committed pools that cost $867.8M over it whether used or not.
        type(robot, "spendTerms", 1, "maximumUsd", "700000000");
        assertThat(options().spendTerms().get(1).maximumUsd()).isEqualTo(7e8);
        assertThat(marked(robot, "spendTerms", 1, "maximumUsd")).as("a cap no plan can keep is marked").isTrue();
        assertThat(((Control) cell(robot, "spendTerms", 1, "maximumUsd")).getTooltip().getText())
                .isEqualTo("is below what oracle's committed pools cost over 2027-Q1..2028-Q2 whether used or not"
                        + " (867,834,000), so no plan can keep it; got 700,000,000");

        type(robot, "spendTerms", 1, "maximumUsd", "900000000");
        assertThat(marked(robot, "spendTerms", 1, "maximumUsd")).isFalse();
        undoTwice(robot);
        assertThat(options().spendTerms().get(1).maximumUsd()).isEqualTo(2e9);
    }

    private PurchaseOptions options() {
        return shell.viewModel().document().scenario().purchaseOptions();
    }

    /** Types into a cell as a planner does: click it, type, Enter; then waits for the rules to run. */
    private void type(FxRobot robot, String table, int row, String column, String text) throws Exception {
        robot.clickOn(cell(robot, table, row, column));
        robot.write(text).type(KeyCode.ENTER);
        settle(robot);
    }

    /** Each test made two edits: both are taken back. */
    private void undoTwice(FxRobot robot) throws Exception {
        robot.clickOn("#undo-button");
        robot.clickOn("#undo-button");
        settle(robot);
    }

    private void settle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !shell.viewModel().document().validatingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean marked(FxRobot robot, String table, int row, String column) {
        return cell(robot, table, row, column).getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("invalid"));
    }

    private Node cell(FxRobot robot, String table, int row, String column) {
        return robot.lookup("#" + table + "-table .table-row-cell")
                .match(r -> ((TableRow<?>) r).getIndex() == row).lookup("#" + column).query();
    }
}
