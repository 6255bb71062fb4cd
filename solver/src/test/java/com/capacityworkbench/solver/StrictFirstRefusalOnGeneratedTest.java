package com.capacityworkbench.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Candidate;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Policies;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.testing.Solving;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue #21 item 5 on generated scenarios in strict mode: when the solve ends, no first-refusal shard sits off the
 * primary while a pool of the primary could take it as the plan stands. Checked by the plan evaluator's own candidate
 * checks (not by the repair's room arithmetic), on short solves that leave the local search many such shards.
 */
class StrictFirstRefusalOnGeneratedTest {

    @ParameterizedTest(name = "{0}x{1}x{2} seed {3}")
    @CsvSource({"50, 10, 4, 2", "200, 20, 8, 3", "500, 30, 12, 1", "1000, 60, 12, 1", "1000, 60, 12, 2"})
    void noShardStaysOffThePrimaryWhereThePrimaryHasRoom(int workloads, int pools, int periods, long seed)
            throws Exception {
        Scenario scenario = strict(ScenarioGenerator.generate(new ScenarioGenerator.Settings(workloads, pools, periods, seed)));
        String primary = scenario.policies().primaryProvider();

        Plan plan = Solving.solve(scenario, null, 20_000, seed);

        Map<String, Workload> byId = scenario.workloads().stream().collect(Collectors.toMap(Workload::id, Function.identity()));
        Set<String> offPrimary = plan.assignments().stream()
                .filter(a -> a.isPlaced() && byId.get(a.workload()).firstRefusal() && !primary.equals(a.provider()))
                .map(Assignment::workload).collect(Collectors.toSet());
        assertThat(offPrimary).as("the scenario keeps first-refusal work off the primary").isNotEmpty();
        List<String> primaryWithRoom = plan.explanations().stream()
                .filter(e -> offPrimary.contains(e.workload()))
                .flatMap(e -> openPrimaryPools(e, primary).stream().map(pool -> e.workload() + " → " + pool))
                .toList();
        assertThat(primaryWithRoom).isEmpty();
        assertThat(plan.explanations()).extracting(WorkloadExplanation::primaryDeclined)
                .noneMatch(reason -> reason != null && (reason.contains("could take more") || reason.contains("Cost:")));
    }

    /** The primary's pools the explanation finds open for one more shard of the workload. */
    private static List<String> openPrimaryPools(WorkloadExplanation explanation, String primary) {
        return explanation.candidates().stream()
                .filter(c -> c.provider().equals(primary) && !c.chosen() && c.isFeasible())
                .map(Candidate::pool).toList();
    }

    private static Scenario strict(Scenario scenario) {
        Policies p = scenario.policies();
        Policies strict = new Policies(p.primaryProvider(), FirstRefusalMode.STRICT, p.firstRefusalPremium(),
                p.carbonPricePerTonne(), p.maxProviderSharePct(), p.hostOverheadFraction());
        return new Scenario(scenario.name(), scenario.description(), scenario.horizon(), scenario.providers(),
                scenario.sites(), scenario.accelerators(), scenario.pools(), scenario.datasets(), scenario.workloads(),
                strict, scenario.weights());
    }
}
