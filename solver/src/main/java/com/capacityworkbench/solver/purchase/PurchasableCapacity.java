package com.capacityworkbench.solver.purchase;

import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.BuildOut;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.PurchaseOptions;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A scenario with what it may buy added to what it has, so that the solver decides the purchase and the placement
 * together, under every rule. Each offer becomes one pool of all its blocks, from the first period it can start to
 * the horizon's end, priced at its committed price per hour used (the score adds the blocks' unused hours and the
 * upfront payment, {@link PurchaseTerms}). Each build-out step becomes a site of its own beside its campus (same
 * place, jurisdiction, PUE, carbon and energy price) whose power is the step's megawatts from its first period, with
 * one pool per accelerator type it can house, as many accelerators as those megawatts run.
 *
 * <p>The step's megawatts run the accelerators installed with it and not the campus's older pools, and data moved
 * between the campus and its step is counted as between two of the lab's sites: both slightly pessimistic.
 */
public final class PurchasableCapacity {

    private PurchasableCapacity() {
    }

    /** The scenario with its offers and build-outs as pools; the scenario itself when it has none or has them already. */
    public static Scenario expand(Scenario scenario) {
        PurchaseOptions options = scenario.purchaseOptions();
        if (options.isEmpty()) {
            return scenario;
        }
        Set<String> poolIds = new HashSet<>();
        scenario.pools().forEach(p -> poolIds.add(p.id()));
        Set<String> siteIds = new HashSet<>();
        scenario.sites().forEach(s -> siteIds.add(s.id()));
        List<Pool> pools = new ArrayList<>(scenario.pools());
        List<Site> sites = new ArrayList<>(scenario.sites());
        Period last = scenario.horizon().last();
        for (Offer offer : options.offers()) {
            if (poolIds.add(offer.id())) {
                pools.add(new Pool(offer.id(), offer.site(), offer.accelerator(), offer.maxAccelerators(),
                        offer.firstStart(scenario.horizon()), last, PricingKind.ON_DEMAND, offer.pricePerAccelHour(),
                        Map.of()));
            }
        }
        for (BuildOut step : options.buildOuts()) {
            Optional<Site> campus = scenario.sites().stream().filter(s -> s.id().equals(step.site())).findFirst();
            if (campus.isEmpty()) {
                continue; // the validator names it; a scenario with the problem is not solved
            }
            if (siteIds.add(step.id())) {
                sites.add(stepSite(scenario, campus.get(), step));
            }
            for (String type : step.accelerators()) {
                String id = BuildOutPools.poolId(step, type);
                Optional<AcceleratorType> accelerator = scenario.accelerators().stream()
                        .filter(a -> a.id().equals(type)).findFirst();
                if (accelerator.isPresent() && poolIds.add(id)) {
                    int count = BuildOutPools.acceleratorsRun(step, accelerator.get(), campus.get(),
                            scenario.policies().hostOverheadFraction());
                    pools.add(new Pool(id, step.id(), type, count, step.earliest(), last, PricingKind.SELF_BUILT, 0,
                            Map.of()));
                }
            }
        }
        return scenario.withSites(sites).withPools(pools);
    }

    /**
     * Whether a plan places work on capacity the scenario may buy (a pool of an offer or a build-out step): such a
     * plan is read against {@link #expand the scenario with what it may buy}.
     */
    public static boolean buysCapacity(Scenario scenario, Plan plan) {
        if (scenario.purchaseOptions().isEmpty()) {
            return false;
        }
        Set<String> owned = new HashSet<>();
        scenario.pools().forEach(p -> owned.add(p.id()));
        return plan.assignments().stream().anyMatch(a -> a.pool() != null && !owned.contains(a.pool()));
    }

    /** What the ids of a step's pools start with ({@link BuildOutPools#poolId}). */
    public static String poolPrefix(BuildOut step) {
        return BuildOutPools.poolId(step, "");
    }

    /** The step as a site: the campus's place and figures, and the step's megawatts from its first period on. */
    private static Site stepSite(Scenario scenario, Site campus, BuildOut step) {
        Map<Period, Double> caps = new LinkedHashMap<>();
        for (Period p : scenario.horizon().periods()) {
            caps.put(p, p.isBefore(step.earliest()) ? 0.0 : step.megawatts());
        }
        return new Site(step.id(), campus.provider(), campus.country(), campus.jurisdiction(), campus.sovereign(), 0.0,
                caps, campus.pue(), campus.carbonGPerKwh(), campus.energyPricePerMwh(), campus.geography(),
                campus.linkGbps());
    }
}
