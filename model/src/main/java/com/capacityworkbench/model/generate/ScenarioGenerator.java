package com.capacityworkbench.model.generate;

import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Horizon;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Policies;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Makes realistic random scenarios for tests and benchmarks: the same settings give the same scenario
 * (and so the same file), and every scenario passes the validator. Pools are spread over real regions
 * and campuses with build-out ramps, campus power caps bind, datasets mostly live in the primary cloud
 * with some EU-only, and total demand is about 85 % of capacity, so plans are tight but mostly feasible.
 */
public final class ScenarioGenerator {

    public static final Period FIRST_PERIOD = Period.quarter(2026, 3);
    static final double HOST_OVERHEAD = 0.8;
    static final double LOAD = 0.85;

    /** What to generate; the limits keep files to tens of megabytes. */
    public record Settings(int workloads, int pools, int periods, long seed) {
        public Settings {
            require("workloads", workloads, 1, 20_000);
            require("pools", pools, 1, 2_000);
            require("periods", periods, 1, 40);
        }

        private static void require(String what, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", got " + value);
            }
        }
    }

    private final Settings settings;
    private final SplittableRandom random;
    private final Horizon horizon;
    private final List<Period> periods;

    private ScenarioGenerator(Settings settings) {
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed());
        this.horizon = new Horizon(FIRST_PERIOD, FIRST_PERIOD.plus(settings.periods() - 1));
        this.periods = horizon.periods();
    }

    public static Scenario generate(Settings settings) {
        return new ScenarioGenerator(settings).scenario();
    }

    private Scenario scenario() {
        List<Site> sites = chooseSites();
        List<Pool> pools = makePools(sites);
        sites = withPowerCaps(sites, pools);
        List<Dataset> datasets = new DatasetDrawer(random, sites).draw(Math.clamp(settings.workloads() / 5, 1, 2_000));
        Set<SoftwareFamily> familiesOnOffer = EnumSet.noneOf(SoftwareFamily.class);
        pools.forEach(p -> familiesOnOffer.add(GeneratorCatalog.accelerator(p.accelerator()).family()));
        WorkloadDrawer workloads = new WorkloadDrawer(random, periods, sites, datasets, familiesOnOffer);
        String name = "Generated " + settings.workloads() + " workloads × " + settings.pools() + " pools × "
                + settings.periods() + " periods (seed " + settings.seed() + ")";
        return new Scenario(name,
                "A random scenario from ScenarioGenerator: regions, accelerators and prices drawn around the "
                        + "project's reference data; not a real plan.",
                horizon, GeneratorCatalog.PROVIDERS, sites, GeneratorCatalog.ACCELERATORS, pools, datasets,
                workloads.draw(settings.workloads(), capacityByPeriod(pools), LOAD, largestPool(pools)),
                new Policies(GeneratorCatalog.PRIMARY,
                        random.nextDouble() < 0.5 ? FirstRefusalMode.STRICT : FirstRefusalMode.PREFERENCE,
                        1.5, 80, 60, HOST_OVERHEAD),
                ConstraintWeights.defaults());
    }

    /** Enough sites that each gets several pools; always the primary's main region, an EU region and a campus. */
    private List<Site> chooseSites() {
        List<Site> catalog = GeneratorCatalog.SITES;
        int wanted = Math.clamp(settings.pools() / 6, Math.min(3, settings.pools()), catalog.size());
        Set<String> chosen = new LinkedHashSet<>(List.of("azure-eastus", "azure-swedencentral", "lab-abilene")
                .subList(0, Math.min(3, wanted)));
        List<Site> rest = new ArrayList<>(catalog.stream().filter(s -> !chosen.contains(s.id())).toList());
        while (chosen.size() < wanted) {
            chosen.add(rest.remove(random.nextInt(rest.size())).id());
        }
        return catalog.stream().filter(s -> chosen.contains(s.id())).toList();
    }

    private List<Pool> makePools(List<Site> sites) {
        List<Pool> pools = new ArrayList<>();
        Map<String, Integer> idCount = new HashMap<>();
        for (int i = 0; i < settings.pools(); i++) {
            Site site = sites.get(i % sites.size());
            List<String> offers = GeneratorCatalog.OFFERS.get(site.provider());
            String accelerator = offers.get(random.nextInt(offers.size()));
            String base = site.id() + "-" + accelerator;
            int n = idCount.merge(base, 1, Integer::sum);
            String id = n == 1 ? base : base + "-" + n;
            pools.add(makePool(id, site, accelerator));
        }
        return pools;
    }

    private Pool makePool(String id, Site site, String accelerator) {
        boolean selfBuilt = site.provider().equals(GeneratorCatalog.SELF_BUILT);
        boolean neocloud = GeneratorCatalog.PROVIDERS.stream()
                .anyMatch(p -> p.id().equals(site.provider()) && p.kind() == ProviderKind.NEOCLOUD);
        int count = roundTo8(logUniform(selfBuilt ? 8_000 : 512, selfBuilt ? 40_000 : neocloud ? 8_000 : 16_000));
        int last = periods.size() - 1;
        int from = random.nextDouble() < 0.75 || last == 0 ? 0 : random.nextInt(0, last / 2 + 1);
        Map<Period, Integer> ramp = new TreeMap<>();
        if (last - from >= 2 && random.nextDouble() < 0.35) {
            int steps = 1 + random.nextInt(2);
            int level = count;
            for (int step = 0; step < steps; step++) {
                int at = random.nextInt(from + 1, last + 1);
                level = roundTo8(level * (1.25 + 0.75 * random.nextDouble()));
                ramp.merge(periods.get(at), level, Math::max);
            }
        }
        PricingKind pricing = selfBuilt ? PricingKind.SELF_BUILT
                : random.nextDouble() < 0.45 ? PricingKind.COMMITTED : PricingKind.ON_DEMAND;
        double price = switch (pricing) {
            case SELF_BUILT -> GeneratorCatalog.SELF_BUILT_PRICE.get(accelerator);
            case COMMITTED -> GeneratorCatalog.ON_DEMAND_PRICE.get(accelerator) * 0.55;
            case ON_DEMAND -> GeneratorCatalog.ON_DEMAND_PRICE.get(accelerator);
        };
        price = Math.round(price * (0.9 + 0.2 * random.nextDouble()) * 100) / 100.0;
        return new Pool(id, site.id(), accelerator, count, periods.get(from), periods.get(last), pricing, price, ramp);
    }

    /** Campuses get a cap per period at 85 % of what their accelerators would draw (it binds); neoclouds one loose cap. */
    private List<Site> withPowerCaps(List<Site> sites, List<Pool> pools) {
        List<Site> capped = new ArrayList<>();
        for (Site site : sites) {
            Map<Period, Double> drawByPeriod = new TreeMap<>();
            for (Period period : periods) {
                double mw = 0;
                for (Pool pool : pools) {
                    if (pool.site().equals(site.id())) {
                        AcceleratorType type = GeneratorCatalog.accelerator(pool.accelerator());
                        mw += pool.countIn(period) * type.tdpW() * (1 + HOST_OVERHEAD) * site.pue() / 1e6;
                    }
                }
                if (mw > 0) {
                    drawByPeriod.put(period, mw);
                }
            }
            if (site.provider().equals(GeneratorCatalog.SELF_BUILT) && !drawByPeriod.isEmpty()) {
                Map<Period, Double> caps = new TreeMap<>();
                drawByPeriod.forEach((period, mw) -> caps.put(period, Math.ceil(mw * 0.85)));
                capped.add(new Site(site.id(), site.provider(), site.country(), site.jurisdiction(), site.sovereign(),
                        null, caps, site.pue(), site.carbonGPerKwh(), site.energyPricePerMwh(), site.geography(),
                        site.linkGbps()));
            } else if (site.provider().equals("coreweave") && !drawByPeriod.isEmpty()) {
                double peak = drawByPeriod.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
                capped.add(new Site(site.id(), site.provider(), site.country(), site.jurisdiction(), site.sovereign(),
                        Math.ceil(peak * 1.2), Map.of(), site.pue(), site.carbonGPerKwh(), site.energyPricePerMwh(),
                        site.geography(), site.linkGbps()));
            } else {
                capped.add(site);
            }
        }
        return capped;
    }

    /** Reference accelerators (training factors) available in each period. */
    private double[] capacityByPeriod(List<Pool> pools) {
        double[] capacity = new double[periods.size()];
        for (Pool pool : pools) {
            double factor = GeneratorCatalog.accelerator(pool.accelerator()).trainingFactor();
            for (int p = 0; p < periods.size(); p++) {
                capacity[p] += pool.countIn(periods.get(p)) * factor;
            }
        }
        return capacity;
    }

    /** Reference accelerators in the largest pool: gang-scheduled work is kept well below it. */
    private double largestPool(List<Pool> pools) {
        return pools.stream().mapToDouble(p -> p.count() * GeneratorCatalog.accelerator(p.accelerator()).trainingFactor())
                .max().orElse(1);
    }

    private double logUniform(double min, double max) {
        return Math.exp(Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min)));
    }

    private static int roundTo8(double value) {
        return Math.max(8, (int) Math.round(value / 8) * 8);
    }
}
