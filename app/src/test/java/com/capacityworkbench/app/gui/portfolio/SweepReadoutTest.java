package com.capacityworkbench.app.gui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.portfolio.PoolSpread;
import com.capacityworkbench.app.gui.portfolio.SweepReadout.WorkloadRisk;
import com.capacityworkbench.model.portfolio.KpiSpread;
import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.model.portfolio.SweepMode;
import com.capacityworkbench.model.portfolio.SweepResult;
import com.capacityworkbench.model.portfolio.SweepSettings;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the Portfolio screen's line and tables say about four futures of a sweep stopped at four of ten. */
class SweepReadoutTest {

    /** "chat" unplaced in futures 0 and 1, "train" moves in future 2 only; "lab" idles, "cloud" never does. */
    private static final SweepResult SWEEP = new SweepResult(new SweepSettings(10, 1, SweepMode.STRESS, 5, null),
            List.of("Slip"), Map.of(), IntStream.range(0, 4).mapToObj(i -> new SampleResult(i, Map.of("Slip", (double) i),
                    1e9 + i * 1e8, 1000.0 * i, 0, i < 2 ? List.of("chat") : List.of(),
                    i == 2 ? List.of("train") : List.of(), Map.of("lab", 1e6 * (i + 1)), 1, Map.of(),
                    Map.of("lab", 50.0, "cloud", 90.0 + i))).toList(), false);

    @Test
    void theLineGivesBothSpreadsWithUnitsAndHowManyFuturesFinished() {
        assertThat(SweepReadout.summary(SWEEP)).startsWith("Total cost  P10 $1.03B · P50 $1.15B · P90 $1.27B")
                .contains("Unplaced demand  P10 300 · P50 1,500 · P90 2,700 ref. accelerators × priority")
                .endsWith("4 of 10 futures");
        assertThat(SweepReadout.summary(null)).isEmpty();
    }

    @Test
    void workloadsAtRiskComeFirstThenThoseThatOnlyMove() {
        assertThat(SweepReadout.workloads(SWEEP)).containsExactly(new WorkloadRisk("chat", 0.5, 0),
                new WorkloadRisk("train", 0, 0.25));
    }

    @Test
    void poolsWithMoneyIdleComeFirstThenTheFullest() {
        List<PoolSpread> pools = SweepReadout.pools(SWEEP);
        assertThat(pools).extracting(PoolSpread::pool).containsExactly("lab", "cloud");
        assertThat(pools.get(0).idle().p50()).isEqualTo(2.5e6);
        assertThat(pools.get(1).utilisationAt(KpiSpread::p50)).isEqualTo(91.5);
        assertThat(pools.get(1).idle().max()).isZero();
    }
}
