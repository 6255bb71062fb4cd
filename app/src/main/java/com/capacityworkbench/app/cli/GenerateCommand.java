package com.capacityworkbench.app.cli;

import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.formats.ScenarioFiles;
import com.capacityworkbench.model.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** ./workbench generate: a random, valid, realistic scenario; the same options always give the same file. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a random scenario that passes validation, for tests and benchmarks.",
            "The same options give the same file, byte for byte."})
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--workloads", paramLabel = "N", defaultValue = "200", description = "Workloads (1-20000; default ${DEFAULT-VALUE}).")
    private int workloads;

    @Option(names = "--pools", paramLabel = "M", defaultValue = "30", description = "Pools (1-2000; default ${DEFAULT-VALUE}).")
    private int pools;

    @Option(names = "--periods", paramLabel = "P", defaultValue = "8", description = "Quarters from 2026-Q3 (1-40; default ${DEFAULT-VALUE}).")
    private int periods;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Scenario file to write (.json or .xlsx).")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ScenarioGenerator.Settings settings;
        try {
            settings = new ScenarioGenerator.Settings(workloads, pools, periods, seed);
        } catch (IllegalArgumentException e) {
            err.println("workbench generate: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        Scenario scenario = ScenarioGenerator.generate(settings);
        try {
            ScenarioFiles.write(scenario, out);
        } catch (ScenarioFileException e) {
            err.println(e.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        }
        spec.commandLine().getOut().println("wrote " + out + ": " + workloads + " workloads, " + pools + " pools, "
                + periods + " periods (seed " + seed + ")");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
