package com.capacityworkbench.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.AssignmentStatus;
import com.capacityworkbench.model.plan.Candidate;
import com.capacityworkbench.model.plan.CostCategory;
import com.capacityworkbench.model.plan.CostLine;
import com.capacityworkbench.model.plan.CostPart;
import com.capacityworkbench.model.plan.HardViolation;
import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.plan.LevelQuality;
import com.capacityworkbench.model.plan.PlanLevel;
import com.capacityworkbench.model.plan.PlanQuality;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.PoolUtilization;
import com.capacityworkbench.model.plan.ProviderUsage;
import com.capacityworkbench.model.plan.SitePower;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.testing.TestScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanJsonTest {

    @TempDir
    Path dir;

    static Plan plan() {
        var q1 = TestScenarios.Q1;
        var q2 = TestScenarios.Q2;
        Kpis kpis = new Kpis(1_234_567.89,
                Map.of(CostCategory.COMPUTE, 1_000_000.0, CostCategory.EGRESS, 234_567.89),
                Map.of("azure", 1_234_567.89),
                Map.of(q1, 600_000.0, q2, 634_567.89),
                List.of(new CostLine("azure", CostCategory.COMPUTE, q1, 600_000)),
                List.of(new ProviderUsage("azure", 8_000_000, 100)),
                List.of(new PoolUtilization("azure-h100", q1, 4000, 4096, 1_200.5)),
                List.of(new SitePower("azure-sweden", q1, 12.5, 50.0), new SitePower("azure-eastus", q1, 9.0, null)),
                1_200.5, 3_456.7, 1, 0, 0, Map.of(8, 600.0), 1, 1, 0);
        return new Plan("test", "0hard/-600medium/-1234567soft",
                List.of(new Assignment("pretrain", 0, 4000, "azure-h100", "azure-eastus", "azure", 4000, q1, q2,
                                1_000_000, AssignmentStatus.PLACED, "cheapest feasible pool", false),
                        new Assignment("chat", 0, 600, null, null, null, 0, q2, q2, 0, AssignmentStatus.UNPLACED,
                                "no EU pool has room", true)),
                kpis,
                List.of(new WorkloadExplanation("chat", "unplaced: no EU pool has room",
                        List.of(new CostPart(CostCategory.COMPUTE, 0, "none")),
                        List.of(new Candidate("sweden-h100", "azure-sweden", "azure", 1.5e6, "Capacity",
                                "Capacity: 1,024 free, 600 needed in 2027-Q3", false)),
                        null, "1,024 H100 in azure-sweden")),
                List.of(new HardViolation("Power", null, "azure-sweden 2027-Q1", "over cap by 2 MW")),
                new PlanQuality(List.of(new LevelQuality(PlanLevel.UNPLACED_DEMAND, 600, 600.0, true, false, null),
                        new LevelQuality(PlanLevel.COST, 1_234_567, 1_230_000.0, false, false, 4.5)), 10, 3));
    }

    @Test
    void savedPlanReadsBackEqual() throws Exception {
        Plan plan = plan();
        Path file = dir.resolve("plan.json");

        PlanJson.write(plan, file);

        assertThat(PlanJson.read(file)).isEqualTo(plan);
        String text = Files.readString(file);
        assertThat(text).startsWith("{\n  \"schemaVersion\": 1,\n  \"scenarioName\": \"test\",")
                .contains("\"costByCategory\": {\n      \"compute\": 1000000,\n      \"egress\": 234567.89\n    }")
                .doesNotContain("\"feasible\"").doesNotContain("\"placed\":");
    }

    @Test
    void theQualityIsSavedLevelByLevel() throws Exception {
        Path file = dir.resolve("plan.json");

        PlanJson.write(plan(), file);

        assertThat(Files.readString(file)).contains("\"quality\": {\n    \"levels\": [")
                .contains("\"level\": \"Unplaced demand\"").contains("\"level\": \"Cost\"")
                .contains("\"bound\": 1230000").contains("\"lastImprovedAt\": 4.5")
                .contains("\"solveSeconds\": 10").contains("\"seed\": 3");
    }

    @Test
    void aLevelResizedAfterTheSearchReadsBackSoAndOlderFilesWithoutTheFieldReadAsNotResized() throws Exception {
        PlanQuality resized = new PlanQuality(List.of(
                new LevelQuality(PlanLevel.UNPLACED_DEMAND, 560, 600.0, true, false, 2.0, true)), 10, 3);
        Plan plan = plan().withQuality(resized);
        Path file = dir.resolve("plan.json");

        PlanJson.write(plan, file);

        assertThat(Files.readString(file)).contains("\"resizedAfterSearch\": true");
        assertThat(PlanJson.read(file)).isEqualTo(plan);

        // Not resized: the field is left out, as in every file written before it, and reads back as false.
        PlanJson.write(plan(), file);
        assertThat(Files.readString(file)).contains("\"lastImprovedAt\": 4.5").doesNotContain("resizedAfterSearch");
        assertThat(PlanJson.read(file)).isEqualTo(plan());
    }

    @Test
    void aPlanWithoutQualityAsOlderFilesAreReadsBackWithout() throws Exception {
        Plan unsolved = plan().withQuality(null);
        Path file = dir.resolve("plan.json");

        PlanJson.write(unsolved, file);

        assertThat(Files.readString(file)).doesNotContain("quality");
        assertThat(PlanJson.read(file)).isEqualTo(unsolved);
        assertThat(PlanJson.read(file).quality()).isNull();
    }

    @Test
    void aBadPlanFileIsReportedByPath() throws Exception {
        Path file = dir.resolve("plan.json");
        PlanJson.write(plan(), file);
        Files.writeString(file, Files.readString(file).replace("\"status\": \"unplaced\"", "\"status\": \"lost\""));

        assertThatThrownBy(() -> PlanJson.read(file))
                .isInstanceOfSatisfying(ScenarioFileException.class, e -> assertThat(e.problems()).containsExactly(
                        new FileProblem("assignments[1].status",
                                "expected one of placed, unplaced, violating, got \"lost\" (line 29)")));
    }
}
