package com.capacityworkbench.bench.cli;

import com.capacityworkbench.bench.measure.BaselineMeasurement;
import com.capacityworkbench.bench.measure.ExactMeasurement;
import com.capacityworkbench.bench.measure.SolverMeasurement;
import com.capacityworkbench.bench.report.CaseResults;
import com.capacityworkbench.bench.report.SummaryTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Prints the tables again from the logs of one or more runs (also of a run that was stopped half-way). */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Prints the Markdown tables from the measuring JVMs' logs of one or more run folders.")
final class SummarizeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", description = "Run folders (bench/target/results/<time>)")
    List<Path> runs;

    @Override
    public Integer call() throws Exception {
        Map<String, CaseResults> cases = new LinkedHashMap<>();
        for (Path run : runs) {
            List<Path> logs;
            try (Stream<Path> files = Files.list(run.resolve("logs"))) {
                logs = files.filter(f -> f.toString().endsWith(".log")).sorted().toList();
            }
            for (Path log : logs) {
                for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                    if (line.startsWith(Json.RESULT_PREFIX)) {
                        add(cases, log.getFileName().toString(), line.substring(Json.RESULT_PREFIX.length()));
                    }
                }
            }
        }
        System.out.println(SummaryTable.markdown(new ArrayList<>(cases.values())));
        return 0;
    }

    private static void add(Map<String, CaseResults> cases, String logName, String json) throws Exception {
        String caseId = Json.MAPPER.readTree(json).get("caseId").asText();
        CaseResults r = cases.computeIfAbsent(caseId, CaseResults::new);
        if (logName.contains("_solver_")) {
            r.add(Json.MAPPER.readValue(json, SolverMeasurement.class));
        } else if (logName.contains("_exact_")) {
            r.add(Json.MAPPER.readValue(json, ExactMeasurement.class));
        } else {
            r.add(Json.MAPPER.readValue(json, BaselineMeasurement.class));
        }
    }
}
