package com.capacityworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.io.PlanFiles;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Plan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolveCommandTest {

    private static final Path TINY = Path.of("..", "samples", "tiny.json");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return WorkbenchCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void solvesTheTinySampleSavesThePlanAndExitsZero() throws Exception {
        Path plan = dir.resolve("plan.json");
        int code = run("solve", TINY.toString(), "--seconds", "3", "--out", plan.toString());

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString())
                .contains("Workloads: 5 placed, 1 unplaced")
                .contains("First refusal: 2 honoured on the primary, 1 placed elsewhere")
                .contains("frontier-pretrain: The primary azure declined: Capacity: pool azure-swc-h100 full in 2027-Q1")
                .contains("sovereign-finetune: no pool passes the placement rules (Sovereign cloud 4)")
                .contains("Every hard rule holds.");
        Plan saved = PlanFiles.read(plan);
        assertThat(saved.assignments()).hasSize(7);
        assertThat(saved.explanations()).hasSize(6);
    }

    @Test
    void aPinnedShardThatBreaksResidencyMakesThePlanInfeasibleWithExitThree() throws Exception {
        Path plan = dir.resolve("plan.json");
        assertThat(run("solve", TINY.toString(), "--seconds", "2", "--out", plan.toString())).isZero();
        Plan solved = PlanFiles.read(plan);
        List<Assignment> pinnedWrong = solved.assignments().stream().map(a -> a.workload().equals("eu-chat-finetune")
                ? new Assignment(a.workload(), a.shard(), a.demand(), "azure-eus-h100", null, null, 0, a.from(), a.to(), 0,
                        a.status(), null, true)
                : a).toList();
        Path edited = dir.resolve("edited.json");
        PlanFiles.write(solved.withAssignments(pinnedWrong), edited);

        int code = run("solve", TINY.toString(), "--seconds", "2", "--from", edited.toString());

        assertThat(code).isEqualTo(ExitCodes.INFEASIBLE);
        assertThat(out.toString()).contains("INFEASIBLE: 3 hard rule breaks (Capacity 2, Residency 1)")
                .contains("Capacity: pool azure-eus-h100 over in 2027-Q1 (600 used of 500)")
                .contains("Residency: dataset eu-chat-logs may stay only in EU; site azure-east-us is US [eu-chat-finetune]");
    }

    @Test
    void aMissingScenarioIsBadInputWithoutAStackTrace() {
        Path missing = dir.resolve("nope.json");
        int code = run("solve", missing.toString());
        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("nope.json").doesNotContain("Exception");
    }

    @Test
    void anInvalidScenarioIsReportedAndNotSolved() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(TINY).replace("\"site\" : \"abilene-campus\"", "\"site\" : \"atlantis\"")
                .replace("\"site\": \"abilene-campus\"", "\"site\": \"atlantis\""));
        int code = run("solve", broken.toString(), "--seconds", "1");
        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("atlantis");
        assertThat(out.toString()).doesNotContain("Plan for");
    }

    @Test
    void aTimeLimitBelowOneSecondIsRefusedBeforeReadingTheScenario() {
        int code = run("solve", "no-such-file.json", "--seconds", "0");

        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("solve: --seconds must be at least 1, got 0");
    }
}
