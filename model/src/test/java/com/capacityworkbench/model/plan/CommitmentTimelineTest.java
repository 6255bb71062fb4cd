package com.capacityworkbench.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.scenario.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The purchase timeline: each commitment spread over the periods it covers, by provider, build-outs as one more. */
class CommitmentTimelineTest {

    private static final List<Period> YEAR = List.of(Period.quarter(2027, 1), Period.quarter(2027, 2),
            Period.quarter(2027, 3), Period.quarter(2027, 4));

    private static OfferTaken offer(String provider, Period from, Period to, double usd) {
        return new OfferTaken(provider + "-offer", provider, provider + "-site", "H100", 1, 64, from, to, usd, Map.of(),
                List.of("run"));
    }

    @Test
    void eachCommitmentIsSpreadOverItsPeriodsInTheHorizon() {
        Purchases bought = new Purchases(List.of(
                offer("azure", YEAR.get(1), YEAR.get(2), 800),
                offer("azure", YEAR.get(0), YEAR.get(0), 100),
                // A term running past the horizon: what lies inside it carries the whole commitment.
                offer("aws", YEAR.get(3), Period.quarter(2028, 2), 90)),
                List.of(new BuildOutTaken("phase-3", "campus", 200, YEAR.get(2), 300, List.of("phase-3:B200"),
                        List.of("run"))));

        CommitmentTimeline timeline = CommitmentTimeline.of(bought, YEAR);

        assertThat(timeline.byProvider().keySet()).containsExactly("aws", "azure", CommitmentTimeline.BUILD_OUTS);
        assertThat(timeline.byProvider().get("azure")).containsExactly(100.0, 400.0, 400.0, 0.0);
        assertThat(timeline.byProvider().get("aws")).containsExactly(0.0, 0.0, 0.0, 90.0);
        assertThat(timeline.byProvider().get(CommitmentTimeline.BUILD_OUTS)).containsExactly(0.0, 0.0, 150.0, 150.0);
        assertThat(timeline.isEmpty()).isFalse();
        assertThat(CommitmentTimeline.of(Purchases.NONE, YEAR).isEmpty()).isTrue();
    }
}
