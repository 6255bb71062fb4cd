package com.capacityworkbench.solver.testing;

import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Builds small scenarios in test code: sensible defaults, every field reachable. */
public final class ScenarioBuilder {

    private final String name;
    private Horizon horizon = new Horizon(Period.quarter(2027, 1), Period.quarter(2027, 4));
    private final List<Provider> providers = new ArrayList<>();
    private final List<Site> sites = new ArrayList<>();
    private final List<AcceleratorType> accelerators = new ArrayList<>();
    private final List<Pool> pools = new ArrayList<>();
    private final List<Dataset> datasets = new ArrayList<>();
    private final List<Workload> workloads = new ArrayList<>();
    private Policies policies = Policies.defaults();
    private ConstraintWeights weights = ConstraintWeights.defaults();

    public ScenarioBuilder(String name) {
        this.name = name;
    }

    /** 2027 at one Azure site, az-east (US, us-east), with H100 accelerators: pools and work still to add. */
    public static ScenarioBuilder azureEastH100(String name) {
        return new ScenarioBuilder(name)
                .horizon("2027-Q1", "2027-Q4")
                .provider("azure", ProviderKind.CLOUD, 0.02, 0.08)
                .site(site("az-east", "azure", "US", "us-east"))
                .accelerator(h100());
    }

    public ScenarioBuilder horizon(String first, String last) {
        horizon = new Horizon(Period.parse(first), Period.parse(last));
        return this;
    }

    public ScenarioBuilder provider(String id, ProviderKind kind, double egressSame, double egressCross) {
        providers.add(new Provider(id, kind, egressSame, egressCross, null));
        return this;
    }

    public ScenarioBuilder site(Site site) {
        sites.add(site);
        return this;
    }

    public static Site site(String id, String provider, String jurisdiction, String geography) {
        return new Site(id, provider, jurisdiction, jurisdiction, false, null, Map.of(), 1.2, 300, 0, geography, 100);
    }

    public ScenarioBuilder accelerator(AcceleratorType type) {
        accelerators.add(type);
        return this;
    }

    public static AcceleratorType h100() {
        return new AcceleratorType("H100", "NVIDIA", SoftwareFamily.CUDA, 80, 700, 1.0, 1.0, 20);
    }

    public ScenarioBuilder pool(String id, String site, String accelerator, int count, PricingKind pricing, double price) {
        pools.add(new Pool(id, site, accelerator, count, horizon.first(), horizon.last(), pricing, price, Map.of()));
        return this;
    }

    public ScenarioBuilder pool(Pool pool) {
        pools.add(pool);
        return this;
    }

    public ScenarioBuilder dataset(String id, double sizeTb, String homeSite, Set<String> allowed, boolean mayLeave) {
        datasets.add(new Dataset(id, sizeTb, homeSite, allowed, mayLeave));
        return this;
    }

    public ScenarioBuilder workload(Workload workload) {
        workloads.add(workload);
        return this;
    }

    /** A training workload over the whole horizon; adjust with {@link WorkloadEdit}. */
    public ScenarioBuilder workload(String id, double demand, UnaryOperator<WorkloadEdit> edit) {
        workloads.add(edit.apply(new WorkloadEdit(id, demand, horizon)).build());
        return this;
    }

    public ScenarioBuilder policies(Policies policies) {
        this.policies = policies;
        return this;
    }

    public ScenarioBuilder weights(ConstraintWeights weights) {
        this.weights = weights;
        return this;
    }

    public static Policies firstRefusal(String primary, FirstRefusalMode mode, double premium) {
        return new Policies(primary, mode, premium, 0, 100, Policies.DEFAULT_HOST_OVERHEAD);
    }

    public Scenario build() {
        return new Scenario(name, null, horizon, providers, sites, accelerators, pools, datasets, workloads, policies, weights);
    }

    /** A workload being described. */
    public static final class WorkloadEdit {
        private final String id;
        private final double demand;
        private WorkloadKind kind = WorkloadKind.TRAINING;
        private Period from;
        private Period to;
        private int priority = 1;
        private Set<SoftwareFamily> families = Set.of();
        private double minMemoryGb;
        private List<String> datasets = List.of();
        private boolean firstRefusal;
        private boolean splittable;
        private int maxShards = 1;
        private Double latencyTargetMs;
        private String userGeography;
        private Double stagingLeadTimeDays;
        private Double portingCostUsd;
        private boolean requiresSovereign;

        WorkloadEdit(String id, double demand, Horizon horizon) {
            this.id = id;
            this.demand = demand;
            this.from = horizon.first();
            this.to = horizon.last();
        }

        public WorkloadEdit kind(WorkloadKind k) {
            kind = k;
            return this;
        }

        public WorkloadEdit window(String first, String last) {
            from = Period.parse(first);
            to = Period.parse(last);
            return this;
        }

        public WorkloadEdit priority(int p) {
            priority = p;
            return this;
        }

        public WorkloadEdit families(SoftwareFamily... f) {
            families = Set.of(f);
            return this;
        }

        public WorkloadEdit minMemory(double gb) {
            minMemoryGb = gb;
            return this;
        }

        public WorkloadEdit datasets(String... ids) {
            datasets = List.of(ids);
            return this;
        }

        public WorkloadEdit firstRefusal() {
            firstRefusal = true;
            return this;
        }

        public WorkloadEdit split(int shards) {
            splittable = true;
            maxShards = shards;
            return this;
        }

        public WorkloadEdit latency(double targetMs, String users) {
            kind = WorkloadKind.INFERENCE;
            latencyTargetMs = targetMs;
            userGeography = users;
            return this;
        }

        public WorkloadEdit staging(double days) {
            stagingLeadTimeDays = days;
            return this;
        }

        public WorkloadEdit porting(double usd) {
            portingCostUsd = usd;
            return this;
        }

        public WorkloadEdit sovereign() {
            requiresSovereign = true;
            return this;
        }

        Workload build() {
            return new Workload(id, kind, demand, from, to, priority, families, minMemoryGb, datasets, firstRefusal,
                    splittable, maxShards, latencyTargetMs, userGeography, stagingLeadTimeDays, portingCostUsd,
                    requiresSovereign);
        }
    }
}
