package com.capacityworkbench.model.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.plan.LevelQuality;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.PlanLevel;
import com.capacityworkbench.model.plan.PlanQuality;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanOriginTest {

    @Test
    void saysWhereTheShownPlanComesFrom() {
        assertThat(PlanOrigin.SOLVED.describe()).isEqualTo("Its own solve");
        assertThat(PlanOrigin.SOLVED.isOwnSolve()).isTrue();
        assertThat(PlanOrigin.SOLVED.withPlacementsTaken(2).describe())
                .isEqualTo("Its own solve, 2 placements taken from the other plans");
        PlanOrigin adopted = PlanOrigin.adopted("azure-premium", "Azure-first as a premium");
        assertThat(adopted.describe()).isEqualTo("The plan of Azure-first as a premium (better here)");
        assertThat(adopted.withPlacementsTaken(1).describe())
                .isEqualTo("The plan of Azure-first as a premium (better here), 1 placement taken from the other plans");
        assertThat(adopted.isOwnSolve()).isFalse();
    }

    @Test
    void theQualitySummarySaysWhatTheSolveFoundAndWhatHappenedAfter() {
        Plan plan = new Plan("s", "", List.of(),
                null, List.of(), List.of(), null);
        PlanQuality open = new PlanQuality(
                List.of(new LevelQuality(PlanLevel.COST, 110, 100.0, false, false, 2.0)), 10, 1);
        List<SeedRun> seeds = List.of(new SeedRun(1, "", null, open), new SeedRun(2, "", null, open));

        ComparedPlan improved = new ComparedPlan("base", "Base", null, plan, List.of(), List.of(),
                seeds, PlanOrigin.SOLVED.withPlacementsTaken(3));
        assertThat(improved.qualitySummary()).isEqualTo("Its own solve, 3 placements taken from the other plans; "
                + "before that: cost within 10 % of its bound; no improvement for 8.0 s of the 10 s solve (best of 2 seeds)");
        ComparedPlan adopted = new ComparedPlan("v", "V", null, plan, List.of(), List.of(), seeds,
                PlanOrigin.adopted("base", "Base"));
        assertThat(adopted.qualitySummary()).startsWith("The plan of Base (better here); its own solve: cost within 10 %");
        ComparedPlan own = new ComparedPlan("w", "W", null, plan, List.of(), List.of(), seeds,
                PlanOrigin.SOLVED);
        assertThat(own.qualitySummary()).startsWith("Cost within 10 % of its bound");
    }
}
