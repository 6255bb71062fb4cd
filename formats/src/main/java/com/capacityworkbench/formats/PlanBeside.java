package com.capacityworkbench.formats;

import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.formats.json.KeptPlanJson;
import com.capacityworkbench.model.plan.KeptPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The plan kept beside a scenario file: {@code frontier.json} keeps its plan in {@code frontier.plan.json}. Beside,
 * not inside, so the scenario file stays what the spreadsheet contract and older versions read.
 */
public final class PlanBeside {

    private static final String SUFFIX = ".plan.json";

    private PlanBeside() {
    }

    public static Path fileFor(Path scenarioFile) {
        String name = scenarioFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return scenarioFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SUFFIX);
    }

    /** The kept plan, if the scenario has one; an unreadable one is reported, not ignored. */
    public static Optional<KeptPlan> read(Path scenarioFile) throws ScenarioFileException {
        Path file = fileFor(scenarioFile);
        return Files.isRegularFile(file) ? Optional.of(KeptPlanJson.read(file)) : Optional.empty();
    }

    public static void write(Path scenarioFile, KeptPlan kept) throws ScenarioFileException {
        KeptPlanJson.write(kept, fileFor(scenarioFile));
    }

    /** Removes a kept plan that no longer belongs to the file (the scenario was saved without a plan). */
    public static void remove(Path scenarioFile) throws ScenarioFileException {
        Path file = fileFor(scenarioFile);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new ScenarioFileException(file, "cannot remove the old plan: " + e.getMessage());
        }
    }
}
