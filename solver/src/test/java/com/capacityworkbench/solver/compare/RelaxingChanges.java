package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.model.scenario.CountMode;
import com.capacityworkbench.model.scenario.PolicyChange;
import com.capacityworkbench.model.scenario.PoolCountChange;
import com.capacityworkbench.model.scenario.PowerCapChange;
import com.capacityworkbench.model.scenario.PriceFactor;
import com.capacityworkbench.model.scenario.PriceTarget;
import com.capacityworkbench.model.scenario.ResidencyChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random changes that only relax a scenario, so every plan of the base stays valid under them: a price factor below
 * 1, more accelerators in a pool, a higher power cap, a dataset allowed in one more jurisdiction, first refusal from
 * strict to a premium.
 */
final class RelaxingChanges {

    private static final List<String> JURISDICTIONS = List.of("EU", "US", "UK", "JP", "CH", "AE");

    private RelaxingChanges() {
    }

    /** Between one and three relaxing changes that apply to {@code scenario}. */
    static List<Change> draw(Scenario scenario, Random random) {
        List<Change> changes = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int attempt = 0; changes.size() < count && attempt < 20; attempt++) {
            Change change = one(scenario, random);
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }

    private static Change one(Scenario scenario, Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> cheaper(scenario, random);
            case 1 -> new PoolCountChange(pick(scenario.pools(), random).id(), CountMode.FACTOR,
                    1.1 + random.nextDouble());
            case 2 -> morePower(scenario, random);
            case 3 -> widerResidency(scenario, random);
            default -> scenario.policies().firstRefusal() == FirstRefusalMode.STRICT
                    ? new PolicyChange(null, FirstRefusalMode.PREFERENCE, 0.5 + 2 * random.nextDouble(), null, null)
                    : null;
        };
    }

    private static Change cheaper(Scenario scenario, Random random) {
        Pool pool = pick(scenario.pools(), random);
        double factor = 0.5 + 0.45 * random.nextDouble();
        return switch (random.nextInt(3)) {
            case 0 -> new PriceFactor(PriceTarget.POOL, pool.id(), factor);
            case 1 -> new PriceFactor(PriceTarget.ACCELERATOR, pool.accelerator(), factor);
            default -> new PriceFactor(PriceTarget.PROVIDER, scenario.sites().stream()
                    .filter(s -> s.id().equals(pool.site())).findFirst().orElseThrow().provider(), factor);
        };
    }

    private static Change morePower(Scenario scenario, Random random) {
        List<Site> capped = scenario.sites().stream()
                .filter(s -> scenario.horizon().periods().stream().anyMatch(p -> s.powerCapIn(p) != null)).toList();
        return capped.isEmpty() ? null
                : new PowerCapChange(pick(capped, random).id(), CountMode.FACTOR, 1.1 + random.nextDouble() / 2, null, null);
    }

    private static Change widerResidency(Scenario scenario, Random random) {
        List<Dataset> restricted = scenario.datasets().stream().filter(d -> !d.allowedJurisdictions().isEmpty()).toList();
        if (restricted.isEmpty()) {
            return null;
        }
        Dataset dataset = pick(restricted, random);
        List<String> more = JURISDICTIONS.stream().filter(j -> !dataset.allowedJurisdictions().contains(j)).toList();
        return more.isEmpty() ? null : new ResidencyChange(dataset.id(), Set.of(pick(more, random)), Set.of());
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
