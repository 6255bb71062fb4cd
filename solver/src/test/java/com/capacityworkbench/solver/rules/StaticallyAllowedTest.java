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

/** The quick yes/no that building a problem asks agrees with the full assessment's rule breaks, pair by pair. */
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
}
