package com.capacityworkbench.app.cli.fuzz;

import com.capacityworkbench.app.cli.ExitCodes;
import com.capacityworkbench.app.cli.WorkbenchCommand;
import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.formats.ScenarioFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs the command line on mutated scenario files, as a planner would: {@code validate FILE}, and when it accepts,
 * {@code solve FILE --moves N}. Counts what happens; a crash is a validate that neither accepts nor rejects, or a
 * solve of an accepted file that ends other than 0 (feasible) or 3 (a hard rule broken), or that prints a stack
 * trace. The bases are the tiny sample, the EU sample and a small generated scenario with ramps and power caps,
 * each as JSON and as an Excel workbook, and the frontier sample with its variants as JSON.
 */
public final class ValidateThenSolve {

    /** How the cases ended. */
    public record Outcomes(int cases, int validated, int rejected, int feasible, int infeasible, List<String> crashes) {

        @Override
        public String toString() {
            return cases + " mutated scenarios: " + validated + " validated (solve exit 0: " + feasible + ", exit 3: "
                    + infeasible + "), " + rejected + " rejected, " + crashes.size() + " crashes";
        }
    }

    private final List<JsonMutator> json = new ArrayList<>();
    private final List<ExcelMutator> excel = new ArrayList<>();
    private final Path dir;
    private final long moves;

    /** @param moves the solve's move limit: small keeps a case in the tenths of a second */
    public ValidateThenSolve(Path dir, long moves) throws Exception {
        this.dir = dir;
        this.moves = moves;
        Path samples = Path.of("..", "samples");
        Path generated = dir.resolve("generated.json");
        ScenarioFiles.write(ScenarioGenerator.generate(new ScenarioGenerator.Settings(12, 5, 4, 7)), generated);
        for (String base : List.of("tiny", "eu-sovereign")) {
            json.add(new JsonMutator(base, samples.resolve(base + ".json")));
            excel.add(new ExcelMutator(base, ScenarioFiles.read(samples.resolve(base + ".json")), dir));
        }
        json.add(new JsonMutator("generated", generated));
        // JSON only: its what-if variants bring their own numbers (factors, delays, caps) to the mix.
        json.add(new JsonMutator("frontier-2027", samples.resolve("frontier-2027.json")));
        excel.add(new ExcelMutator("generated", ScenarioFiles.read(generated), dir));
    }

    /** Runs {@code cases} cases from {@code seed}: two in three JSON files, one in three workbooks. */
    public Outcomes run(int cases, long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        int validated = 0;
        int rejected = 0;
        int feasible = 0;
        int infeasible = 0;
        List<String> crashes = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            boolean workbook = i % 3 == 2;
            Path file = dir.resolve("case" + (workbook ? ".xlsx" : ".json"));
            String what = workbook ? excel.get(random.nextInt(excel.size())).mutate(random, file)
                    : json.get(random.nextInt(json.size())).mutate(random, file);
            Run validate = command("validate", file.toString());
            if (validate.exit() == ExitCodes.INVALID_INPUT) {
                rejected++;
                continue;
            }
            if (validate.exit() != ExitCodes.OK || validate.tracePrinted()) {
                crashes.add("case " + i + " (" + what + "): validate " + validate);
                continue;
            }
            validated++;
            Run solve = command("solve", file.toString(), "--moves", Long.toString(moves), "--seconds", "60",
                    "--seed", Integer.toString(i));
            if (solve.exit() == ExitCodes.OK && !solve.tracePrinted()) {
                feasible++;
            } else if (solve.exit() == ExitCodes.INFEASIBLE && !solve.tracePrinted()) {
                infeasible++;
            } else {
                crashes.add("case " + i + " (" + what + "): solve " + solve);
            }
        }
        return new Outcomes(cases, validated, rejected, feasible, infeasible, crashes);
    }

    /** A command's exit code and what it wrote to standard error, its own and the logging's. */
    private record Run(int exit, String err) {

        boolean tracePrinted() {
            return err.contains("\tat ") || err.contains("Exception");
        }

        @Override
        public String toString() {
            return "exit " + exit + (err.isBlank() ? "" : ": " + err.strip().lines().limit(6).toList());
        }
    }

    /** Runs a command in this JVM; the solver logs through slf4j-simple to System.err, caught here too. */
    private static Run command(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        PrintStream systemErr = System.err;
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            int exit = WorkbenchCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
            return new Run(exit, err + logged.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(systemErr);
        }
    }
}
