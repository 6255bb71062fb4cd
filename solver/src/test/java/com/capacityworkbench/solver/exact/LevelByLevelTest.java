package com.capacityworkbench.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.build.SolutionBuilder;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.score.ScoreLevels;
import com.capacityworkbench.solver.service.PlacementSolverConfig;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.testing.Solving;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The samples' whole programs, solved level by level from the greedy start, end at the optima the bench's exact
 * reference proved independently (docs/benchmarks.md): each level optimal, with the value it must have.
 */
class LevelByLevelTest {

    @BeforeAll
    static void natives() {
        CpSatLibrary.load();
    }

    @ParameterizedTest(name = "{0}, raced by two seeds: {4}")
    @CsvSource({
        // sample, unplaced demand, first refusal (ref-accel-hours), dollars (score units are 100 per unit).
        // tiny's optimum leaves 100 unplaced: a workload no pool may take, which stays out of the program.
        "tiny.json,              0,           3506400,   13767907, false",
        "eu-sovereign.json,  11400,                 0, 1102880234, false",
        "frontier-2027.json,     0,        4260994812, 4977433929, false",
        "tiny.json,              0,           3506400,   13767907, true",
        "eu-sovereign.json,  11400,                 0, 1102880234, true",
        "frontier-2027.json,     0,        4260994812, 4977433929, true"})
    void reachesTheProvenOptimumOnEveryLevel(String sample, long unplaced, long firstRefusal, long dollars,
            boolean raced) throws Exception {
        PlacementSolution plan = SolutionBuilder.build(Solving.sample(sample));
        PlacementProgram program = PlacementProgram.of(plan, Slice.whole(plan), RuleWeights.of(plan.getConstraintWeightOverrides()));
        LevelByLevel.Limits limits = new LevelByLevel.Limits(120, 0, System.nanoTime() + 600_000_000_000L, 1, 1);

        LevelByLevel.Result result = LevelByLevel.solve(program, raced ? limits.racingTwoSeeds() : limits, () -> false);

        assertThat(result.everyLevelOptimal()).isTrue();
        assertThat(value(result.levels(), ScoreLevels.UNPLACED)).isEqualTo(unplaced * ScoreLevels.WEIGHT_SCALE);
        assertThat(value(result.levels(), ScoreLevels.FIRST_REFUSAL)).isEqualTo(firstRefusal * ScoreLevels.WEIGHT_SCALE);
        assertThat(value(result.levels(), ScoreLevels.COST)).isEqualTo(dollars * ScoreLevels.WEIGHT_SCALE);
        assertThat(result.levels()).allSatisfy(l -> assertThat(l.bound()).isEqualTo(l.value()));
    }

    /** A level may take its share of the time left where that is more than its own limit, never beyond the deadline. */
    @Test
    void aLevelMayTakeItsShareOfTheTimeLeft() {
        LevelByLevel.Limits tenSecondsLeft = new LevelByLevel.Limits(1, 0, System.nanoTime() + 10_000_000_000L, 1, 1);
        LevelByLevel.Limits oneSecondLeft = new LevelByLevel.Limits(5, 0, System.nanoTime() + 1_000_000_000L, 1, 1);
        int cost = ScoreLevels.COST;

        assertThat(tenSecondsLeft.secondsForLevelStartingNow(cost)).isEqualTo(1);
        assertThat(tenSecondsLeft.takingUpTo(TimeShare.everyLevel(0.5)).secondsForLevelStartingNow(cost)).isBetween(4.0, 5.0);
        assertThat(tenSecondsLeft.takingUpTo(TimeShare.everyLevel(0.05)).secondsForLevelStartingNow(cost))
                .as("its own limit is more").isEqualTo(1);
        assertThat(oneSecondLeft.takingUpTo(TimeShare.everyLevel(0.5)).secondsForLevelStartingNow(cost)).isBetween(0.0, 1.0);

        LevelByLevel.Limits unplacedOnly = tenSecondsLeft.takingUpTo(TimeShare.unplacedLevel(0.5));
        assertThat(unplacedOnly.secondsForLevelStartingNow(ScoreLevels.UNPLACED)).isBetween(4.0, 5.0);
        assertThat(unplacedOnly.secondsForLevelStartingNow(ScoreLevels.FIRST_REFUSAL)).as("a level below").isEqualTo(1);
        assertThat(unplacedOnly.secondsForLevelStartingNow(cost)).isEqualTo(1);
    }

