package com.capacityworkbench.bench.purchase;

import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.PurchaseOptions;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A purchase case for the bench ({@code buy-100x30}: workloads × offers): a generated scenario whose inventory is cut
 * to {@link #INVENTORY_KEPT} of what the generator sized for its demand, so that placing everything needs purchases,
 * and offers beside its cloud and neocloud pools (same site and accelerator type) in blocks, with lead times, terms
 * of one or two years, committed prices 25–50 % under on-demand and, on half of them, an upfront payment. The same
 * settings give the same scenario. Build-out steps and spend terms are left out: the exact reference does not model
 * spend terms, and offers alone are what "workloads × offers" sizes.
 */
public final class PurchaseCase {

    /** Share of each pool's accelerators kept: the generator sizes demand at 85 % of the full inventory. */
    static final double INVENTORY_KEPT = 0.6;
    /** All offers together hold about this many times the accelerators the cut took away. */
    static final double OFFERED_PER_SHORTFALL = 1.5;

    /**
     * @param pools   the scenario's own pools (inventory), one per ten workloads unless given
     * @param periods quarters in the horizon
     */
    public record Settings(int workloads, int offers, int pools, int periods, long seed) {

        public Settings(int workloads, int offers, long seed) {
            this(workloads, offers, Math.max(6, workloads / 10), 8, seed);
        }
    }

    private final Settings settings;
    private final SplittableRandom random;

    private PurchaseCase(Settings settings) {
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed() * 7919 + 17);
    }

    /** The scenario with its offers as purchase options (not yet expanded into pools). */
    public static Scenario generate(Settings settings) {
        return new PurchaseCase(settings).scenario();
    }

    private Scenario scenario() {
        Scenario full = ScenarioGenerator.generate(new ScenarioGenerator.Settings(settings.workloads(),
                settings.pools(), settings.periods(), settings.seed()));
        List<Pool> kept = full.pools().stream().map(PurchaseCase::cut).toList();
        long shortfall = 0;
        for (int i = 0; i < kept.size(); i++) {
            shortfall += full.pools().get(i).count() - kept.get(i).count();
        }
        Scenario scant = full.withPools(kept);
        return scant.withName(full.name().replace("Generated", "Purchase case:") + ", " + settings.offers() + " offers")
                .withPurchaseOptions(new PurchaseOptions(offers(scant, shortfall), List.of(), List.of()));
    }

    /** The pool with {@link #INVENTORY_KEPT} of its accelerators in every period, in whole servers of 8. */
    private static Pool cut(Pool pool) {
        Map<Period, Integer> ramp = new TreeMap<>();
        pool.countByPeriod().forEach((p, c) -> ramp.put(p, eights(c * INVENTORY_KEPT)));
        return pool.withCounts(eights(pool.count() * INVENTORY_KEPT), ramp);
    }

    private List<Offer> offers(Scenario scenario, long shortfall) {
        Map<String, ProviderKind> kinds = scenario.providers().stream()
                .collect(Collectors.toMap(Provider::id, Provider::kind));
        Map<String, Site> sites = scenario.sites().stream().collect(Collectors.toMap(Site::id, Function.identity()));
        List<Pool> sold = scenario.pools().stream()
                .filter(p -> kinds.get(sites.get(p.site()).provider()) != ProviderKind.SELF_BUILT).toList();
        List<Offer> offers = new ArrayList<>();
        double perOffer = OFFERED_PER_SHORTFALL * shortfall / settings.offers();
        for (int i = 0; i < settings.offers() && !sold.isEmpty(); i++) {
            offers.add(offer(i, sold.get(random.nextInt(sold.size())), sites, perOffer, scenario));
        }
        return offers;
    }

    private Offer offer(int i, Pool like, Map<String, Site> sites, double perOffer, Scenario scenario) {
        Site site = sites.get(like.site());
        int maxBlocks = 2 + random.nextInt(7);
        int blockSize = Math.max(8, eights(perOffer / maxBlocks * (0.5 + random.nextDouble())));
        int minBlocks = random.nextInt(3) == 0 ? Math.min(maxBlocks, 2) : random.nextInt(2);
        double onDemand = like.pricing() == PricingKind.COMMITTED ? like.pricePerAccelHour() / 0.55
                : like.pricePerAccelHour();
        double price = Math.round(onDemand * (0.5 + 0.25 * random.nextDouble()) * 100) / 100.0;
        int term = random.nextBoolean() ? 4 : 8;
        double blockTermUsd = blockSize * price * scenario.horizon().length().hours() * term;
        double upfront = random.nextBoolean() ? 0 : Math.round(blockTermUsd * (0.02 + 0.08 * random.nextDouble()));
        return new Offer("offer-" + i + "-" + like.id(), site.provider(), site.id(), like.accelerator(), blockSize,
                minBlocks, maxBlocks, scenario.horizon().first().plus(random.nextInt(3)), random.nextInt(3), term, price,
                upfront);
    }

    private static int eights(double accelerators) {
        return Math.max(8, (int) Math.round(accelerators / 8) * 8);
    }
}
