package com.capacityworkbench.formats.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated 5,000 × 300 × 12 plan exported under a 512 MB heap (its own surefire run, the tag "heap-capped" in model/pom.xml). The
 * workbook writer that held every sheet in memory needed 3.2 GB for the solved plan of that size and wrote one
 * Explanations row per workload × pool: 1.5 million rows for this plan, past Excel's 1,048,576.
 */
@Tag("heap-capped")
class LargePlanExportTest {

    @TempDir
    Path dir;

    @Test
    void aPlanOfFiveThousandWorkloadsAndThreeHundredPoolsIsWrittenInASmallHeap() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).as("the heap cap of this test's surefire run")
                .isLessThanOrEqualTo(600L << 20);
        Scenario scenario = ScenarioGenerator.generate(new ScenarioGenerator.Settings(5_000, 300, 12, 1));
        Plan plan = TestPlans.everyCandidate(scenario);
        Path file = dir.resolve("plan.xlsx");

        ExcelPlanWriter.write(scenario, plan, file);

        Map<String, StreamedSheets.SheetSummary> sheets = StreamedSheets.read(file, 4);
        assertThat(sheets.get("Plan").rows()).isEqualTo(1 + plan.assignments().size());
        assertThat(sheets.get("Workloads").rows()).isEqualTo(1 + 5_000);
        assertThat(sheets.get("Utilization").rows()).isEqualTo(1 + 300);
        // Five candidates per workload: its pool, then the cheapest blocked ones with the rule that blocks each.
        var explanations = sheets.get("Explanations");
        assertThat(explanations.rows()).isEqualTo(1 + 5_000 * ExplanationRows.TOP_CANDIDATES);
        String first = scenario.workloads().getFirst().id();
        assertThat(explanations.cell("A2")).isEqualTo(first);
        assertThat(explanations.cell("C2")).isEqualTo(scenario.pools().getFirst().id());
        assertThat(explanations.cell("G2")).isEqualTo("yes");
        assertThat(explanations.cell("L2")).isEqualTo("300");
        assertThat(explanations.cell("A3")).isEqualTo(first);
        assertThat(explanations.cell("C3")).isEqualTo(scenario.pools().get(1).id());
        assertThat(explanations.cell("H3")).isEqualTo("Capacity");
        assertThat(explanations.cell("I3")).startsWith("Capacity: needs 1,024 more accelerators");
        assertThat(explanations.cell("L3")).isNull();
    }
}
