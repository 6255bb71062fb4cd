package com.capacityworkbench.solver.service;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.plan.LevelQuality;
import com.capacityworkbench.model.plan.PlanLevel;
import com.capacityworkbench.model.plan.PlanQuality;
import com.capacityworkbench.solver.score.ScoreLevels;
import com.capacityworkbench.solver.testing.RandomScenarios;
import org.junit.jupiter.api.Test;

/** What a solve says about its plan's levels, before and after split workloads are resized at its end. */
class QualityTrackerTest {

    private static final long SCALE = ScoreLevels.WEIGHT_SCALE;

    private final QualityTracker tracker = new QualityTracker(RandomScenarios.generate(3, 20, 4, 4));

    private static BendableScore score(long unplaced, long cost) {
        return BendableScore.of(new long[] {0}, new long[] {-unplaced * SCALE, 0, -cost * SCALE, 0, 0});
    }

    private LevelQuality level(PlanLevel level) {
        return tracker.levels().stream().filter(l -> l.level() == level).findFirst().orElseThrow();
    }

    /** A search that improves once, at 4 s, to 1,000 unplaced and $5,000, and proves the unplaced level there. */
    private BendableScore searched() {
        BendableScore plan = score(1_000, 5_000);
        tracker.best(score(1_200, 6_000), 1.0);
        tracker.best(plan, 4.0);
        tracker.bounded(plan, ScoreLevels.UNPLACED, 1_000 * SCALE, true, false);
        return plan;
    }

    @Test
    void aProvenLevelStaysProvenWhileThePlanKeepsIt() {
        searched();

        LevelQuality unplaced = level(PlanLevel.UNPLACED_DEMAND);
        assertThat(unplaced.optimal()).isTrue();
        assertThat(unplaced.resizedAfterSearch()).isFalse();
        assertThat(unplaced.lastImprovedAt()).isEqualTo(4.0);
        assertThat(tracker.quality(60, 1).summary())
                .isEqualTo("Cost: no bound known; no improvement for 56 s of the 60 s solve");
    }

    @Test
    void resizingAfterTheSearchKeepsTheSearchsProofAsItsAndIsNoImprovementOfTheSearch() {
        BendableScore searched = searched();
        tracker.bounded(searched, ScoreLevels.COST, 4_900 * SCALE, false, false);

        tracker.reshaped(score(960, 5_050));

        LevelQuality unplaced = level(PlanLevel.UNPLACED_DEMAND);
        assertThat(unplaced.value()).isEqualTo(960);
        assertThat(unplaced.bound()).isEqualTo(1_000);
        assertThat(unplaced.proven()).isTrue();
        assertThat(unplaced.resizedAfterSearch()).isTrue();
        assertThat(unplaced.optimal()).as("a proof for the search's shards, not for the resized plan").isFalse();
        assertThat(unplaced.lastImprovedAt()).isEqualTo(4.0);
        LevelQuality cost = level(PlanLevel.COST);
        assertThat(cost.value()).isEqualTo(5_050);
        assertThat(cost.bound()).isEqualTo(4_900);
        assertThat(cost.status()).isEqualTo("within 3.1 % of the search's bound (split workloads resized after it)");
        PlanQuality quality = tracker.quality(120, 1);
        assertThat(quality.summary()).isEqualTo("Unplaced demand below the optimum the search proved (split workloads "
                + "resized after it); no improvement for 116 s of the 120 s solve");
        assertThat(tracker.everyLevelProven()).isFalse();
    }

    @Test
    void withoutABoundTheResizedPlanSaysNoneIsKnown() {
        tracker.best(score(1_000, 5_000), 2.0);

        tracker.reshaped(score(990, 5_010));

        assertThat(level(PlanLevel.UNPLACED_DEMAND).status()).isEqualTo("no bound known");
        assertThat(level(PlanLevel.UNPLACED_DEMAND).value()).isEqualTo(990);
        assertThat(tracker.lastImprovementAt()).isEqualTo(2.0);
    }
}
