package com.capacityworkbench.formats.json;

import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.scenario.Scenario;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;

/**
 * Scenario files in JSON (docs/scenario-json.md): field names are the record component names, choices
 * are written by their labels, periods as "2027-Q1"; a left-out optional field means what a blank cell means in
 * the spreadsheet ({@link OmittedFields}). Reading reports syntax errors by line and column
 * and content errors by path; it does not run the {@link com.capacityworkbench.model.validation.ScenarioValidator}.
 * Writing is atomic: a failed save leaves the existing file as it was.
 */
public final class ScenarioJson {

    private ScenarioJson() {
    }

    public static Scenario read(Path file) throws ScenarioFileException {
        return JsonDocument.read(file, Scenario.class, OmittedFields::fill);
    }

    public static void write(Scenario scenario, Path file) throws ScenarioFileException {
        JsonDocument.write(scenario, file);
    }

    /** The text {@link #write} would save; throws when a value cannot be written (e.g. NaN). */
    public static String toJson(Scenario scenario) throws JsonProcessingException {
        return JsonDocument.toText(scenario);
    }
}
