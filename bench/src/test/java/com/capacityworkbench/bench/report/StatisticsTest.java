package com.capacityworkbench.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.bench.exact.LevelOutcome;
import com.capacityworkbench.bench.exact.ScoreLevel;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertThat(Statistics.median(List.of(9.0, 1.0, 5.0))).isEqualTo(5.0);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(Statistics.median(List.of(4.0, 1.0, 10.0, 2.0))).isEqualTo(3.0);
    }

    @Test
    void medianOfNothingIsAnError() {
        assertThatThrownBy(() -> Statistics.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lowerMedianOfScoresTakesTheWorseOfTheTwoMiddleOnes() {
        BendableScore a = score(0, -5, -100);
        BendableScore b = score(0, -5, -50);
        BendableScore c = score(0, 0, -900);
        BendableScore d = score(-1, 0, 0);

        assertThat(Statistics.lowerMedian(List.of(c, a, d, b), Comparator.naturalOrder())).isEqualTo(a);
        assertThat(Statistics.lowerMedian(List.of(c, a, b), Comparator.naturalOrder())).isEqualTo(b);
    }

    @Test
    void verdictComparesOnTheFirstLevelThatDiffers() {
        Verdict worseCost = Verdict.compare(score(0, -10, -110), score(0, -10, -100));
        Verdict betterUnplaced = Verdict.compare(score(0, -5, -900), score(0, -10, -100));

        assertThat(worseCost.level()).isEqualTo(ScoreLevel.COST);
        assertThat(worseCost.relative()).isCloseTo(0.10, within(1e-12));
        assertThat(worseCost.isWorse()).isTrue();
        assertThat(betterUnplaced.level()).isEqualTo(ScoreLevel.UNPLACED);
        assertThat(betterUnplaced.relative()).isCloseTo(-0.5, within(1e-12));
        assertThat(betterUnplaced.isWorse()).isFalse();
        assertThat(Verdict.compare(score(-3, 0, 0), score(0, -10, -100)).isWorse()).isTrue();
        assertThat(Verdict.compare(score(0, -10, -100), score(0, -10, -100))).isEqualTo(Verdict.EQUAL);
        assertThat(Statistics.lowerMedian(List.of(Verdict.EQUAL, worseCost, betterUnplaced), Verdict.WORST_FIRST))
                .isEqualTo(Verdict.EQUAL);
    }

    @Test
    void gapToExactSkipsProvenLevelsTheSolverMatchesAndMeasuresTheNextAgainstItsBound() {
        List<LevelOutcome> levels = List.of(
                level(ScoreLevel.UNPLACED, 10, 10, true),
                level(ScoreLevel.FIRST_REFUSAL, 0, 0, true),
                level(ScoreLevel.COST, 1_000, 980, false),
                level(ScoreLevel.LATENCY, 0, 0, true),
                level(ScoreLevel.PROVIDER_SHARE, 0, 0, true));

        Verdict gap = ExactGap.of(score(0, -10, -1_029), levels);
        Verdict moreUnplaced = ExactGap.of(score(0, -11, -500), levels);

        assertThat(gap.level()).isEqualTo(ScoreLevel.COST);
        assertThat(gap.relative()).isCloseTo(49 / 980.0, within(1e-12));
        assertThat(moreUnplaced.level()).isEqualTo(ScoreLevel.UNPLACED);
        assertThat(moreUnplaced.relative()).isCloseTo(0.1, within(1e-12));
        assertThat(ExactGap.of(score(-1, 0, 0), levels).hard()).isTrue();
    }

    private static LevelOutcome level(com.capacityworkbench.bench.exact.ScoreLevel l,
            long objective, long bound, boolean proven) {
        return new LevelOutcome(l, objective, bound, proven, false, 0);
    }

    /** Hard, unplaced and cost levels; first refusal, latency and provider share 0. */
    private static BendableScore score(long hard, long unplaced, long cost) {
        return BendableScore.of(new long[] {hard}, new long[] {unplaced, 0, cost, 0, 0});
    }
}
