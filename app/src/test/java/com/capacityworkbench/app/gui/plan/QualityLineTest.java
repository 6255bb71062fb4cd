package com.capacityworkbench.app.gui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.TestPlans;
import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.app.gui.plan.viewmodel.PlanViewModel;
import com.capacityworkbench.model.plan.LevelQuality;
import com.capacityworkbench.model.plan.PlanLevel;
import com.capacityworkbench.model.plan.PlanQuality;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The plan's quality in one line under the KPIs, as wide as the Plan screen leaves it. */
@ExtendWith(ApplicationExtension.class)
class QualityLineTest {

    private final PlanViewModel viewModel = new PlanViewModel(TestScenarios::frontier);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new QualityLine(viewModel), 700, 120));
        stage.show();
    }

    @Test
    void aLongLineShrinksToAnEllipsisKeepingItsNameAndButtonAndHoverReadsAllOfIt(FxRobot robot) {
        PlanQuality resized = new PlanQuality(List.of(
                new LevelQuality(PlanLevel.UNPLACED_DEMAND, 917_767, 1_030_000.0, false, false, 11.0, true),
                new LevelQuality(PlanLevel.COST, 1.44e9, null, false, false, 12.0)), 12, 0);

        robot.interact(() -> viewModel.show(TestPlans.frontier().withQuality(resized)));
        WaitForAsyncUtils.waitForFxEvents();

        Label name = robot.lookup(".quality-name").queryAs(Label.class);
        ToggleButton details = robot.lookup("#plan-quality-details").queryAs(ToggleButton.class);
        Label summary = robot.lookup("#plan-quality-summary").queryAs(Label.class);
        assertThat(summary.getText()).isEqualTo(resized.summary()).contains("the search's bound");
        assertThat(name.getWidth()).as("the name is never cut").isGreaterThanOrEqualTo(name.prefWidth(-1) - 0.5);
        assertThat(details.getWidth()).as("the button is never cut").isGreaterThanOrEqualTo(details.prefWidth(-1) - 0.5);
        assertThat(summary.getWidth()).as("the line itself gives way").isLessThan(summary.prefWidth(-1));
        assertThat(summary.getTooltip().getText()).isEqualTo(resized.summary());
    }
}
