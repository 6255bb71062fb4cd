package com.capacityworkbench.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.solver.build.SolutionBuilder;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSite;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.score.ScoreLevels;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The relaxation of the dollars with the unplaced level held: each group's placed shards spread within the room and
 * the power, its dollars no more than any plan placing the same work can reach, and the slice it gives holding
 * exactly the groups that sit otherwise, free on their pools and the relaxation's.
 */
class HeldRelaxationTest {

    /** Generated with first refusal as a premium (the generator draws the mode from the seed). */
    private static final long PREMIUM_SEED = 4;

    @BeforeAll
    static void natives() {
        CpSatLibrary.load();
    }

    private static PlacementSolution greedyPlan(long seed) {
        return SolutionBuilder.build(ScenarioGenerator.generate(new ScenarioGenerator.Settings(40, 8, 4, seed)));
    }

    private static HeldRelaxation relax(PlacementSolution plan, Slice whole) {
        HeldRelaxation relaxation = HeldRelaxation.solve(plan, whole, RuleWeights.of(plan.getConstraintWeightOverrides()), 10);
        assertThat(relaxation).as("solved in time").isNotNull();
        return relaxation;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, PREMIUM_SEED})
    void everyGroupKeepsItsPlacedShardsWithinThePoolsRoomAndTheSitesPower(long seed) {
        PlacementSolution plan = greedyPlan(seed);
        Slice whole = Slice.whole(plan);
        try (HeldRelaxation relaxation = relax(plan, whole)) {
            assertSpreadFits(plan, whole, relaxation);
            relaxation.spreadAgain(new SplittableRandom(seed));
            assertSpreadFits(plan, whole, relaxation);
        }
    }

    private static void assertSpreadFits(PlacementSolution plan, Slice whole, HeldRelaxation relaxation) {
        Map<PlacementPool, double[]> accelerators = new HashMap<>();
        Map<PlacementSite, double[]> watts = new HashMap<>();
        int slots = plan.getPools().getFirst().slotCount();
        for (Shard pinned : plan.getShards()) {
            if (pinned.isPinned() && pinned.getPool() != null) {
                for (int slot : pinned.slotIndices()) {
                    accelerators.computeIfAbsent(pinned.getPool(), p -> new double[slots])[slot] += pinned.option().accelerators();
                    watts.computeIfAbsent(pinned.getPool().getSite(), s -> new double[slots])[slot] += pinned.option().watts();
                }
            }
        }
        for (int g = 0; g < whole.groups().size(); g++) {
            ShardGroup group = whole.groups().get(g);
            int[] current = group.currentCounts();
            double sum = 0;
            for (int i = 0; i < group.pools().size(); i++) {
                double count = relaxation.count(g, i);
                assertThat(count).isGreaterThanOrEqualTo(-1e-9);
                sum += count;
                PlacementPool pool = group.pools().get(i);
                for (int slot : group.first().slotIndices()) {
                    accelerators.computeIfAbsent(pool, p -> new double[slots])[slot]
                            += count * group.first().optionOn(pool).accelerators();
                    watts.computeIfAbsent(pool.getSite(), s -> new double[slots])[slot]
                            += count * group.first().optionOn(pool).watts();
                }
            }
            assertThat(sum).as("group of %s keeps its placed shards", group.first().getWorkload())
                    .isCloseTo(group.size() - current[group.pools().size()], within(1e-6));
        }
        accelerators.forEach((pool, used) -> {
            for (int slot = 0; slot < slots; slot++) {
                assertThat(used[slot]).as("%s in slot %d", pool.getId(), slot).isLessThanOrEqualTo(pool.countIn(slot) + 1e-6);
            }
        });
        watts.forEach((site, used) -> {
            for (int slot = 0; slot < slots; slot++) {
                assertThat(used[slot]).as("%s in slot %d", site.getId(), slot)
                        .isLessThanOrEqualTo(site.capWatts(slot) * (1 + 1e-9) + 1e-6);
            }
        });
    }

    @Test
    void itsDollarsAreNoMoreThanTheBestPlanPlacingTheSameWork() {
        PlacementSolution plan = greedyPlan(PREMIUM_SEED);
        assertThat(plan.getPolicy().firstRefusal()).isEqualTo(FirstRefusalMode.PREFERENCE);
        Slice whole = Slice.whole(plan);
        RuleWeights weights = RuleWeights.of(plan.getConstraintWeightOverrides());
        PlacementProgram program = PlacementProgram.of(plan, whole, weights);
        LevelByLevel.Result best = LevelByLevel.solve(program, LevelByLevel.BELOW_UNPLACED,
                new LevelByLevel.Limits(60, 0, System.nanoTime() + 300_000_000_000L, 1, 1), () -> false);
        LevelOutcome dollars = best.levels().stream().filter(l -> l.level() == ScoreLevels.COST).findFirst().orElseThrow();
        assertThat(dollars.optimal()).as("the held program's dollars proven").isTrue();

        try (HeldRelaxation relaxation = relax(plan, whole)) {
            double relaxed = 0;
            double greedy = 0;
            for (int g = 0; g < whole.groups().size(); g++) {
                ShardGroup group = whole.groups().get(g);
                int[] current = group.currentCounts();
                for (int i = 0; i < group.pools().size(); i++) {
                    long each = PlacementProgram.dollars(group.first().optionOn(group.pools().get(i)), true, weights);
                    relaxed += relaxation.count(g, i) * each;
                    greedy += current[i] * (double) each;
                }
            }
            // The program's dollars add the once-paid charges the relaxation leaves out: a bound all the same.
            assertThat(relaxed).isLessThanOrEqualTo(dollars.value() * (1 + 1e-9));
            assertThat(relaxed).as("the greedy plan leaves dollars to save").isLessThan(greedy);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, PREMIUM_SEED})
    void theSliceHoldsTheGroupsPlacedOtherwiseFreeOnTheirPoolsAndTheRelaxations(long seed) {
        PlacementSolution plan = greedyPlan(seed);
        Slice whole = Slice.whole(plan);
        try (HeldRelaxation relaxation = relax(plan, whole)) {
            Slice slice = relaxation.differingFrom();
            Map<Shard, ShardGroup> freed = new HashMap<>();
            slice.groups().forEach(group -> group.shards().forEach(shard -> freed.put(shard, group)));
            assertThat(slice.groups()).as("the greedy plan is not the relaxation's").isNotEmpty();
            assertThat(slice.whole()).isFalse();
            for (int g = 0; g < whole.groups().size(); g++) {
                ShardGroup group = whole.groups().get(g);
                int[] current = group.currentCounts();
                boolean differs = false;
                for (int i = 0; i < group.pools().size(); i++) {
                    differs |= Math.abs(current[i] - relaxation.count(g, i)) > 1e-6;
                }
                ShardGroup inSlice = freed.get(group.first());
                if (!differs) {
                    assertThat(inSlice).as("%s sits as the relaxation has it", group.first().getWorkload()).isNull();
                    continue;
                }
                assertThat(inSlice).as("%s sits otherwise", group.first().getWorkload()).isNotNull();
                assertThat(inSlice.shards()).isEqualTo(group.shards());
                for (int i = 0; i < group.pools().size(); i++) {
                    boolean wanted = current[i] > 0 || relaxation.count(g, i) > 1e-6;
                    assertThat(inSlice.pools().contains(group.pools().get(i))).isEqualTo(wanted);
                }
            }
        }
    }

    @Test
    void aSpreadAgainIsReproducibleAndMovesTheSlice() {
        PlacementSolution plan = greedyPlan(1);
        Slice whole = Slice.whole(plan);
        try (HeldRelaxation first = relax(plan, whole); HeldRelaxation second = relax(plan, whole)) {
            List<ShardGroup> before = first.differingFrom().groups();
            assertThat(first.spreadAgain(new SplittableRandom(9))).isTrue();
            assertThat(second.spreadAgain(new SplittableRandom(9))).isTrue();
            assertThat(first.differingFrom().groups()).isEqualTo(second.differingFrom().groups());
            assertThat(first.differingFrom().groups()).as("another optimum, another slice").isNotEqualTo(before);
        }
    }
}
