package com.capacityworkbench.app.gui;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.formats.json.ScenarioJson;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.validation.ScenarioValidator;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shipped samples, read the way the app reads them. */
public final class TestScenarios {

    private TestScenarios() {
    }

    public static Path samples() {
        Path here = Path.of("samples");
        return Files.isDirectory(here) ? here : Path.of("..", "samples");
    }

    public static Path frontierFile() {
        return samples().resolve("frontier-2027.json");
    }

    public static Scenario frontier() {
        try {
            return ScenarioJson.read(frontierFile());
        } catch (ScenarioFileException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ScenarioDocument frontierDocument() {
        return new ScenarioDocument(frontier(), ScenarioValidator::validate);
    }
}
