package com.capacityworkbench.solver.rules;

import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.Workload;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Finds a scenario's providers, sites, accelerator types, pools, datasets and workloads by id. */
public final class ScenarioLookup {

    private final Scenario scenario;
    private final Map<String, Provider> providers;
    private final Map<String, Site> sites;
    private final Map<String, AcceleratorType> accelerators;
    private final Map<String, Pool> pools;
    private final Map<String, Dataset> datasets;
    private final Map<String, Workload> workloads;

    public ScenarioLookup(Scenario scenario) {
        this.scenario = scenario;
        this.providers = byId(scenario.providers(), Provider::id);
        this.sites = byId(scenario.sites(), Site::id);
        this.accelerators = byId(scenario.accelerators(), AcceleratorType::id);
        this.pools = byId(scenario.pools(), Pool::id);
        this.datasets = byId(scenario.datasets(), Dataset::id);
        this.workloads = byId(scenario.workloads(), Workload::id);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(id.apply(item), item);
        }
        return map;
    }

    public Scenario scenario() {
        return scenario;
    }

    public @Nullable Provider provider(String id) {
        return providers.get(id);
    }

    public Site site(String id) {
        return require(sites, id, "site");
    }

    public AcceleratorType accelerator(String id) {
        return require(accelerators, id, "accelerator type");
    }

    public Pool pool(String id) {
        return require(pools, id, "pool");
    }

    public @Nullable Pool findPool(String id) {
        return pools.get(id);
    }

    public Dataset dataset(String id) {
        return require(datasets, id, "dataset");
    }

    public @Nullable Workload findWorkload(String id) {
        return workloads.get(id);
    }

    public Site siteOf(Pool pool) {
        return site(pool.site());
    }

    public AcceleratorType acceleratorOf(Pool pool) {
        return accelerator(pool.accelerator());
    }

    /** The provider id of a pool's site. */
    public String providerOf(Pool pool) {
        return siteOf(pool).provider();
    }

    private static <T> T require(Map<String, T> map, String id, String what) {
        T value = map.get(id);
        if (value == null) {
            throw new IllegalArgumentException("unknown " + what + " \"" + id + "\"\n"
                    + "Maybe validate the scenario first: every reference must name an existing " + what + ".");
        }
        return value;
    }
}
