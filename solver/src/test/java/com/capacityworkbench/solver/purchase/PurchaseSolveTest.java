package com.capacityworkbench.solver.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.capacityworkbench.model.plan.CostCategory;
import com.capacityworkbench.model.plan.OfferTaken;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.Purchases;
import com.capacityworkbench.model.scenario.BuildOut;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.PurchaseOptions;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.testing.ScenarioBuilder;
import com.capacityworkbench.solver.testing.Solving;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The solver buys what the work needs, in whole blocks, when buying is worth it, and nothing otherwise. */
class PurchaseSolveTest {

    private static final double QUARTER_HOURS = Period.quarter(2027, 1).length().hours();
    private static final double YEAR_HOURS = 4 * QUARTER_HOURS;

    /** 100 H100 on demand at $4 and two year-long training runs of 100 and 150 H100. */
    private static ScenarioBuilder shortOfCapacity() {
        return ScenarioBuilder.azureEastH100("short of capacity")
                .provider("lab", ProviderKind.SELF_BUILT, 0, 0.05)
                .site(ScenarioBuilder.site("campus", "lab", "US", "us-east"))
                .pool("az-h100", "az-east", "H100", 100, PricingKind.ON_DEMAND, 4.0)
                .workload("small-run", 100, w -> w)
                .workload("big-run", 150, w -> w);
    }

    private static Offer reserved(double price, int minBlocks, int maxBlocks) {
        return new Offer("az-h100-1y", "azure", "az-east", "H100", 64, minBlocks, maxBlocks, Period.quarter(2027, 1), 0, 4,
                price, 0);
    }

    private static Plan solve(Scenario scenario) throws InterruptedException {
        return Solving.solve(PurchasableCapacity.expand(scenario), 3_000);
    }

    @Test
    void buysTheFewestWholeBlocksThatPlaceTheWorkWhenTheyCostLessThanOnDemand() throws Exception {
        Scenario scenario = shortOfCapacity().build().withPurchaseOptions(
                new PurchaseOptions(List.of(reserved(2.0, 1, 4)), List.of(), List.of()));
        Plan plan = solve(scenario);
        Purchases bought = PurchaseReading.of(PurchasableCapacity.expand(scenario), plan);

        assertThat(plan.kpis().unplacedWorkloads()).isZero();
        // Both runs on the offer: 250 H100 in 4 blocks of 64 at $2 (256 × $2 a year) beat 3 blocks and 100 on
        // demand at $4 (192 × $2 + 100 × $4).
        assertThat(bought.offers()).singleElement().satisfies(o -> {
            assertThat(o.blocks()).isEqualTo(4);
            assertThat(o.from()).isEqualTo(Period.quarter(2027, 1));
            assertThat(o.to()).isEqualTo(Period.quarter(2027, 4));
            assertThat(o.committedUsd()).isCloseTo(256 * 2.0 * YEAR_HOURS, within(1.0));
            assertThat(o.usedShare().get(Period.quarter(2027, 2))).isCloseTo(250 / 256.0, within(1e-9));
            assertThat(o.workloads()).containsExactly("big-run", "small-run");
        });
        // The plan's cost is what is committed: the hours used and the 6 idle accelerators' hours.
        assertThat(plan.kpis().totalCostUsd()).isCloseTo(256 * 2.0 * YEAR_HOURS, within(10.0));
        assertThat(plan.kpis().costByCategory().get(CostCategory.COMMITMENT)).isCloseTo(6 * 2.0 * YEAR_HOURS, within(10.0));
    }

    @Test
    void theMinimumBlocksArePaidEvenWhenTheWorkNeedsFewer() throws Exception {
        Scenario scenario = shortOfCapacity().build().withPurchaseOptions(
                new PurchaseOptions(List.of(reserved(2.0, 5, 5)), List.of(), List.of()));
        Plan plan = solve(scenario);
        OfferTaken offer = PurchaseReading.of(PurchasableCapacity.expand(scenario), plan).offers().getFirst();
        assertThat(offer.blocks()).isEqualTo(5);
        assertThat(offer.committedUsd()).isCloseTo(320 * 2.0 * YEAR_HOURS, within(1.0));
        assertThat(plan.kpis().totalCostUsd()).isCloseTo(320 * 2.0 * YEAR_HOURS, within(10.0));
    }

    @Test
    void buysNothingWhenWhatItHasIsEnoughAndCheaper() throws Exception {
        Scenario scenario = shortOfCapacity().pool("az-h100-more", "az-east", "H100", 200, PricingKind.ON_DEMAND, 4.0)
                .build().withPurchaseOptions(new PurchaseOptions(List.of(reserved(9.0, 1, 4)), List.of(), List.of()));
        Plan plan = solve(scenario);
        assertThat(plan.kpis().unplacedWorkloads()).isZero();
        assertThat(PurchaseReading.of(PurchasableCapacity.expand(scenario), plan).isEmpty()).isTrue();
        assertThat(plan.kpis().costByCategory().getOrDefault(CostCategory.COMMITMENT, 0.0)).isZero();
    }

    @Test
    void buildsOutACampusStepOnlyWhenUnplacedWorkNeedsIt() throws Exception {
        // 1 MW runs 1e6 / (700 W × (1 + host overhead) × PUE 1.2) H100: enough for both runs; $20M of capex is more
        // than a year of 250 H100 on demand at $4 ($8.8M), so it is worth building only for work with no place.
        BuildOut step = new BuildOut("campus-step-1", "campus", 1.0, Period.quarter(2027, 1), 2e7, 8, List.of("H100"));
        Scenario scenario = shortOfCapacity().build()
                .withPurchaseOptions(new PurchaseOptions(List.of(), List.of(step), List.of()));
        Plan plan = solve(scenario);
        Purchases bought = PurchaseReading.of(PurchasableCapacity.expand(scenario), plan);
        assertThat(plan.kpis().unplacedWorkloads()).isZero();
        assertThat(bought.buildOuts()).singleElement().satisfies(b -> {
            assertThat(b.capexUsd()).isEqualTo(2e7);
            assertThat(b.pools()).containsExactly("campus-step-1:H100");
        });
        assertThat(plan.kpis().costByCategory().get(CostCategory.COMMITMENT)).isCloseTo(2e7, within(1.0));

        Scenario enough = shortOfCapacity().pool("az-h100-more", "az-east", "H100", 200, PricingKind.ON_DEMAND, 4.0)
                .build().withPurchaseOptions(new PurchaseOptions(List.of(), List.of(step), List.of()));
        assertThat(PurchaseReading.of(PurchasableCapacity.expand(enough), solve(enough)).buildOuts())
                .as("$20M of capex for work that runs on demand for less is not built").isEmpty();
    }
}
