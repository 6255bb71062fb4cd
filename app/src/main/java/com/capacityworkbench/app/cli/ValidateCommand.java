package com.capacityworkbench.app.cli;

import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.formats.io.ImportedScenario;
import com.capacityworkbench.formats.ScenarioFiles;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.model.validation.ValidationProblem;
import com.capacityworkbench.model.validation.VariantChecks;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * ./workbench validate FILE…: reads each scenario, checks it and its what-if variants, and lists every
 * problem as "file: path: message".
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks scenario files and lists every problem (file: path: message) on stderr, and every "
                + "guess an Excel import made (file: warning: Sheet!Cell: message).",
            "Exit 0 when every file is valid, 2 otherwise."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (.json or .xlsx).")
    private List<Path> files;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int invalidFiles = 0;
        int problemCount = 0;
        for (Path file : files) {
            List<String> problems = problems(file, out, err);
            problems.forEach(problem -> err.println(file + ": " + problem));
            if (!problems.isEmpty()) {
                invalidFiles++;
                problemCount += problems.size();
            }
        }
        if (invalidFiles > 0) {
            err.println(problemCount + (problemCount == 1 ? " problem" : " problems") + " in " + invalidFiles
                    + " of " + files.size() + (files.size() == 1 ? " file" : " files"));
        }
        out.flush();
        err.flush();
        return invalidFiles == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    /** Everything wrong with one file: what stopped it being read, or every rule it breaks. */
    private static List<String> problems(Path file, PrintWriter out, PrintWriter err) {
        try {
            ImportedScenario imported = ScenarioFiles.readWithWarnings(file);
            ScenarioInput.printWarnings(file, imported, err);
            Scenario scenario = imported.scenario();
            List<String> problems = imported.problems().stream().map(FileProblem::toString).toList();
            if (problems.isEmpty()) {
                // Variants are checked against a valid base only: on a broken base every variant breaks too.
                problems = VariantChecks.validate(scenario).stream().map(ValidationProblem::toString).toList();
            }
            if (problems.isEmpty()) {
                out.println(file + ": valid (" + scenario.workloads().size() + " workloads, " + scenario.pools().size()
                        + " pools, " + scenario.horizon().size() + " periods"
                        + ScenarioInput.warningCount(imported) + ")");
            }
            return problems;
        } catch (ScenarioFileException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
    }
}
