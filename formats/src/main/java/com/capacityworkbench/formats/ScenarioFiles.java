package com.capacityworkbench.formats;

import com.capacityworkbench.formats.excel.ExcelScenarioReader;
import com.capacityworkbench.formats.excel.ExcelScenarioWriter;
import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.formats.io.ImportedScenario;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.formats.json.ScenarioJson;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.validation.ScenarioValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes scenario files by their extension: {@code .json} (see ScenarioJson; {@code .cwb} is the same
 * JSON under the extension the installed app registers for double-click) and {@code .xlsx}
 * (see docs/spreadsheet-contract.md; an old {@code .xls} is read too).
 * Both formats take one path: what does not read (bad JSON, a cell of the wrong type) refuses the file; a scenario
 * that reads comes back with the rules it breaks, from the ScenarioValidator, located as the format allows
 * ({@code workloads[3].demand} in JSON, {@code Workloads!C5} in a workbook). Callers decide what a broken scenario
 * means: the desktop app opens it with its problems marked, the command line refuses it.
 */
public final class ScenarioFiles {

    private ScenarioFiles() {
    }

    /** The scenario in a file, whether or not it breaks rules ({@link #readWithWarnings} says which). */
    public static Scenario read(Path file) throws ScenarioFileException {
        return readWithWarnings(file).scenario();
    }

    /**
     * As {@link #read}, with what an Excel import had to guess (a JSON file has no warnings) and the rules the
     * scenario breaks.
     */
    public static ImportedScenario readWithWarnings(Path file) throws ScenarioFileException {
        return switch (extension(file)) {
            case "json", "cwb" -> checked(ScenarioJson.read(file));
            case "xlsx", "xls" -> ExcelScenarioReader.readWithWarnings(file);
            default -> throw unsupported(file);
        };
    }

    private static ImportedScenario checked(Scenario scenario) {
        List<FileProblem> problems = ScenarioValidator.validate(scenario).stream()
                .map(p -> new FileProblem(p.path(), p.message())).toList();
        return new ImportedScenario(scenario, List.of(), problems);
    }

    public static void write(Scenario scenario, Path file) throws ScenarioFileException {
        switch (extension(file)) {
            case "json", "cwb" -> ScenarioJson.write(scenario, file);
            case "xlsx" -> ExcelScenarioWriter.write(scenario, file);
            default -> throw unsupported(file);
        }
    }

    /** The extensions {@link #read} and {@link #write} know, for messages and file choosers. */
    public static String supportedExtensions() {
        return ".json, .cwb, .xlsx";
    }

    private static ScenarioFileException unsupported(Path file) {
        String ext = extension(file);
        return new ScenarioFileException(file, (ext.isEmpty() ? "the file name has no extension"
                : "unsupported file type \"." + ext + "\"") + "; use " + supportedExtensions());
    }

    static String extension(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
