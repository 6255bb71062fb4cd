package com.capacityworkbench.bench;

import com.capacityworkbench.formats.ScenarioFiles;
import com.capacityworkbench.model.scenario.Scenario;
import java.nio.file.Path;

/** The repository's sample scenarios, read from the module's parent folder. */
public final class Samples {

    private Samples() {
    }

    public static Scenario read(String name) throws Exception {
        return ScenarioFiles.read(Path.of("..", "samples", name));
    }
}
