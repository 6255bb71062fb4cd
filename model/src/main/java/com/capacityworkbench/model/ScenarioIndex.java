package com.capacityworkbench.model;

import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.Workload;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lookups by id over one scenario and the links between its parts (pool → site → provider,
 * dataset → home site, workload → datasets). Built once; the scenario is immutable.
 * Where ids repeat (an invalid scenario) the first one wins; the validator reports the others.
 * The {@code findX} methods return empty for an unknown id, the plain ones throw.
 */
public final class ScenarioIndex {

    private final Scenario scenario;
    private final Map<String, Provider> providers;
    private final Map<String, Site> sites;
    private final Map<String, AcceleratorType> accelerators;
    private final Map<String, Pool> pools;
    private final Map<String, Dataset> datasets;
    private final Map<String, Workload> workloads;
    private final Map<String, List<Pool>> poolsBySite;
    private final Map<String, List<Site>> sitesByProvider;
    /**
     * The scenario's own pools' sites and accelerator types by the pool itself: building a 20,000 × 1,000 problem
     * asks them for 20 million pairs, and an id's lookup costs a string comparison each time.
     */
    private final Map<Pool, Site> siteByPool = new IdentityHashMap<>();
    private final Map<Pool, AcceleratorType> typeByPool = new IdentityHashMap<>();

    public ScenarioIndex(Scenario scenario) {
        this.scenario = scenario;
        this.providers = byId(scenario.providers(), Provider::id);
        this.sites = byId(scenario.sites(), Site::id);
        this.accelerators = byId(scenario.accelerators(), AcceleratorType::id);
        this.pools = byId(scenario.pools(), Pool::id);
        this.datasets = byId(scenario.datasets(), Dataset::id);
        this.workloads = byId(scenario.workloads(), Workload::id);
        this.poolsBySite = groupBy(scenario.pools(), Pool::site);
        this.sitesByProvider = groupBy(scenario.sites(), Site::provider);
        for (Pool pool : scenario.pools()) {
            Site site = pool.site() == null ? null : sites.get(pool.site());
            AcceleratorType type = pool.accelerator() == null ? null : accelerators.get(pool.accelerator());
            if (site != null) {
                siteByPool.put(pool, site);
            }
            if (type != null) {
                typeByPool.put(pool, type);
            }
        }
    }

    public static ScenarioIndex of(Scenario scenario) {
        return new ScenarioIndex(scenario);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            String key = id.apply(item);
            if (key != null) {
                map.putIfAbsent(key, item);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private static <T> Map<String, List<T>> groupBy(List<T> items, Function<T, String> key) {
        Map<String, List<T>> map = new LinkedHashMap<>();
        for (T item : items) {
            String k = key.apply(item);
            if (k != null) {
                map.computeIfAbsent(k, x -> new ArrayList<>()).add(item);
            }
        }
        map.replaceAll((k, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(map);
    }

    public Scenario scenario() {
        return scenario;
    }

    public Optional<Provider> findProvider(String id) {
        return Optional.ofNullable(id == null ? null : providers.get(id));
    }

    public Optional<Site> findSite(String id) {
        return Optional.ofNullable(id == null ? null : sites.get(id));
    }

    public Optional<AcceleratorType> findAccelerator(String id) {
        return Optional.ofNullable(id == null ? null : accelerators.get(id));
    }

    public Optional<Pool> findPool(String id) {
        return Optional.ofNullable(id == null ? null : pools.get(id));
    }

    public Optional<Dataset> findDataset(String id) {
        return Optional.ofNullable(id == null ? null : datasets.get(id));
    }

    public Optional<Workload> findWorkload(String id) {
        return Optional.ofNullable(id == null ? null : workloads.get(id));
    }

    public Provider provider(String id) {
        return require(providers, id, "provider");
    }

    public Site site(String id) {
        return require(sites, id, "site");
    }

    public AcceleratorType accelerator(String id) {
        return require(accelerators, id, "accelerator");
    }

    public Pool pool(String id) {
        return require(pools, id, "pool");
    }

    public Dataset dataset(String id) {
        return require(datasets, id, "dataset");
    }

    public Workload workload(String id) {
        return require(workloads, id, "workload");
    }

    public Provider providerOf(Site site) {
        return provider(site.provider());
    }

    public Site siteOf(Pool pool) {
        Site site = siteByPool.get(pool);
        return site != null ? site : site(pool.site());
    }

    public Provider providerOf(Pool pool) {
        return providerOf(siteOf(pool));
    }

    public AcceleratorType acceleratorOf(Pool pool) {
        AcceleratorType type = typeByPool.get(pool);
        return type != null ? type : accelerator(pool.accelerator());
    }

    public Site homeSiteOf(Dataset dataset) {
        return site(dataset.homeSite());
    }

    public Provider providerOf(Dataset dataset) {
        return providerOf(homeSiteOf(dataset));
    }

    public List<Dataset> datasetsOf(Workload workload) {
        return workload.datasets().stream().map(this::dataset).toList();
    }

    public List<Site> sitesOf(Provider provider) {
        return sitesByProvider.getOrDefault(provider.id(), List.of());
    }

    public List<Pool> poolsAt(Site site) {
        return poolsBySite.getOrDefault(site.id(), List.of());
    }

    public Map<String, Provider> providers() {
        return providers;
    }

    public Map<String, Site> sites() {
        return sites;
    }

    public Map<String, AcceleratorType> accelerators() {
        return accelerators;
    }

    public Map<String, Pool> pools() {
        return pools;
    }

    public Map<String, Dataset> datasets() {
        return datasets;
    }

    public Map<String, Workload> workloads() {
        return workloads;
    }

    private static <T> T require(Map<String, T> map, String id, String what) {
        T item = id == null ? null : map.get(id);
        if (item == null) {
            throw new IllegalArgumentException("unknown " + what + " \"" + id + "\""
                    + System.lineSeparator() + "Maybe the scenario was not validated first (ScenarioValidator).");
        }
        return item;
    }
}
