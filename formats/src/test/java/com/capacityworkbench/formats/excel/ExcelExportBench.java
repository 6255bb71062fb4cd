package com.capacityworkbench.formats.excel;

import com.capacityworkbench.formats.ScenarioFiles;
import com.capacityworkbench.formats.json.PlanJson;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Not a test: measures exporting a solved plan to a workbook, for docs/benchmarks.md.
 * {@code java -Xmx1g -cp ... ExcelExportBench SCENARIO.json PLAN.json OUT.xlsx [RUNS]}; prints each run's wall time,
 * the median, the file size and the most heap in use at any time (all pools, garbage included), beside the heap the
 * scenario and plan take by themselves.
 */
public final class ExcelExportBench {

    private ExcelExportBench() {
    }

    public static void main(String[] args) throws Exception {
        Scenario scenario = ScenarioFiles.read(Path.of(args[0]));
        Plan plan = PlanJson.read(Path.of(args[1]));
        Path out = Path.of(args[2]);
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        System.gc();
        long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        List<Long> wallMs = new ArrayList<>();
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            ExcelPlanWriter.write(scenario, plan, out);
            long ms = (System.nanoTime() - start) / 1_000_000;
            long used = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            peak = Math.max(peak, used);
            wallMs.add(ms);
            System.out.printf("run %d: %,d ms, peak heap %,d MB%n", i + 1, ms, used >> 20);
        }
        Collections.sort(wallMs);
        System.out.printf("%s: median %,d ms of %d runs, %,d kB, peak heap %,d MB (scenario and plan alone %,d MB;"
                        + " max heap %,d MB)%n", args[1], wallMs.get(wallMs.size() / 2), runs, Files.size(out) / 1024,
                peak >> 20, before >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}
