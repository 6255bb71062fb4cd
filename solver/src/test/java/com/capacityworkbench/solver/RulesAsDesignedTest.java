package com.capacityworkbench.solver;

import static com.capacityworkbench.solver.testing.ScenarioBuilder.h100;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.AssignmentStatus;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.WorkloadKind;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import com.capacityworkbench.solver.rules.DataLinks;
import com.capacityworkbench.solver.testing.ScenarioBuilder;
import com.capacityworkbench.solver.testing.Solving;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Issue #21: the rules as the design states them, each on the issue's own hand-made case. */
class RulesAsDesignedTest {

    private static final long MOVES = 5_000;

    private static Site site(String id, String provider, double linkGbps) {
        return new Site(id, provider, "United States", "US", false, null, Map.of(), 1.2, 300, 0, "us-east", linkGbps);
    }

    @Nested
    class InCloudStaging {

        /**
         * 20,000 TB at an Azure site whose links run at 4,000 Gbps, a committed Azure pool in another Azure region at
         * $1 and an on-demand AWS pool at $9, one day to stage: 0.46 days over 4,000 Gbps either way.
         */
        private Scenario bigDatasetOneDayToStage() {
            return new ScenarioBuilder("staging")
                    .provider("azure", ProviderKind.CLOUD, 0.02, 0.08)
                    .provider("aws", ProviderKind.CLOUD, 0.02, 0.09)
                    .site(site("azure-east", "azure", 4000))
                    .site(site("azure-west", "azure", 4000))
                    .site(site("aws-east", "aws", 4000))
                    .accelerator(h100())
                    .pool("azure-west-h100", "azure-west", "H100", 1000, PricingKind.COMMITTED, 1)
                    .pool("aws-east-h100", "aws-east", "H100", 1000, PricingKind.ON_DEMAND, 9)
                    .dataset("corpus", 20_000, "azure-east", Set.of(), true)
                    .workload("pretrain", 800, w -> w.datasets("corpus").staging(1))
                    .build();
        }

        @Test
        void aCloudsOwnBackboneIsNeverSlowerThanItsSitesLinksToOtherProviders() throws Exception {
            Plan plan = Solving.solve(bigDatasetOneDayToStage(), MOVES);

            assertThat(plan.assignments()).singleElement()
                    .satisfies(a -> assertThat(a.pool()).isEqualTo("azure-west-h100"));
            assertThat(plan.isFeasible()).isTrue();
        }

        @Test
        void inCloudSpeedIsTheProvidersSettingOrTheSitesLinksWhicheverIsFaster() {
            Provider azure = new Provider("azure", ProviderKind.CLOUD, 0.02, 0.08, null, 2500);
            Provider lab = new Provider("lab", ProviderKind.SELF_BUILT, 0, 0, null, 2500);

            assertThat(DataLinks.gbpsBetween(site("e", "azure", 400), site("w", "azure", 400), azure)).isEqualTo(2500);
            assertThat(DataLinks.gbpsBetween(site("e", "azure", 4000), site("w", "azure", 8000), azure)).isEqualTo(4000);
            // Between providers, and between a lab's own campuses, the slower external link.
            assertThat(DataLinks.gbpsBetween(site("e", "azure", 4000), site("x", "aws", 800), azure)).isEqualTo(800);
            assertThat(DataLinks.gbpsBetween(site("a", "lab", 400), site("b", "lab", 300), lab)).isEqualTo(300);
        }
    }

    @Nested
    class Shards {

        /** Inference demand 1,000 in at most three shards, one pool of exactly 1,000 H100. */
        @Test
        void demandThatFitsIsPlacedWhenItIsSplit() throws Exception {
            Scenario scenario = new ScenarioBuilder("shards")
                    .provider("azure", ProviderKind.CLOUD, 0.02, 0.08)
                    .site(ScenarioBuilder.site("azure-east", "azure", "US", "us-east"))
                    .accelerator(h100())
                    .pool("azure-h100", "azure-east", "H100", 1000, PricingKind.COMMITTED, 2)
                    .workload("serve", 1000, w -> w.kind(WorkloadKind.INFERENCE).split(3))
                    .build();

            Plan plan = Solving.solve(scenario, MOVES);

            assertThat(plan.assignments()).extracting(Assignment::demand).containsExactlyInAnyOrder(334.0, 333.0, 333.0);
            assertThat(plan.assignments()).allSatisfy(a -> assertThat(a.pool()).isEqualTo("azure-h100"));
            assertThat(plan.assignments().stream().mapToInt(Assignment::accelerators).sum()).isEqualTo(1000);
            assertThat(plan.kpis().unplacedDemandByPriority()).isEmpty();
            assertThat(plan.isFeasible()).isTrue();
        }

