package com.capacityworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.quality.LevelFormat;
import com.capacityworkbench.formats.PlanFiles;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.LevelQuality;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.PlanLevel;
import com.capacityworkbench.model.plan.PlanQuality;
import com.capacityworkbench.solver.service.SolveProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolveCommandTest extends CommandTest {

    private static final Path TINY = Path.of("..", "samples", "tiny.json");

    @TempDir
    Path dir;


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
        // Total cost and idle committed are printed together: the line under them says how they relate.
        assertThat(out.toString().lines().dropWhile(l -> !l.startsWith("  Idle committed/self-built capacity $"))
                .skip(1).findFirst().orElseThrow()).isEqualTo("    Committed and self-built capacity is paid whether "
                        + "used or not: the total cost leaves it out, and idle committed is the part of it left unused.");
        Plan saved = PlanFiles.read(plan);
        assertThat(saved.assignments()).hasSize(7);
        assertThat(saved.explanations()).hasSize(6);
    }

    @Test
    void theSummarySaysHowGoodThePlanIsLevelByLevelWithoutTheRawScore() throws Exception {
        Path plan = dir.resolve("plan.json");
        int code = run("solve", TINY.toString(), "--seconds", "2", "--out", plan.toString());

        assertThat(code).isEqualTo(ExitCodes.OK);
        String text = out.toString();
        Plan saved = PlanFiles.read(plan);
        PlanQuality quality = saved.quality();
        assertThat(quality).as("the solve records its quality in the plan file").isNotNull();
        // tiny counts unplaced demand, first refusal (strict), cost and latency; its share cap is 100 %.
        assertThat(quality.levels()).extracting(LevelQuality::level).containsExactly(PlanLevel.UNPLACED_DEMAND,
                PlanLevel.FIRST_REFUSAL, PlanLevel.COST, PlanLevel.LATENCY);
        assertThat(text).contains("  Quality: " + quality.summary() + "\n");
        for (LevelQuality level : quality.levels()) {
            assertThat(text).containsPattern("\\n    " + Pattern.quote(level.level().label()) + " +"
                    + Pattern.quote(LevelFormat.value(level)) + " +" + Pattern.quote(level.status()) + " +"
                    + Pattern.quote(level.improvement()) + "\\n");
        }
        assertThat(LevelFormat.value(quality.level(PlanLevel.COST))).startsWith("$");
        assertThat(LevelFormat.value(quality.level(PlanLevel.UNPLACED_DEMAND))).endsWith(" ref accel × priority");
        assertThat(text).doesNotContain("hard/").doesNotContain("soft").doesNotContain("score")
                .doesNotContain(saved.score());
    }

    @Test
    void aProgressLineNamesEachLevelWithItsValueAndStatus() {
        SolveProgress progress = new SolveProgress(Duration.ofMillis(20_400), List.of(
                new LevelQuality(PlanLevel.UNPLACED_DEMAND, 0, 0.0, true, false, null),
                new LevelQuality(PlanLevel.FIRST_REFUSAL, 4_271_964_000.0, 4_260_000_000.0, false, false, 12.0),
                new LevelQuality(PlanLevel.COST, 4_977_825_605.0, 4_960_000_000.0, false, true, 18.0)), 65_432, true);

        assertThat(SolveCommand.ProgressPrinter.line(progress)).isEqualTo("   20 s  65,432 moves/s  "
                + "Unplaced demand 0 ref accel × priority, proven optimal · "
                + "First refusal 4,271,964,000 ref-accel-hours off the primary, within 0.3 % of its bound · "
                + "Cost $4.98B, within 0.4 % of its bound (given the levels above)");
        assertThat(SolveCommand.ProgressPrinter.line(new SolveProgress(Duration.ofSeconds(10), List.of(), 0, false)))
                .isEqualTo("   10 s  0 moves/s  (a hard rule is still broken)  no plan yet");
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

    @Test
    void aMoveLimitGivesTheSamePlanEveryRun() throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        assertThat(run("solve", TINY.toString(), "--moves", "500", "--seed", "3", "--out", first.toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(run("solve", TINY.toString(), "--moves", "500", "--seed", "3", "--out", second.toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(PlanFiles.read(second).assignments()).isEqualTo(PlanFiles.read(first).assignments());
    }

    @Test
    void aMoveLimitBelowOneIsRefused() {
        assertThat(run("solve", TINY.toString(), "--moves", "0")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("solve: --moves must be at least 1, got 0");
    }

    @Test
    void aWorkbookPlanIsFirstSavedInFullAsJsonBesideIt() throws Exception {
        Path workbook = dir.resolve("plan.xlsx");

        assertThat(run("solve", TINY.toString(), "--moves", "500", "--seed", "3", "--out", workbook.toString()))
                .isEqualTo(ExitCodes.OK);

        Path json = dir.resolve("plan.json");
        assertThat(out.toString()).containsPattern(Pattern.quote("Plan saved to " + json + " (") + "\\d+\\.\\d s\\)\n"
                + Pattern.quote("Plan saved to " + workbook + " ("));
        assertThat(PlanFiles.read(json).assignments()).hasSize(7);
        assertThat(Files.size(workbook)).isPositive();
    }

    @Test
    void aWorkbookThatCannotBeWrittenExitsTwoNamingTheFileAndTheJsonPlanIsKept() throws Exception {
        Path workbook = Files.createDirectory(dir.resolve("plan.xlsx"));

        int code = run("solve", TINY.toString(), "--moves", "500", "--seed", "3", "--out", workbook.toString());

        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        Path json = dir.resolve("plan.json");
        assertThat(err.toString()).contains(workbook + ": cannot be written: cannot save: it is a folder; the plan is saved in "
                + json);
        assertThat(PlanFiles.read(json).assignments()).hasSize(7);
    }

    @Test
    void aPlanFileInAMissingFolderExitsTwoNamingIt() {
        Path missing = dir.resolve("no-such-folder").resolve("plan.json");

        assertThat(run("solve", TINY.toString(), "--moves", "500", "--out", missing.toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains(missing + ": cannot be written: cannot save: the folder");
    }
}
