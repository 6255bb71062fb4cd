package com.capacityworkbench.app.cli;

import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.formats.io.ImportedScenario;
import com.capacityworkbench.formats.PlanFiles;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.formats.ScenarioFiles;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How commands that work on a scenario read it: every problem printed to stderr, nothing done with a bad one. */
final class ScenarioInput {

    private ScenarioInput() {
    }

    /** The valid scenario in {@code file}, or null after printing why not ({@code verb}: "solved", "compared"). */
    static @Nullable Scenario readValid(Path file, PrintWriter err, String verb) {
        ImportedScenario imported;
        try {
            imported = ScenarioFiles.readWithWarnings(file);
        } catch (ScenarioFileException e) {
            printUnreadable(e, err);
            return null;
        }
        printWarnings(file, imported, err);
        List<FileProblem> problems = imported.problems();
        if (!problems.isEmpty()) {
            err.println(file + ": " + problems.size() + " problem(s); nothing was " + verb);
            problems.forEach(p -> err.println("  " + p));
            return null;
        }
        return imported.scenario();
    }

    /** The plan in {@code file}, or null after printing why it cannot be read. */
    static @Nullable Plan readPlan(Path file, PrintWriter err) {
        try {
            return PlanFiles.read(file);
        } catch (ScenarioFileException e) {
            printUnreadable(e, err);
            return null;
        }
    }

    /** What an Excel import guessed, one line each: {@code plan.xlsx: warning: Pools!D2: "8.000" was read as 8 …}. */
    static void printWarnings(Path file, ImportedScenario imported, PrintWriter err) {
        imported.warnings().forEach(w -> err.println(file + ": warning: " + w));
    }

    /** ", 2 warnings" for a summary line; empty when there are none. */
    static String warningCount(ImportedScenario imported) {
        int n = imported.warnings().size();
        return n == 0 ? "" : ", " + n + (n == 1 ? " warning" : " warnings");
    }

    static void printUnreadable(ScenarioFileException e, PrintWriter err) {
        err.println(e.file() + ": cannot be read");
        for (FileProblem problem : e.problems()) {
            err.println("  " + problem);
        }
    }
}
