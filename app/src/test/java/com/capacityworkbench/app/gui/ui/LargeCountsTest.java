package com.capacityworkbench.app.gui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.formats.json.ScenarioJson;
import com.capacityworkbench.model.generate.ScenarioGenerator;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A scenario of more than a thousand workloads: the window counts them with thousands separators. */
class LargeCountsTest extends WorkbenchWindow {

    @TempDir
    static Path dir;

    @Override
    Path file() {
        return dir.resolve("generated-1200.json");
    }

    @Start
    void start(Stage stage) throws Exception {
        ScenarioJson.write(ScenarioGenerator.generate(new ScenarioGenerator.Settings(1_200, 30, 4, 3)), file());
        open(stage);
    }

    @Test
    void theWorkloadsTableAndTheStatusBarCountWithSeparators(FxRobot robot) {
        robot.clickOn("#nav-workloads");

        assertThat(robot.lookup("#workloads-count").queryAs(Label.class).getText()).isEqualTo("1,200 of 1,200");
        assertThat(robot.lookup("#status-counts").queryAs(Label.class).getText()).startsWith("1,200 workloads · 30 pools");
    }
}
