package com.capacityworkbench.app.gui.files;

import com.capacityworkbench.app.gui.service.ScenarioStore;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The autosave copy of unsaved work. It exists only while there are unsaved changes; a clean exit
 * removes it, so finding it at start means the app did not close normally and restoring is offered.
 */
public final class RecoveryStore {

    /** What a recovery file holds: the scenario and the file it came from (if any). */
    public record Recovered(Scenario scenario, @Nullable Path originalFile) {
    }

    private final ScenarioStore store;
    private final Path scenarioFile;
    private final Path originFile;

    public RecoveryStore(ScenarioStore store, Path directory) {
        this.store = store;
        this.scenarioFile = directory.resolve("recovery.json");
        this.originFile = directory.resolve("recovery-origin.txt");
    }

    public void save(Scenario scenario, @Nullable Path original) throws ScenarioFileException {
        try {
            Files.createDirectories(scenarioFile.getParent());
            store.write(scenario, scenarioFile);
            Files.writeString(originFile, original == null ? "" : original.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new ScenarioFileException(scenarioFile, "cannot write the recovery file: " + e.getMessage());
        }
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
            return Optional.of(new Recovered(store.read(scenarioFile), origin.isEmpty() ? null : Path.of(origin)));
        } catch (IOException | ScenarioFileException e) {
            return Optional.empty();
        }
    }

    public void clear() {
        try {
            Files.deleteIfExists(scenarioFile);
            Files.deleteIfExists(originFile);
        } catch (IOException e) {
            // A stale recovery file only means one extra restore offer next time.
        }
    }
}
