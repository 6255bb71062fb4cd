package com.capacityworkbench.app.gui;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.formats.json.ScenarioJson;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.uncertainty.DiscreteDistribution;
import com.capacityworkbench.model.uncertainty.DiscreteDistribution.Outcome;
import com.capacityworkbench.model.uncertainty.TriangularDistribution;
import com.capacityworkbench.model.uncertainty.UncertainInput;
import com.capacityworkbench.model.uncertainty.UncertainKind;
import com.capacityworkbench.model.uncertainty.UncertaintyModel;
import com.capacityworkbench.model.validation.ScenarioValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

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

    /** The purchase sample: frontier-2027 with offers, build-outs and spend terms (issue #17). */
    public static Path buyFile() {
        return samples().resolve("frontier-2028-buy.json");
    }

    public static ScenarioDocument buyDocument() {
        try {
            return new ScenarioDocument(ScenarioJson.read(buyFile()), ScenarioValidator::validate);
        } catch (ScenarioFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The tiny sample with two uncertain inputs, written to {@code dir}: its MI300X pool slips two quarters with odds
     * of 40 %, and chat demand may grow up to 60 %.
     */
    public static Path uncertainTiny(Path dir) {
        Path file = dir.resolve("uncertain-tiny.json");
        try {
            Scenario tiny = ScenarioJson.read(samples().resolve("tiny.json")).withUncertainty(new UncertaintyModel(List.of(
                    new UncertainInput("Abilene slip", UncertainKind.POOL_DELAY, "pool", "abilene-mi300x",
                            new DiscreteDistribution(List.of(new Outcome(0, 0.6), new Outcome(2, 0.4))), null, Set.of()),
                    new UncertainInput("Chat growth", UncertainKind.DEMAND_FACTOR, "workload", "chat-serving",
                            new TriangularDistribution(0.9, 1.1, 1.6), null, Set.of()))));
            ScenarioJson.write(tiny, file);
        } catch (ScenarioFileException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }
}
