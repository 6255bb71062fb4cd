package com.capacityworkbench.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words a planner reads about a plan's quality, level by level and in one line. */
class PlanQualityTest {

    private static LevelQuality proven(PlanLevel level, double value) {
        return new LevelQuality(level, value, value, true, false, null);
    }

    @Test
    void aLevelSaysHowFarItIsFromItsBound() {
        assertThat(proven(PlanLevel.UNPLACED_DEMAND, 0).status()).isEqualTo("proven optimal");
        assertThat(new LevelQuality(PlanLevel.COST, 1004, 1000.0, false, false, 3.0).status())
                .isEqualTo("within 0.4 % of its bound");
        assertThat(new LevelQuality(PlanLevel.COST, 1000, 1000.0, false, false, 3.0).status()).isEqualTo("at its bound");
        assertThat(new LevelQuality(PlanLevel.COST, 1250, 1000.0, false, false, 3.0).status())
                .isEqualTo("within 25 % of its bound");
        assertThat(new LevelQuality(PlanLevel.LATENCY, 120, null, false, false, null).status()).isEqualTo("no bound known");
        assertThat(new LevelQuality(PlanLevel.LATENCY, 120, 0.0, false, false, null).status())
                .isEqualTo("above its bound of 0");
    }

    @Test
    void aBoundOfZeroHasNoGapUnderAPositiveValue() {
        assertThat(new LevelQuality(PlanLevel.LATENCY, 120, 0.0, false, false, null).gapPct()).isNull();
        assertThat(new LevelQuality(PlanLevel.LATENCY, 120, null, false, false, null).gapPct()).isNull();
    }

    @Test
    void aValueOfZeroCannotGoLowerSoItIsOptimalWithoutAProof() {
        LevelQuality share = new LevelQuality(PlanLevel.PROVIDER_SHARE, 0, null, false, false, null);

        assertThat(share.optimal()).isTrue();
        assertThat(share.gapPct()).isZero();
        assertThat(share.status()).isEqualTo("proven optimal");
        assertThat(share.headline()).isEqualTo("Provider share proven optimal");
        PlanQuality quality = new PlanQuality(List.of(proven(PlanLevel.COST, 5), share), 3, 1);
        assertThat(quality.provenOptimal()).isTrue();
        assertThat(quality.summary()).isEqualTo("Proven optimal on every level (solved in 3.0 s)");
    }

