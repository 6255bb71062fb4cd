package com.capacityworkbench.bench.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.bench.greedy.GreedyPlanner;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.validation.ScenarioValidator;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import com.capacityworkbench.solver.purchase.PurchasableCapacity;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PurchaseCaseTest {

    private static final PurchaseCase.Settings SETTINGS = new PurchaseCase.Settings(100, 30, 3);

    @Test
    void theSameSettingsGiveTheSameScenario() {
        assertThat(PurchaseCase.generate(SETTINGS)).isEqualTo(PurchaseCase.generate(SETTINGS));
        assertThat(PurchaseCase.generate(new PurchaseCase.Settings(100, 30, 4)))
                .isNotEqualTo(PurchaseCase.generate(SETTINGS));
    }

    @Test
    void isValidAndHasItsOffersBesideItsCloudPoolsBelowTheirPrice() {
        Scenario scenario = PurchaseCase.generate(SETTINGS);

        assertThat(ScenarioValidator.validate(scenario)).isEmpty();
        assertThat(scenario.purchaseOptions().offers()).hasSize(30);
        Map<String, Pool> pools = scenario.pools().stream().collect(Collectors.toMap(Pool::id, p -> p));
        for (Offer offer : scenario.purchaseOptions().offers()) {
            Pool like = pools.get(offer.id().replaceFirst("^offer-\\d+-", ""));
            assertThat(like.site()).isEqualTo(offer.site());
            assertThat(like.accelerator()).isEqualTo(offer.accelerator());
            assertThat(offer.minBlocks()).isBetween(0, offer.maxBlocks());
            assertThat(offer.pricePerAccelHour()).isPositive();
        }
    }

    @Test
    void theInventoryAloneLeavesWorkUnplacedThatTheOffersCanTake() {
        Scenario expanded = PurchasableCapacity.expand(PurchaseCase.generate(SETTINGS));
        Scenario withoutOffers = PurchaseCase.generate(SETTINGS).withPurchaseOptions(
                com.capacityworkbench.model.scenario.PurchaseOptions.NONE);

        // The greedy plan buys nothing: what it leaves is what the inventory cannot hold (or no pool allows).
        Plan inventoryOnly = PlanEvaluator.evaluate(expanded, GreedyPlanner.plan(expanded), PlanEvaluator.Detail.LIGHT);
        Plan sameWithoutOffers = PlanEvaluator.evaluate(withoutOffers, GreedyPlanner.plan(withoutOffers),
                PlanEvaluator.Detail.LIGHT);

        double demand = expanded.workloads().stream().mapToDouble(w -> w.demand()).sum();
        assertThat(inventoryOnly.kpis().totalUnplacedDemand()).isGreaterThan(0.2 * demand);
        assertThat(inventoryOnly.kpis().totalUnplacedDemand()).isEqualTo(sameWithoutOffers.kpis().totalUnplacedDemand());
    }
}
