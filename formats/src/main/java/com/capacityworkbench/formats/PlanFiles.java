package com.capacityworkbench.formats;

import com.capacityworkbench.formats.excel.ExcelPlanWriter;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.formats.json.PlanJson;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads and writes plan files by their extension: {@code .json} (see PlanJson) and, for writing,
 * {@code .xlsx} (see ExcelPlanWriter: the plan sheets with charts plus the scenario's sheets). Saves are atomic.
 */
public final class PlanFiles {

    private PlanFiles() {
    }

    public static Plan read(Path file) throws ScenarioFileException {
        return switch (extension(file)) {
            case "json" -> PlanJson.read(file);
            default -> throw unsupported(file);
        };
    }

    public static void write(Plan plan, Path file) throws ScenarioFileException {
        switch (extension(file)) {
            case "json" -> PlanJson.write(plan, file);
            case "xlsx" -> throw new ScenarioFileException(file,
                    "an Excel plan is written together with its scenario (PlanFiles.write(scenario, plan, file))");
            default -> throw unsupported(file);
        }
    }

    /** Writes a plan; an Excel workbook also carries the scenario's sheets, so it needs the scenario. */
    public static void write(Scenario scenario, Plan plan, Path file) throws ScenarioFileException {
        switch (extension(file)) {
            case "json" -> PlanJson.write(plan, file);
            case "xlsx" -> ExcelPlanWriter.write(scenario, plan, file);
            default -> throw unsupported(file);
        }
    }

    /** The extensions {@link #read} and {@link #write} know, for messages and file choosers. */
    public static String supportedExtensions() {
        return ".json";
    }

    /** The extensions {@link #write(Scenario, Plan, Path)} knows. */
    public static String writableExtensions() {
        return ".json, .xlsx";
    }

    private static ScenarioFileException unsupported(Path file) {
        String ext = extension(file);
        return new ScenarioFileException(file, (ext.isEmpty() ? "the file name has no extension"
                : "unsupported plan file type \"." + ext + "\"") + "; use " + supportedExtensions()
                + " (or .xlsx to write a plan workbook)");
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
