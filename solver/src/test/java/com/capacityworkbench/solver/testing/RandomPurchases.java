package com.capacityworkbench.solver.testing;

import com.capacityworkbench.model.scenario.BuildOut;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.PurchaseOptions;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.SpendTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Offers, build-outs and spend terms drawn for a scenario: beside its pools' sites and types, at prices around
 * theirs; minimums and caps on the offers' providers.
 */
public final class RandomPurchases {

    private RandomPurchases() {
    }

    public static Scenario add(Scenario scenario, long seed, int offerCount, int buildOutCount) {
        Random random = new Random(seed);
        List<Offer> offers = new ArrayList<>();
        List<Pool> pools = scenario.pools();
        for (int i = 0; i < offerCount && !pools.isEmpty(); i++) {
            Pool like = pools.get(random.nextInt(pools.size()));
            Site site = scenario.sites().stream().filter(s -> s.id().equals(like.site())).findFirst().orElseThrow();
            int blockSize = 8 << random.nextInt(5);
            int maxBlocks = 1 + random.nextInt(12);
            double price = Math.max(0.5, like.pricePerAccelHour() * (0.5 + random.nextDouble()));
            offers.add(new Offer("offer-" + i, site.provider(), site.id(), like.accelerator(), blockSize,
                    random.nextInt(2), maxBlocks, scenario.horizon().first().plus(random.nextInt(3)), random.nextInt(2),
                    2 + random.nextInt(scenario.horizon().size()), price, random.nextBoolean() ? 0 : 10_000 * random.nextInt(50)));
        }
        Set<String> selfBuilt = scenario.providers().stream().filter(p -> p.kind() == ProviderKind.SELF_BUILT)
                .map(Provider::id).collect(Collectors.toSet());
        List<Site> campuses = scenario.sites().stream().filter(s -> selfBuilt.contains(s.provider())).toList();
        List<BuildOut> buildOuts = new ArrayList<>();
        for (int i = 0; i < buildOutCount && !campuses.isEmpty(); i++) {
            Site campus = campuses.get(random.nextInt(campuses.size()));
            List<String> types = scenario.accelerators().stream().map(a -> a.id())
                    .filter(id -> random.nextInt(3) == 0).limit(2).toList();
            buildOuts.add(new BuildOut("step-" + i, campus.id(), 5 + random.nextInt(60),
                    scenario.horizon().first().plus(random.nextInt(3)), 1e6 * (5 + random.nextInt(30)),
                    4 + random.nextInt(8), types.isEmpty() ? List.of(scenario.accelerators().getFirst().id()) : types));
        }
        // Spend terms on the offers' providers, over the first half of the horizon: minimums from easy to out of reach,
        // caps on some, low enough to bind now and then; some below what the provider's committed pools
        // cost, which validation rejects, kept so that the score and the evaluator agree on a cap every plan breaks.
        List<SpendTerm> terms = new ArrayList<>();
        List<String> providers = offers.stream().map(Offer::provider).distinct().sorted().toList();
        for (int i = 0; i < providers.size() && i < 2; i++) {
            int last = Math.max(0, scenario.horizon().size() / 2 - 1);
            double minimum = Math.pow(10, 5 + random.nextInt(5));
            Double maximum = random.nextBoolean() ? null : minimum * (1 + 10 * random.nextDouble());
            terms.add(new SpendTerm("term-" + i, providers.get(i), scenario.horizon().first(),
                    scenario.horizon().first().plus(last), minimum, maximum));
        }
        return scenario.withPurchaseOptions(new PurchaseOptions(offers, buildOuts, terms));
    }
}
