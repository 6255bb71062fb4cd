package com.capacityworkbench.solver.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.testing.RandomScenarios;
import com.capacityworkbench.solver.testing.Solving;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quick yes/no and the per-workload screen that building a problem asks agree with the full assessment, pair by
 * pair: the same pools allowed, and on them the same figures.
 */
class StaticallyAllowedTest {

    static Stream<Named<Scenario>> scenarios() throws Exception {
        return Stream.of(
                Named.of("tiny", Solving.sample("tiny.json")),
                Named.of("frontier-2027", Solving.sample("frontier-2027.json")),
                Named.of("eu-sovereign", Solving.sample("eu-sovereign.json")),
                Named.of("random seed 1", RandomScenarios.generate(1, 60, 25, 8)),
                Named.of("random seed 2", RandomScenarios.generate(2, 60, 25, 8)),
                Named.of("random seed 3", RandomScenarios.generate(3, 60, 25, 8)));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void agreesWithTheAssessmentOnEveryPair(Scenario scenario) {
        PlacementCalculator calculator = new PlacementCalculator(ScenarioIndex.of(scenario));
        int allowed = 0;
        int ruledOut = 0;
        for (Workload workload : scenario.workloads()) {
            for (Pool pool : scenario.pools()) {
                boolean quick = calculator.isStaticallyAllowed(workload, pool, PlacementCalculator.window(workload));
                ShardOnPool full = calculator.assess(workload, pool);
                assertThat(quick).as("%s on %s: %s", workload.id(), pool.id(), full.staticBreaks())
                        .isEqualTo(full.isStaticallyAllowed());
                if (quick) {
                    allowed++;
                } else {
                    ruledOut++;
                }
            }
        }
        assertThat(allowed).isPositive();
        assertThat(ruledOut).isPositive();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theScreenAllowsWhatTheAssessmentAllowsAndGivesItsFigures(Scenario scenario) {
        PlacementCalculator calculator = new PlacementCalculator(ScenarioIndex.of(scenario));
        int compared = 0;
        for (Workload workload : scenario.workloads()) {
            WorkloadScreen screen = calculator.screen(workload);
            for (Pool pool : scenario.pools()) {
                ShardOnPool full = calculator.assess(workload, pool);
                assertThat(screen.allows(pool)).as("%s on %s: %s", workload.id(), pool.id(), full.staticBreaks())
                        .isEqualTo(full.isStaticallyAllowed());
                assertThat(screen.assessAny(workload.largestShardDemand(), pool)).as("%s on %s", workload.id(), pool.id())
                        .isEqualTo(full);
                if (full.isStaticallyAllowed()) {
                    assertThat(screen.assess(workload.largestShardDemand(), pool)).as("%s on %s", workload.id(), pool.id())
                            .isEqualTo(full);
                    compared++;
                }
            }
        }
        assertThat(compared).isPositive();
    }
}
