package com.capacityworkbench.app.gui.service;

import com.capacityworkbench.formats.io.ImportedScenario;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.scenario.Scenario;
import java.nio.file.Path;

/** Reads and writes scenario files (the model's file formats, chosen by extension). */
public interface ScenarioStore {

    Scenario read(Path file) throws ScenarioFileException;

    /** As {@link #read}, with what an import had to guess (Excel). */
    ImportedScenario readWithWarnings(Path file) throws ScenarioFileException;

    void write(Scenario scenario, Path file) throws ScenarioFileException;
}
