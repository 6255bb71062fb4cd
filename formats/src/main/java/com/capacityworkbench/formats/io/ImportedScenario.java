package com.capacityworkbench.formats.io;

import com.capacityworkbench.model.scenario.Scenario;
import java.util.List;

/**
 * A scenario read from a file, with what the reader had to guess (warnings, not errors), each located like a
 * problem: {@code Workloads!C7: "8.000" was read as 8 …}. A JSON file has none.
 */
public record ImportedScenario(Scenario scenario, List<FileProblem> warnings) {

    public ImportedScenario {
        warnings = List.copyOf(warnings);
    }
}