        /** Inference 1,000 in at most three shards over pools of 600 and 400 (334 + 333 fit, the third 333 did not). */
        private Scenario thousandOverSixHundredAndFourHundred() {
            return new ScenarioBuilder("shards")
                    .provider("azure", ProviderKind.CLOUD, 0.02, 0.08)
                    .site(ScenarioBuilder.site("azure-east", "azure", "US", "us-east"))
                    .accelerator(h100())
                    .pool("azure-600", "azure-east", "H100", 600, PricingKind.ON_DEMAND, 2)
                    .pool("azure-400", "azure-east", "H100", 400, PricingKind.ON_DEMAND, 3)
                    .workload("serve", 1000, w -> w.kind(WorkloadKind.INFERENCE).split(3))
                    .build();
        }

        @Test
        void shardSizesFollowThePoolsRoomSoEverythingThatFitsIsPlaced() throws Exception {
            Scenario scenario = thousandOverSixHundredAndFourHundred();

            Plan plan = Solving.solve(scenario, MOVES);

            // Fewer shards when fewer fit: two, sized to the pools.
            assertThat(plan.assignments()).extracting(Assignment::pool, Assignment::demand, Assignment::accelerators)
                    .containsExactlyInAnyOrder(tuple("azure-600", 600.0, 600), tuple("azure-400", 400.0, 400));
            assertThat(plan.kpis().unplacedDemandByPriority()).isEmpty();
            assertThat(plan.isFeasible()).isTrue();
            // The plan's cut is its own: evaluated again, and warm-started, it keeps the sizes and the figures.
            assertThat(PlanEvaluator.evaluate(scenario, plan.assignments()).kpis()).isEqualTo(plan.kpis());
            Plan again = Solving.solve(scenario, plan, MOVES, 7);
            assertThat(again.assignments()).extracting(Assignment::pool, Assignment::demand)
                    .containsExactlyInAnyOrder(tuple("azure-600", 600.0), tuple("azure-400", 400.0));
            assertThat(again.score()).isEqualTo(plan.score());
        }

        @Test
        void whatFitsNowhereStaysAsOneUnplacedRemainder() throws Exception {
            Scenario scenario = new ScenarioBuilder("shards")
                    .provider("azure", ProviderKind.CLOUD, 0.02, 0.08)
                    .site(ScenarioBuilder.site("azure-east", "azure", "US", "us-east"))
                    .accelerator(h100())
                    .pool("pool-a", "azure-east", "H100", 300, PricingKind.ON_DEMAND, 2)
                    .pool("pool-b", "azure-east", "H100", 300, PricingKind.ON_DEMAND, 2)
                    .pool("pool-c", "azure-east", "H100", 300, PricingKind.ON_DEMAND, 2)
                    .pool("pool-d", "azure-east", "H100", 50, PricingKind.ON_DEMAND, 2)
                    .workload("serve", 1000, w -> w.kind(WorkloadKind.INFERENCE).split(3))
                    .build();

            Plan plan = Solving.solve(scenario, MOVES);

            // No shard of 334 fits anywhere; three of 300 do, and the 100 left is one row past the last shard.
            assertThat(plan.assignments()).extracting(Assignment::shard, Assignment::pool, Assignment::demand)
                    .containsExactlyInAnyOrder(tuple(0, "pool-a", 300.0), tuple(1, "pool-b", 300.0),
                            tuple(2, "pool-c", 300.0), tuple(3, null, 100.0));
            assertThat(plan.kpis().unplacedDemandByPriority().values().stream().mapToDouble(Double::doubleValue).sum())
                    .isEqualTo(100.0);
            assertThat(plan.isFeasible()).isTrue();
            assertThat(PlanEvaluator.evaluate(scenario, plan.assignments()).score()).isEqualTo(plan.score());
        }

