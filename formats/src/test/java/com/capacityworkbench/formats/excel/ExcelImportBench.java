package com.capacityworkbench.formats.excel;

import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.model.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Not a test: measures importing a generated 5,000-workload workbook (validator included), for the closing note.
 * {@code java -cp ... ExcelImportBench [WORKLOADS]}; prints the median of 5 timed reads after 2 warm-ups,
 * in CPU time of the reading thread (steady on a shared machine) and in wall time.
 */
public final class ExcelImportBench {

    private ExcelImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        // The project's generator: realistic providers, sites, pools and datasets around the workloads.
        Scenario scenario = ScenarioGenerator.generate(new ScenarioGenerator.Settings(count, 200, 10, 42));
        Path file = Files.createTempFile("bench-", ".xlsx");
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long writeStart = threads.getCurrentThreadCpuTime();
        ExcelScenarioWriter.write(scenario, file);
        long writeMs = (threads.getCurrentThreadCpuTime() - writeStart) / 1_000_000;
        List<Long> millis = new ArrayList<>();
        List<Long> wall = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long start = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            Scenario read = ExcelScenarioReader.read(file);
            long ms = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
            if (!read.equals(scenario)) {
                throw new IllegalStateException("the workbook did not read back as written");
            }
            if (i >= 2) {
                millis.add(ms);
                wall.add((System.nanoTime() - wallStart) / 1_000_000);
            }
        }
        Collections.sort(millis);
        Collections.sort(wall);
        System.out.printf("%d workloads, %d kB: export %d ms CPU (cold); import median %d ms CPU (min %d, max %d),"
                        + " median %d ms wall%n",
                count, Files.size(file) / 1024, writeMs, millis.get(millis.size() / 2), millis.getFirst(),
                millis.getLast(), wall.get(wall.size() / 2));
        Files.delete(file);
    }
}
