package com.capacityworkbench.app.cli;

import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.formats.json.SweepJson;
import com.capacityworkbench.model.portfolio.SweepResult;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.uncertainty.UncertainInput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How a command reads a sweep of a scenario: it must have been drawn from that scenario's uncertain inputs. */
final class SweepInput {

    private SweepInput() {
    }

    /** The sweep in {@code file}, or null after printing why it cannot be read or does not belong to the scenario. */
    static @Nullable SweepResult read(Path file, Scenario scenario, PrintWriter err) {
        SweepResult sweep;
        try {
            sweep = SweepJson.read(file);
        } catch (ScenarioFileException e) {
            ScenarioInput.printUnreadable(e, err);
            return null;
        }
        String mismatch = mismatch(sweep, scenario);
        if (mismatch != null) {
            err.println(file + ": " + mismatch + System.lineSeparator()
                    + "  Maybe sweep the scenario again: ./workbench sweep SCENARIO --out SWEEP.json");
            return null;
        }
        return sweep;
    }

    /** Why the sweep cannot be of this scenario, in words; null when it can. */
    static @Nullable String mismatch(SweepResult sweep, Scenario scenario) {
        if (sweep.samples().isEmpty()) {
            return "the sweep has no finished futures";
        }
        List<String> inputs = scenario.uncertainty().inputs().stream().map(UncertainInput::name).toList();
        List<String> unknown = sweep.inputs().stream().filter(i -> !inputs.contains(i)).toList();
        if (!unknown.isEmpty()) {
            return "the sweep's uncertain inputs " + unknown + " are not in \"" + scenario.name() + "\" (it has "
                    + (inputs.isEmpty() ? "none" : inputs) + ")";
        }
        List<String> horizon = scenario.horizon().periods().stream().map(Period::toString).toList();
        List<String> outside = sweep.periods().stream().filter(p -> !horizon.contains(p)).toList();
        if (!outside.isEmpty()) {
            return "the sweep has costs for " + outside + ", outside the scenario's horizon " + horizon.getFirst()
                    + " – " + horizon.getLast();
        }
        return null;
    }
}
