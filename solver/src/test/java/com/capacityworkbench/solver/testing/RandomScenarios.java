package com.capacityworkbench.solver.testing;

import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Geography;
import com.capacityworkbench.model.scenario.Horizon;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Policies;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.scenario.WorkloadKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random but plausible scenarios for solver tests, touching every rule: residency, sovereign sites,
 * families with and without porting, memory, ramps and windows, staging lead times, power caps,
 * first refusal in every mode, latency targets, provider share limits and non-default weights.
 */
public final class RandomScenarios {

    private static final String[] JURISDICTIONS = {"EU", "US", "UK"};
    private static final List<String> GEOGRAPHIES = Geography.all().stream().map(Geography::id).sorted().toList();

    private RandomScenarios() {
    }

    public static Scenario generate(long seed, int workloadCount, int poolCount, int periodCount) {
        Random random = new Random(seed);
        Period first = Period.quarter(2027, 1);
        Horizon horizon = new Horizon(first, first.plus(periodCount - 1));
        List<Provider> providers = List.of(
                new Provider("azure", ProviderKind.CLOUD, 0.02, 0.087, null),
                new Provider("aws", ProviderKind.CLOUD, 0.02, 0.09, null),
                new Provider("google", ProviderKind.CLOUD, 0.02, 0.12, null),
                new Provider("coreweave", ProviderKind.NEOCLOUD, 0, 0.05, null),
                new Provider("self-built", ProviderKind.SELF_BUILT, 0, 0.05, null));
        List<AcceleratorType> types = List.of(
                new AcceleratorType("H100", "NVIDIA", SoftwareFamily.CUDA, 80, 700, 1.0, 1.0, 20),
                new AcceleratorType("B200", "NVIDIA", SoftwareFamily.CUDA, 180, 1000, 2.2, 2.5, 15),
                new AcceleratorType("MI300X", "AMD", SoftwareFamily.ROCM, 192, 750, 1.1, 1.3, 22),
                new AcceleratorType("TPU-v5p", "Google", SoftwareFamily.XLA, 95, 600, 1.2, 1.1, 18),
                new AcceleratorType("Trainium2", "AWS", SoftwareFamily.NEURON, 96, 500, 0.9, 0.8, 25));

        List<Site> sites = new ArrayList<>();
        for (Provider provider : providers) {
            int n = 2 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                String jurisdiction = JURISDICTIONS[random.nextInt(JURISDICTIONS.length)];
                boolean selfBuilt = provider.kind() == ProviderKind.SELF_BUILT;
                Double cap = selfBuilt || random.nextInt(3) == 0 ? 5.0 + random.nextInt(200) : null;
                Map<Period, Double> caps = new HashMap<>();
                if (cap != null && random.nextBoolean()) {
                    caps.put(first.plus(random.nextInt(periodCount)), cap * 1.5);
                }
                sites.add(new Site(provider.id() + "-" + jurisdiction.toLowerCase() + "-" + i, provider.id(), jurisdiction,
                        jurisdiction, random.nextInt(6) == 0, cap, caps, 1.1 + random.nextDouble() * 0.3,
                        20 + random.nextInt(500), selfBuilt ? 40 + random.nextInt(60) : 0,
                        GEOGRAPHIES.get(random.nextInt(GEOGRAPHIES.size())), 10 + random.nextInt(390)));
            }
        }

        List<Pool> pools = new ArrayList<>();
        for (int i = 0; i < poolCount; i++) {
            Site site = sites.get(random.nextInt(sites.size()));
            AcceleratorType type = typeFor(site.provider(), types, random);
            int from = random.nextInt(Math.max(1, periodCount / 3));
            int to = periodCount - 1 - random.nextInt(Math.max(1, periodCount / 4));
            PricingKind pricing = site.provider().equals("self-built") ? PricingKind.SELF_BUILT
                    : random.nextInt(3) == 0 ? PricingKind.COMMITTED : PricingKind.ON_DEMAND;
            int count = 100 * (1 + random.nextInt(60));
            Map<Period, Integer> ramp = new HashMap<>();
            if (random.nextInt(3) == 0 && to > from) {
                ramp.put(first.plus(from + 1 + random.nextInt(to - from)), count * 2);
            }
            pools.add(new Pool("pool-" + i, site.id(), type.id(), count, first.plus(from), first.plus(to), pricing,
                    1.5 + random.nextDouble() * 8, ramp));
        }

        List<Dataset> datasets = new ArrayList<>();
        int datasetCount = Math.max(1, workloadCount / 4);
        for (int i = 0; i < datasetCount; i++) {
            Site home = sites.get(random.nextInt(sites.size()));
            Set<String> allowed = random.nextInt(4) == 0 ? Set.of(home.jurisdiction()) : Set.of();
            datasets.add(new Dataset("data-" + i, 10 + random.nextInt(3000), home.id(), allowed, random.nextInt(8) != 0));
        }

        List<Workload> workloads = new ArrayList<>();
        WorkloadKind[] kinds = WorkloadKind.values();
        for (int i = 0; i < workloadCount; i++) {
            WorkloadKind kind = kinds[random.nextInt(kinds.length)];
            int from = random.nextInt(periodCount);
            int to = Math.min(periodCount - 1, from + random.nextInt(4));
            Set<SoftwareFamily> families = EnumSet.noneOf(SoftwareFamily.class);
            int familyCount = random.nextInt(3);
            for (int f = 0; f < familyCount; f++) {
                families.add(types.get(random.nextInt(types.size())).family());
            }
            Set<String> reads = new LinkedHashSet<>();
            for (int d = random.nextInt(3); d > 0; d--) {
                reads.add(datasets.get(random.nextInt(datasets.size())).id());
            }
            boolean inference = kind.isInference();
            workloads.add(new Workload("w-" + i, kind, 20 + random.nextInt(inference ? 1500 : 3000), first.plus(from),
                    first.plus(to), 1 + random.nextInt(5), families, random.nextInt(4) == 0 ? 100 : 0, List.copyOf(reads),
                    random.nextInt(3) == 0, inference, inference ? 1 + random.nextInt(4) : 1,
                    inference ? 30.0 + random.nextInt(120) : null,
                    inference ? GEOGRAPHIES.get(random.nextInt(GEOGRAPHIES.size())) : null,
                    random.nextInt(4) == 0 ? 1.0 + random.nextInt(20) : null,
                    random.nextInt(4) == 0 ? 50_000.0 + random.nextInt(500_000) : null,
                    random.nextInt(15) == 0));
        }
        FirstRefusalMode mode = FirstRefusalMode.values()[random.nextInt(3)];
        Policies policies = new Policies("azure", mode, 0.5 + random.nextDouble(), 40 + random.nextInt(80),
                random.nextBoolean() ? 100 : 35 + random.nextInt(40), Policies.DEFAULT_HOST_OVERHEAD);
        ConstraintWeights weights = random.nextBoolean() ? ConstraintWeights.defaults()
                : new ConstraintWeights(1 + random.nextInt(3), 0.5 + random.nextInt(3), 0.25 + random.nextInt(2),
                        random.nextInt(3), 1.5);
        return new Scenario("random-" + seed, null, horizon, providers, sites, types, pools, datasets, workloads,
                policies, weights);
    }

    private static AcceleratorType typeFor(String provider, List<AcceleratorType> types, Random random) {
        return switch (provider) {
            case "google" -> types.get(random.nextBoolean() ? 3 : 0);
            case "aws" -> types.get(random.nextBoolean() ? 4 : 0);
            case "self-built" -> types.get(random.nextBoolean() ? 2 : 1);
            default -> types.get(random.nextInt(3));
        };
    }
}
