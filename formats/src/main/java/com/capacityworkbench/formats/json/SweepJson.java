package com.capacityworkbench.formats.json;

import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.portfolio.SweepResult;
import java.nio.file.Path;

/**
 * Sweep files in JSON (issue #16): the settings, the inputs' names and every finished future, with the same
 * conventions, errors and atomic saves as {@link ScenarioJson}; the summaries are worked out again when read.
 */
public final class SweepJson {

    private SweepJson() {
    }

    public static SweepResult read(Path file) throws ScenarioFileException {
        return JsonDocument.read(file, SweepResult.class);
    }

    public static void write(SweepResult sweep, Path file) throws ScenarioFileException {
        JsonDocument.write(sweep, file);
    }
}
