package com.capacityworkbench.app.gui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.TestPlans;
import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.plan.Plan;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The plan's headline counts read like the rest of the window: 4,461 / 539, not 4461 / 539. */
@ExtendWith(ApplicationExtension.class)
class KpiStripTest {

    private KpiStrip strip;

    @Start
    void start(Stage stage) {
        strip = new KpiStrip();
        stage.setScene(new Scene(strip, 1200, 200));
        stage.show();
    }

    @Test
    void countsOfAThousandAndMoreHaveThousandsSeparators(FxRobot robot) {
        Plan solved = TestPlans.frontier();
        Kpis k = solved.kpis();
        Kpis large = new Kpis(k.totalCostUsd(), k.costByCategory(), k.costByProvider(), k.costByPeriod(), k.costLines(),
                k.providerUsage(), k.utilization(), k.power(), k.idleSunkUsd(), k.tCo2e(), 819, 1_529, 1_962,
                k.unplacedDemandByPriority(), 4_461, 539, 1_000);
        Plan plan = new Plan(solved.scenarioName(), solved.score(), solved.assignments(), large, solved.explanations(),
                solved.hardViolations(), solved.quality());

        robot.interact(() -> strip.show(plan));

        assertThat(robot.lookup("#kpi-strip .kpi-value").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("4,461 / 539", "819 / 1,529", "1,962", "1,000");
    }
}
