package com.capacityworkbench.app.gui.ui;

import com.capacityworkbench.app.gui.TestScenarios;
import java.nio.file.Path;

/** The window open on the bundled frontier-2027 sample, as a planner first sees it. */
abstract class FrontierWindow extends WorkbenchWindow {

    @Override
    Path file() {
        return TestScenarios.frontierFile();
    }
}
