package com.capacityworkbench.app.gui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.css.PseudoClass;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Policies & weights form on the frontier sample: a figure typed and kept with Enter is one undoable edit, a value
 * the rules refuse is marked with the reason before it is kept, and the scenario's description reads whole in wrapped
 * lines and is kept when the field is left.
 */
class PoliciesScreenTest extends FrontierWindow {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aFigureIsEditedMarkedWhenRefusedAndUndone(FxRobot robot) {
        robot.clickOn("#nav-policies");
        WaitForAsyncUtils.waitForFxEvents();
        TextField carbon = robot.lookup("#form-policies-carbonPricePerTonne").queryAs(TextField.class);
        assertThat(carbon.getText()).isEqualTo("80");

        robot.doubleClickOn(carbon).eraseText(carbon.getText().length()).write("120").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.viewModel().document().scenario().policies().carbonPricePerTonne()).isEqualTo(120);

        TextField share = robot.lookup("#form-policies-maxProviderSharePct").queryAs(TextField.class);
        robot.clickOn(share).eraseText(share.getText().length()).write("150");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(share.getPseudoClassStates()).contains(INVALID);
        assertThat(share.getTooltip()).isNotNull();
        assertThat(share.getTooltip().getText()).isNotBlank();
        robot.eraseText(3).write("50");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(share.getPseudoClassStates()).doesNotContain(INVALID);

        robot.interact(() -> shell.viewModel().document().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.viewModel().document().scenario().policies().carbonPricePerTonne()).isEqualTo(80);
        assertThat(carbon.getText()).as("the form follows the undo").isEqualTo("80");
    }

    @Test
    void theDescriptionReadsWholeAndIsKeptWhenLeft(FxRobot robot) {
        robot.clickOn("#nav-policies");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea description = robot.lookup("#form-description").queryAs(TextArea.class);
        assertThat(description.isWrapText()).isTrue();
        assertThat(description.getText()).isEqualTo(shell.viewModel().document().scenario().description());

        robot.clickOn(description).press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL)
                .write(" Reviewed in December.");
        robot.clickOn("#form-name");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.viewModel().document().scenario().description()).endsWith(" Reviewed in December.");
    }
}