    @Test
    void aGapIsRoundedUpSoWithinStaysTrue() {
        assertThat(new LevelQuality(PlanLevel.COST, 1004.1, 1000.0, false, false, null).status())
                .isEqualTo("within 0.5 % of its bound");
        assertThat(new LevelQuality(PlanLevel.COST, 1000.01, 1000.0, false, false, null).status())
                .isEqualTo("within 0.1 % of its bound");
        assertThat(new LevelQuality(PlanLevel.COST, 1000.01, 1000.0, false, false, null).gapPct())
                .isCloseTo(0.001, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aBoundThatHoldsOnlyGivenTheLevelsAboveSaysSo() {
        LevelQuality cost = new LevelQuality(PlanLevel.COST, 1004, 1000.0, false, true, 3.0);

        assertThat(cost.status()).isEqualTo("within 0.4 % of its bound (given the levels above)");
        assertThat(cost.headline()).isEqualTo("Cost within 0.4 % of its bound (given the levels above)");
    }

    @Test
    void aLevelSaysWhenItLastImproved() {
        assertThat(new LevelQuality(PlanLevel.COST, 1004, null, false, false, 12.3).improvement())
                .isEqualTo("last improved at 12 s");
        assertThat(new LevelQuality(PlanLevel.COST, 1004, null, false, false, 2.34).improvement())
                .isEqualTo("last improved at 2.3 s");
        assertThat(proven(PlanLevel.COST, 5).improvement()).isEqualTo("unchanged since the first plan");
        assertThat(new LevelQuality(PlanLevel.LATENCY, 120, null, false, false, null).headline())
                .isEqualTo("Latency: no bound known");
    }

    @Test
    void aPlanProvenOnEveryLevelSaysSoWithTheSolveTime() {
        PlanQuality quality = new PlanQuality(List.of(proven(PlanLevel.UNPLACED_DEMAND, 0), proven(PlanLevel.COST, 5)),
                2.6, 1);

        assertThat(quality.provenOptimal()).isTrue();
        assertThat(quality.summary()).isEqualTo("Proven optimal on every level (solved in 2.6 s)");
        assertThat(quality.summarySoFar()).isEqualTo("Proven optimal on every level");
    }

    @Test
    void otherwiseTheSummaryNamesTheFirstOpenLevelAndHowLongTheSolveWasQuiet() {
        PlanQuality quality = new PlanQuality(List.of(
                new LevelQuality(PlanLevel.UNPLACED_DEMAND, 0, 0.0, true, false, 1.0),
                new LevelQuality(PlanLevel.COST, 1004, 1000.0, false, false, 40.0),
                new LevelQuality(PlanLevel.LATENCY, 12, null, false, true, null)), 60, 1);

        assertThat(quality.provenOptimal()).isFalse();
        assertThat(quality.lastImprovedAt()).isEqualTo(40.0);
        assertThat(quality.level(PlanLevel.COST)).isSameAs(quality.levels().get(1));
        assertThat(quality.level(PlanLevel.FIRST_REFUSAL)).isNull();
        assertThat(quality.summary()).isEqualTo("Cost within 0.4 % of its bound; no improvement for 20 s of the 60 s solve");
        assertThat(quality.summarySoFar()).isEqualTo("Cost within 0.4 % of its bound; no improvement for 20 s");
    }

    @Test
    void aSolveThatImprovedToTheEndSaysSo() {
        PlanQuality quality = new PlanQuality(List.of(new LevelQuality(PlanLevel.COST, 1004, null, false, false, 59.8)),
                60, 1);

        assertThat(quality.summary()).isEqualTo("Cost: no bound known; still improving at the end of the 60 s solve");
        assertThat(quality.summarySoFar()).isEqualTo("Cost: no bound known; improving");
    }

    @Test
    void aProofMadeBeforeShardsWereResizedIsTheSearchsAndNoLongerAProof() {
        // The search proved 1,000 unplaced optimal for its shards; resizing split workloads then placed 40 more.
        LevelQuality unplaced = new LevelQuality(PlanLevel.UNPLACED_DEMAND, 960, 1000.0, true, false, 12.0, true);
        LevelQuality cost = new LevelQuality(PlanLevel.COST, 1030, 1000.0, false, true, 30.0, true);

        assertThat(unplaced.optimal()).isFalse();
        assertThat(unplaced.status()).isEqualTo("below the optimum the search proved (split workloads resized after it)");
        assertThat(new LevelQuality(PlanLevel.UNPLACED_DEMAND, 1000, 1000.0, true, false, 12.0, true).status())
                .isEqualTo("at the optimum the search proved (split workloads resized after it)");
        assertThat(cost.status()).isEqualTo("within 3.0 % of the search's bound (split workloads resized after it)");
        assertThat(new LevelQuality(PlanLevel.LATENCY, 5, 0.0, false, false, null, true).status())
                .isEqualTo("above the search's bound of 0 (split workloads resized after it)");
        // Nothing to resize below 0: a level at 0 is optimal however it got there.
        assertThat(new LevelQuality(PlanLevel.PROVIDER_SHARE, 0, 0.0, true, false, null, true).optimal()).isTrue();
        // The last improvement is the search's: the resizing at the end is not a reason to solve longer.
        assertThat(new PlanQuality(List.of(unplaced, cost), 60, 1).summary()).isEqualTo("Unplaced demand below the optimum "
                + "the search proved (split workloads resized after it); no improvement for 30 s of the 60 s solve");
    }

    @Test
    void aPlanTakenIntoAWiderProblemKeepsItsValuesAndLosesItsBounds() {
        PlanQuality narrower = new PlanQuality(List.of(proven(PlanLevel.UNPLACED_DEMAND, 40),
                new LevelQuality(PlanLevel.COST, 1004, 1000.0, false, true, 7.0, true), proven(PlanLevel.LATENCY, 0)), 20, 4);

        PlanQuality wider = narrower.withoutBounds();

        assertThat(wider.levels()).extracting(LevelQuality::value).containsExactly(40.0, 1004.0, 0.0);
        assertThat(wider.levels()).extracting(LevelQuality::bound).containsOnlyNulls();
        assertThat(wider.levels()).extracting(LevelQuality::status)
                .containsExactly("no bound known", "no bound known", "proven optimal");
        assertThat(wider.lastImprovedAt()).isEqualTo(7.0);
        assertThat(wider.solveSeconds()).isEqualTo(20);
        assertThat(wider.seed()).isEqualTo(4);
    }

    @Test
    void aScenarioWithEveryWeightZeroHasNoLevelToReport() {
        PlanQuality quality = new PlanQuality(List.of(), 1.5, 1);

        assertThat(quality.provenOptimal()).isFalse();
        assertThat(quality.summary()).isEqualTo("No level of the score counts in this scenario (every weight is 0); solved in 1.5 s");
    }
}
