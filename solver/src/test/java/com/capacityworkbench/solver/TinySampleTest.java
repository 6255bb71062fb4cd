package com.capacityworkbench.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.CostCategory;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.testing.Solving;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** samples/tiny.json is solved to exactly the best plan its README section derives by hand. */
class TinySampleTest {

    private static Scenario scenario;
    private static Plan plan;

    @BeforeAll
    static void solve() throws Exception {
        scenario = Solving.sample("tiny.json");
        plan = Solving.solve(scenario, 20_000);
    }

    @Test
    void findsTheHandDerivedBestPlan() {
        Map<String, String> where = new TreeMap<>();
        for (Assignment a : plan.assignments()) {
            where.put(a.workload() + "#" + a.shard(), a.pool() == null ? "unplaced" : a.pool());
        }
        assertThat(where).containsExactlyInAnyOrderEntriesOf(Map.of(
                "eu-chat-finetune#0", "azure-swc-h100",
                "chat-serving#0", "azure-swc-h100",
                "chat-serving#1", "azure-swc-h100",
                "frontier-pretrain#0", "abilene-mi300x",
                "neuron-batch#0", "aws-use1-trn2",
                "rl-run#0", "azure-eus-h100",
                "sovereign-finetune#0", "unplaced"));
        assertThat(plan.isFeasible()).isTrue();
    }

    @Test
    void costsMatchTheHandArithmetic() {
        double hours = 2 * 8766.0 / 4;
        Map<CostCategory, Double> byCategory = plan.kpis().costByCategory();
        assertThat(byCategory.get(CostCategory.COMPUTE)).isCloseTo(500 * hours * 2.5 + 300 * hours * 6.0, within(0.01));
        assertThat(byCategory.get(CostCategory.EGRESS)).isCloseTo(500_000 * 0.08, within(0.01));
        double abileneMw = 800 * 750 * 1.9 * 1.2 / 1e6;
        assertThat(byCategory.get(CostCategory.ENERGY)).isCloseTo(abileneMw * hours * 60, within(0.01));
        assertThat(plan.kpis().idleSunkUsd()).isCloseTo(200 * hours * 1.5, within(0.01));
        assertThat(plan.kpis().firstRefusalHonoured()).isEqualTo(2);
        assertThat(plan.kpis().firstRefusalElsewhere()).isEqualTo(1);
        assertThat(plan.kpis().unplacedDemandByPriority()).containsExactly(Map.entry(1, 100.0));
    }

    @Test
    void explainsWhyThePrimaryDeclinedAndWhatTheUnplacedWorkloadMisses() {
        WorkloadExplanation pretrain = explanation("frontier-pretrain");
        assertThat(pretrain.primaryDeclined()).isEqualTo("The primary azure declined: Capacity: "
                + "pool azure-swc-h100 full in 2027-Q1 (1,000 of 1,000 used; needs 800), "
                + "pool azure-eus-h100 full in 2027-Q1 (300 of 500 used; needs 800)");
        assertThat(pretrain.candidates()).filteredOn(c -> c.pool().equals("aws-use1-trn2")).singleElement()
                .satisfies(c -> assertThat(c.blockedBy()).startsWith("Software family: pool aws-use1-trn2 runs Neuron"));
        WorkloadExplanation sovereign = explanation("sovereign-finetune");
        assertThat(sovereign.missing()).startsWith("no pool passes the placement rules (Sovereign cloud 4)");
        WorkloadExplanation eu = explanation("eu-chat-finetune");
        assertThat(eu.candidates()).filteredOn(c -> c.pool().equals("azure-eus-h100")).singleElement()
                .satisfies(c -> assertThat(c.blockedBy())
                        .isEqualTo("Residency: dataset eu-chat-logs may stay only in EU; site azure-east-us is US"));
    }

    private static WorkloadExplanation explanation(String workload) {
        return plan.explanations().stream().filter(e -> e.workload().equals(workload)).findFirst().orElseThrow();
    }
}
