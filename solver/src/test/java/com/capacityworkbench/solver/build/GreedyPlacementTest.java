package com.capacityworkbench.solver.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.domain.OfferTerms;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.purchase.PurchasableCapacity;
import com.capacityworkbench.solver.testing.RandomPurchases;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GreedyPlacementTest {

    /** The greedy start of a large purchase problem broke Offer term by 124 periods (docs/benchmarks.md, runs O). */
    @Test
    void keepsEachOffersUseWithinOneTerm() {
        Scenario generated = ScenarioGenerator.generate(new ScenarioGenerator.Settings(300, 6, 8, 3));
        // Inventory cut to an eighth, offers of two-period terms: the greedy start needs the offers and would
        // stretch their use over the horizon.
        Scenario scant = generated.withPools(generated.pools().stream()
                .map(p -> p.withCounts(Math.max(8, p.count() / 8), Map.of())).toList());
        Scenario withOffers = RandomPurchases.add(scant, 5, 12, 0);
        List<Offer> shortTerms = withOffers.purchaseOptions().offers().stream().map(o -> new Offer(o.id(), o.provider(),
                o.site(), o.accelerator(), 512, 0, 40, o.earliestStart(), 0, 2, o.pricePerAccelHour(), 0)).toList();
        Scenario expanded = PurchasableCapacity.expand(withOffers.withPurchaseOptions(
                withOffers.purchaseOptions().withOffers(shortTerms).withSpendTerms(List.of())));

        PlacementSolution start = SolutionBuilder.build(expanded);

        Map<PlacementPool, int[]> used = new IdentityHashMap<>();
        for (Shard shard : start.getShards()) {
            PlacementPool pool = shard.getPool();
            if (pool != null && pool.getOffer() != null) {
                int[] slots = shard.slotIndices();
                used.merge(pool, new int[] {slots[0], slots[slots.length - 1]},
                        (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            }
        }
        assertThat(used).as("the start uses offers").isNotEmpty();
        used.forEach((pool, window) -> {
            OfferTerms offer = pool.getOffer();
            assertThat(window[1] - window[0] + 1).as(offer.offer()).isLessThanOrEqualTo(offer.termSlots());
        });
    }
}
