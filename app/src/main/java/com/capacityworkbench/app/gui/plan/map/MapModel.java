package com.capacityworkbench.app.gui.plan.map;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.Geography;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sites on the map with their peak placed accelerators, and the datasets the plan moves away from
 * their home site (one arc per dataset and destination, largest first).
 */
public record MapModel(List<SiteBubble> sites, List<DataArc> arcs, int arcsLeftOut) {

    public record SiteBubble(Site site, Geography geography, int peakAccelerators, int workloads) {
    }

    public record DataArc(String dataset, double sizeTb, SiteBubble from, SiteBubble to) {
    }

    public static final MapModel EMPTY = new MapModel(List.of(), List.of(), 0);

    public static MapModel of(Scenario scenario, Plan plan, int maxArcs) {
        Map<String, Map<Period, Integer>> use = new HashMap<>();
        Map<String, Integer> workloadCount = new HashMap<>();
        for (Assignment a : plan.assignments()) {
            if (a.isPlaced() && a.site() != null) {
                Map<Period, Integer> perPeriod = use.computeIfAbsent(a.site(), k -> new HashMap<>());
                for (Period p = a.from(); !p.isAfter(a.to()); p = p.plus(1)) {
                    perPeriod.merge(p, a.accelerators(), Integer::sum);
                }
                workloadCount.merge(a.site(), 1, Integer::sum);
            }
        }
        Map<String, SiteBubble> bubbles = new LinkedHashMap<>();
        for (Site site : scenario.sites()) {
            Geography.find(site.geography()).ifPresent(g -> bubbles.put(site.id(), new SiteBubble(site, g,
                    use.getOrDefault(site.id(), Map.of()).values().stream().mapToInt(Integer::intValue).max().orElse(0),
                    workloadCount.getOrDefault(site.id(), 0))));
        }
        List<DataArc> arcs = arcs(scenario, plan, bubbles);
        int left = Math.max(0, arcs.size() - maxArcs);
        return new MapModel(List.copyOf(bubbles.values()), arcs.subList(0, arcs.size() - left), left);
    }

    private static List<DataArc> arcs(Scenario scenario, Plan plan, Map<String, SiteBubble> bubbles) {
        Map<String, Workload> workloads = scenario.workloads().stream()
                .collect(Collectors.toMap(Workload::id, Function.identity(), (a, b) -> a));
        Map<String, Dataset> datasets = scenario.datasets().stream()
                .collect(Collectors.toMap(Dataset::id, Function.identity(), (a, b) -> a));
        Map<String, DataArc> arcs = new LinkedHashMap<>();
        for (Assignment a : plan.assignments()) {
            Workload w = workloads.get(a.workload());
            if (!a.isPlaced() || w == null || a.site() == null) {
                continue;
            }
            for (String id : w.datasets()) {
                Dataset d = datasets.get(id);
                if (d == null || d.homeSite().equals(a.site())) {
                    continue;
                }
                SiteBubble from = bubbles.get(d.homeSite());
                SiteBubble to = bubbles.get(a.site());
                if (from != null && to != null) {
                    arcs.putIfAbsent(id + "\u0000" + a.site(), new DataArc(id, d.sizeTb(), from, to));
                }
            }
        }
        List<DataArc> list = new ArrayList<>(arcs.values());
        list.sort(Comparator.comparingDouble(DataArc::sizeTb).reversed());
        return list;
    }
}