    /** A share is of the time left, so between none and all of it. */
    @Test
    void aShareOfTheTimeLeftIsBetweenNoneAndAll() {
        assertThatThrownBy(() -> TimeShare.everyLevel(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a share of 1.5 of the time left");
        assertThatThrownBy(() -> TimeShare.unplacedLevel(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(TimeShare.NONE.secondsFor(ScoreLevels.UNPLACED, 2, 30)).isEqualTo(2);
        assertThat(TimeShare.everyLevel(1).secondsFor(ScoreLevels.PROVIDER_SHARE, 2, 30)).isEqualTo(30);
    }

    /**
     * A slice whose work is all placed starts at 0 on the unplaced level: that is optimal without a search (every term
     * is a penalty of at least 0), so it is reported so even with no time left. Searched, CP-SAT spent its whole limit
     * failing to prove it. The same slice of a plan that breaks a hard rule is no such start: the program's limits may
     * have to move its work.
     */
    @Test
    void aLevelTheStartHasAtZeroIsOptimalWithoutASearch() {
        Scenario scenario = ScenarioGenerator.generate(new ScenarioGenerator.Settings(40, 8, 4, 1));
        PlacementSolution plan = scored(scenario, SolutionBuilder.build(scenario));
        assertThat(plan.getScore().isFeasible()).isTrue();
        assertThat(plan.getScore().softScore(ScoreLevels.UNPLACED)).as("work unplaced elsewhere").isNegative();
        Slice placedOnOnePool = placedOn(busiestPool(plan), plan);
        long noTimeLeft = System.nanoTime() - 1;
        LevelByLevel.Limits limits = new LevelByLevel.Limits(1, 0, noTimeLeft, 1, 1);

        LevelByLevel.Result feasibleStart = LevelByLevel.solve(program(plan, placedOnOnePool), limits, () -> false);

        assertThat(feasibleStart.levels()).first()
                .isEqualTo(new LevelOutcome(ScoreLevels.UNPLACED, 0, 0, true));

        plan.setScore(BendableScore.of(new long[] {-1}, plan.getScore().softScores()));
        LevelByLevel.Result brokenStart = LevelByLevel.solve(program(plan, placedOnOnePool), limits, () -> false);

        assertThat(brokenStart.levels()).as("nothing searched without time").isEmpty();
    }

    /**
     * Small slices of a greedy plan that leaves work unplaced, as the exact search draws them: presolved, CP-SAT runs
     * out of time on the unplaced level of some (its bound far below), while without presolve every one is proven
     * optimal in the same deterministic time, never at a worse value.
     */
    @Test
    void withoutPresolveASmallSlicesUnplacedLevelIsProven() {
        Scenario scenario = ScenarioGenerator.generate(new ScenarioGenerator.Settings(120, 10, 6, 1));
        PlacementSolution plan = scored(scenario, SolutionBuilder.build(scenario));
        SliceChooser chooser = new SliceChooser(plan, 60);
        SplittableRandom random = new SplittableRandom(1);
        LevelByLevel.Limits presolved =
                new LevelByLevel.Limits(Double.MAX_VALUE, 0.5, System.nanoTime() + 600_000_000_000L, 1, 1);
        int unprovenPresolved = 0;

        for (int i = 0; i < 12; i++) {
            Slice slice = chooser.next(random);
            LevelByLevel.Result presolvedResult = LevelByLevel.solve(program(plan, slice), presolved, () -> false);
            LevelOutcome withPresolve = presolvedResult.levels().getFirst();
            LevelOutcome without = LevelByLevel.solve(program(plan, slice), presolved.searchingUnplacedUnpresolved(),
                    () -> false).levels().getFirst();

            assertThat(without.level()).isEqualTo(ScoreLevels.UNPLACED);
            assertThat(without.optimal()).as("slice %d proven without presolve", i).isTrue();
            assertThat(without.value()).as("slice %d", i).isLessThanOrEqualTo(withPresolve.value());
            unprovenPresolved += withPresolve.optimal() ? 0 : 1;
            chooser.solved(presolvedResult.everyLevelOptimal());
        }
        assertThat(unprovenPresolved).as("slices left unproven with presolve").isGreaterThanOrEqualTo(3);
    }

    private static PlacementSolution scored(Scenario scenario, PlacementSolution plan) {
        SolutionManager.create(SolverFactory.<PlacementSolution>create(
                PlacementSolverConfig.of(new SolveRequest(scenario, null, Duration.ofMinutes(1), null, 1_000L, 1), false)))
                .update(plan);
        return plan;
    }

    private static PlacementProgram program(PlacementSolution plan, Slice slice) {
        return PlacementProgram.of(plan, slice, RuleWeights.of(plan.getConstraintWeightOverrides()));
    }

    private static PlacementPool busiestPool(PlacementSolution plan) {
        Map<PlacementPool, Integer> shards = new LinkedHashMap<>();
        plan.getShards().stream().filter(s -> s.getPool() != null && !s.isPinned())
                .forEach(s -> shards.merge(s.getPool(), 1, Integer::sum));
        return shards.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The movable shards on the pool, free to stay or leave for nowhere else: none of them unplaced. */
    private static Slice placedOn(PlacementPool pool, PlacementSolution plan) {
        Map<String, List<Shard>> byWorkload = new LinkedHashMap<>();
        plan.getShards().stream().filter(s -> s.getPool() == pool && !s.isPinned())
                .forEach(s -> byWorkload.computeIfAbsent(s.getWorkload(), w -> new ArrayList<>()).add(s));
        return Slice.of(byWorkload, Set.of(pool));
    }

    private static long value(List<LevelOutcome> levels, int level) {
        return levels.stream().filter(l -> l.level() == level).findFirst().orElseThrow().value();
    }
}
