package com.capacityworkbench.app.gui.service;

import com.capacityworkbench.formats.ScenarioFiles;
import com.capacityworkbench.formats.io.ImportedScenario;
import com.capacityworkbench.formats.PlanBeside;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.plan.KeptPlan;
import com.capacityworkbench.model.scenario.Scenario;
import java.nio.file.Path;
import java.util.Optional;

/** Scenario files through the model's ScenarioFiles (JSON, and whatever formats it learns). */
public final class ModelScenarioStore implements ScenarioStore {

    @Override
    public Scenario read(Path file) throws ScenarioFileException {
        return ScenarioFiles.read(file);
    }

    @Override
    public ImportedScenario readWithWarnings(Path file) throws ScenarioFileException {
        return ScenarioFiles.readWithWarnings(file);
    }

    @Override
    public void write(Scenario scenario, Path file) throws ScenarioFileException {
        ScenarioFiles.write(scenario, file);
    }

    @Override
    public Optional<KeptPlan> readPlanBeside(Path scenarioFile) throws ScenarioFileException {
        return PlanBeside.read(scenarioFile);
    }

    @Override
    public void writePlanBeside(Path scenarioFile, KeptPlan plan) throws ScenarioFileException {
        PlanBeside.write(scenarioFile, plan);
    }
}
