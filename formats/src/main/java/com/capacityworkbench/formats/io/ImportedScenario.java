package com.capacityworkbench.formats.io;

import com.capacityworkbench.model.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;

/**
 * A scenario read from a file, with what the reader had to guess (warnings, not errors) and the scenario rules it
 * breaks (problems), each located as the format allows: {@code Workloads!C7: "8.000" was read as 8 …} in a workbook,
 * {@code workloads[6].demand: …} in JSON. A file whose scenario breaks rules still comes back, whatever its format,
 * so the desktop app can open it with the problems marked; the command line refuses it.
 */
public record ImportedScenario(Scenario scenario, List<FileProblem> warnings, List<FileProblem> problems) {

    public ImportedScenario {
        warnings = List.copyOf(warnings);
        problems = List.copyOf(problems);
    }

    public ImportedScenario(Scenario scenario, List<FileProblem> warnings) {
        this(scenario, warnings, List.of());
    }

    /** The scenario when it breaks no rule; otherwise every problem, as a file that cannot be used. */
    public Scenario valid(Path file) throws ScenarioFileException {
        if (!problems.isEmpty()) {
            throw new ScenarioFileException(file, problems);
        }
        return scenario;
    }
}
