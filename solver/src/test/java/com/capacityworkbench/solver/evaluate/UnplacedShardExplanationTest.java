package com.capacityworkbench.solver.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.AssignmentStatus;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.Shortfall;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.testing.ScenarioBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an unplaced shard of a partly placed workload misses counts the room its placed siblings take. */
class UnplacedShardExplanationTest {

    private final Scenario scenario = new ScenarioBuilder("siblings")
            .horizon("2027-Q1", "2027-Q2")
            .provider("lab", ProviderKind.SELF_BUILT, 0, 0)
            .site(ScenarioBuilder.site("campus", "lab", "US", "us-east"))
            .accelerator(ScenarioBuilder.h100())
            .pool("campus-h100", "campus", "H100", 100, PricingKind.SELF_BUILT, 2.0)
            .workload("serving", 150, w -> w.split(2))
            .build();

    @Test
    void aPoolHalfFullOfTheWorkloadsOwnShardsCannotTakeAnother() {
        Plan plan = PlanEvaluator.evaluate(scenario, List.of(
                assignment(0, "campus-h100"), assignment(1, null)));

        WorkloadExplanation serving = plan.explanations().stream()
                .filter(e -> e.workload().equals("serving")).findFirst().orElseThrow();
        assertThat(serving.missing())
                .startsWith("1 of 2 shards unplaced; needs 50 more H100 in 2027-Q1 at campus-h100")
                .doesNotContain("could take it now");
        // The same need as figures, for the one-click what-if.
        assertThat(serving.shortfalls()).containsExactly(new Shortfall("campus-h100",
                "H100", 50, Period.parse("2027-Q1"), "campus", 0, null));
    }

    @Test
    void aPoolWithRoomBesideTheSiblingsCanTakeTheRest() {
        Scenario roomy = scenario.withPools(List.of(scenario.pools().getFirst().withCounts(200, java.util.Map.of())));
        Plan plan = PlanEvaluator.evaluate(roomy, List.of(assignment(0, "campus-h100"), assignment(1, null)));

        assertThat(plan.explanations().stream().filter(e -> e.workload().equals("serving")).findFirst().orElseThrow()
                .missing()).isEqualTo("1 of 2 shards unplaced; pool campus-h100 could take it now; solve longer or place it by hand");
        assertThat(plan.explanations().stream().filter(e -> e.workload().equals("serving")).findFirst().orElseThrow()
                .shortfalls()).as("room already: nothing to add").isEmpty();
    }

    private static Assignment assignment(int shard, String pool) {
        Period from = Period.parse("2027-Q1");
        Period to = Period.parse("2027-Q2");
        return new Assignment("serving", shard, 75, pool, pool == null ? null : "campus", pool == null ? null : "lab",
                pool == null ? 0 : 75, from, to, 0, pool == null ? AssignmentStatus.UNPLACED : AssignmentStatus.PLACED,
                null, false);
    }
}