        @Test
        void aShardGrowsOnlyAsFarAsItsSitesPowerCapAllows() throws Exception {
            // 600 + 400 H100 at a site capped at 0.9 MW: 700 W × 1.1 host × 1.2 PUE = 924 W each, so 974 fit.
            Site capped = new Site("azure-east", "azure", "United States", "US", false, 0.9, Map.of(), 1.2, 300, 0,
                    "us-east", 400);
            Scenario scenario = new ScenarioBuilder("shards")
                    .provider("azure", ProviderKind.CLOUD, 0.02, 0.08)
                    .site(capped)
                    .accelerator(h100())
                    .pool("azure-600", "azure-east", "H100", 600, PricingKind.ON_DEMAND, 2)
                    .pool("azure-400", "azure-east", "H100", 400, PricingKind.ON_DEMAND, 3)
                    .workload("serve", 1000, w -> w.kind(WorkloadKind.INFERENCE).split(3))
                    .build();

            Plan plan = Solving.solve(scenario, MOVES);

            assertThat(plan.isFeasible()).isTrue();
            int placed = plan.assignments().stream().mapToInt(Assignment::accelerators).sum();
            double perAccelerator = h100().tdpW() * (1 + scenario.policies().hostOverheadFraction()) * 1.2;
            assertThat(placed).isEqualTo((int) Math.floor(0.9e6 / perAccelerator));
            assertThat(plan.assignments().stream().mapToDouble(Assignment::demand).sum()).isEqualTo(1000.0);
        }
    }

    @Nested
    class StrictFirstRefusal {

        /** Strict first refusal; the primary's pool costs four times the other cloud's, both with room. */
        private Scenario primaryAtFourTimesThePrice() {
            return new ScenarioBuilder("strict")
                    .provider("azure", ProviderKind.CLOUD, 0.02, 0.08)
                    .provider("aws", ProviderKind.CLOUD, 0.02, 0.09)
                    .site(ScenarioBuilder.site("azure-east", "azure", "US", "us-east"))
                    .site(ScenarioBuilder.site("aws-east", "aws", "US", "us-east"))
                    .accelerator(h100())
                    .pool("azure-h100", "azure-east", "H100", 1000, PricingKind.ON_DEMAND, 12)
                    .pool("aws-h100", "aws-east", "H100", 1000, PricingKind.ON_DEMAND, 3)
                    .workload("serve", 400, w -> w.kind(WorkloadKind.INFERENCE).firstRefusal())
                    .policies(ScenarioBuilder.firstRefusal("azure", FirstRefusalMode.STRICT, 0))
                    .build();
        }

        /** A first-refusal job on AWS while the primary's pool has room for it, the way a hand-made plan may put it. */
        @Test
        void aDeclinedReasonNeverCitesCostInStrictMode() {
            Scenario scenario = primaryAtFourTimesThePrice();
            Period q1 = Period.quarter(2027, 1);
            Period q4 = Period.quarter(2027, 4);
            Plan plan = PlanEvaluator.evaluate(scenario, List.of(new Assignment("serve", 0, 400, "aws-h100", null, null,
                    0, q1, q4, 0, AssignmentStatus.PLACED, null, true)));

            WorkloadExplanation serve = plan.explanations().getFirst();
            assertThat(serve.primaryDeclined()).isEqualTo("The primary azure could take more: Room: pool azure-h100"
                    + " has room for it; solve longer or place it by hand");
            assertThat(serve.primaryDeclined()).doesNotContain("$", "cost");
        }

        @Test
        void theSolveEndsWithTheShardOnThePrimaryAlthoughItCostsFourTimesAsMuch() throws Exception {
            Scenario scenario = primaryAtFourTimesThePrice();

            Plan plan = Solving.solve(scenario, MOVES);

            assertThat(plan.assignments()).singleElement().satisfies(a -> assertThat(a.pool()).isEqualTo("azure-h100"));
            assertThat(plan.explanations().getFirst().primaryDeclined()).isNull();
        }
    }
}
