package com.capacityworkbench.app.cli;

import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.formats.PlanFiles;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Saves a solved plan where {@code --out} says. A workbook is slow to write and can fail after a long solve, so a
 * {@code .xlsx} plan is first saved in full as JSON beside it ({@code plan.xlsx} → {@code plan.json}): whatever
 * happens to the workbook, the solve is not lost.
 */
final class PlanOutput {

    private PlanOutput() {
    }

    /** @return false when a file could not be written (every problem printed to {@code err}, naming the file) */
    static boolean save(Scenario scenario, Plan plan, Path out, PrintWriter stdout, PrintWriter err) {
        Path json = isWorkbook(out) ? jsonBeside(out) : null;
        if (json != null && !write(scenario, plan, json, stdout, err, "")) {
            return false;
        }
        String keptNote = json == null ? "" : "; the plan is saved in " + json;
        return write(scenario, plan, out, stdout, err, keptNote);
    }

    private static boolean write(Scenario scenario, Plan plan, Path file, PrintWriter stdout, PrintWriter err,
                                 String keptNote) {
        long started = System.nanoTime();
        try {
            PlanFiles.write(scenario, plan, file);
            stdout.println(String.format(Locale.ROOT, "Plan saved to %s (%.1f s)", file,
                    (System.nanoTime() - started) / 1e9));
            stdout.flush();
            return true;
        } catch (ScenarioFileException e) {
            err.println(e.file() + ": cannot be written: " + e.problems().stream().map(FileProblem::toString)
                    .collect(Collectors.joining("; ")) + keptNote);
            return false;
        }
    }

    static boolean isWorkbook(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** plan.xlsx → plan.json in the same folder. */
    static Path jsonBeside(Path workbook) {
        String name = workbook.getFileName().toString();
        return workbook.resolveSibling(name.substring(0, name.length() - ".xlsx".length()) + ".json");
    }
}
