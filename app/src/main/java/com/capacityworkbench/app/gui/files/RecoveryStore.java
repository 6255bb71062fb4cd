package com.capacityworkbench.app.gui.files;

import com.capacityworkbench.app.gui.service.ScenarioStore;
import com.capacityworkbench.formats.PlanBeside;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.plan.KeptPlan;
import com.capacityworkbench.model.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The autosave copy of unsaved work: the scenario, and the plan on screen kept beside it as a saved file keeps its
 * plan ({@code recovery.plan.json}). It exists only while there are unsaved changes; a clean exit removes it, so
 * finding it at start means the app did not close normally and restoring is offered.
 */
public final class RecoveryStore {

    /** What a recovery file holds: the scenario, the file it came from (if any) and the plan shown with it (if any). */
    public record Recovered(Scenario scenario, @Nullable Path originalFile, @Nullable KeptPlan plan) {
    }

    private final ScenarioStore store;
    private final Path scenarioFile;
    private final Path originFile;
    /** The plan written last: a minute's autosave of the same plan rewrites only the scenario. */
    private volatile @Nullable KeptPlan planWritten;

    public RecoveryStore(ScenarioStore store, Path directory) {
        this.store = store;
        this.scenarioFile = directory.resolve("recovery.json");
        this.originFile = directory.resolve("recovery-origin.txt");
    }

    public void save(Scenario scenario, @Nullable Path original, @Nullable KeptPlan plan) throws ScenarioFileException {
        try {
            Files.createDirectories(scenarioFile.getParent());
            store.write(scenario, scenarioFile);
            Files.writeString(originFile, original == null ? "" : original.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new ScenarioFileException(scenarioFile, "cannot write the recovery file: " + e.getMessage());
        }
        if (plan == null) {
            PlanBeside.remove(scenarioFile);
        } else if (plan != planWritten || !Files.isRegularFile(PlanBeside.fileFor(scenarioFile))) {
            store.writePlanBeside(scenarioFile, plan);
        }
        planWritten = plan;
    }

    public boolean exists() {
        return Files.isRegularFile(scenarioFile);
    }

    public Optional<Recovered> load() {
        if (!exists()) {
            return Optional.empty();
        }
        try {
            String origin = Files.isRegularFile(originFile) ? Files.readString(originFile).trim() : "";
            return Optional.of(new Recovered(store.read(scenarioFile), origin.isEmpty() ? null : Path.of(origin),
                    plan()));
        } catch (IOException | ScenarioFileException e) {
            return Optional.empty();
        }
    }

    /** The plan kept with the recovery copy; an unreadable one is left out: the unsaved edits matter more. */
    private @Nullable KeptPlan plan() {
        try {
            return store.readPlanBeside(scenarioFile).orElse(null);
        } catch (ScenarioFileException e) {
            return null;
        }
    }

    public void clear() {
        try {
            Files.deleteIfExists(scenarioFile);
            Files.deleteIfExists(originFile);
            Files.deleteIfExists(PlanBeside.fileFor(scenarioFile));
            planWritten = null;
        } catch (IOException e) {
            // A stale recovery file only means one extra restore offer next time.
        }
    }
}
