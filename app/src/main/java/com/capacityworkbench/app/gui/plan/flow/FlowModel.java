package com.capacityworkbench.app.gui.plan.flow;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The alluvial flow of placed accelerator-hours: workload kinds → providers → sites. Built from the
 * plan's assignments (accelerators × hours of their window); sites beyond the top N fold into "other sites".
 */
public record FlowModel(List<List<Node>> columns, List<Link> links, double total) {

    public enum Level { KIND, PROVIDER, SITE }

    /** @param key what a click filters to (provider or site id), null for kinds and "other" */
    public record Node(Level level, String label, @Nullable String key, @Nullable String provider, double value) {
    }

    public record Link(Node from, Node to, double value) {
    }

    public static final FlowModel EMPTY = new FlowModel(List.of(List.of(), List.of(), List.of()), List.of(), 0);

    public static FlowModel of(Plan plan, Scenario scenario, int topSites) {
        Map<String, Workload> workloads = scenario.workloads().stream()
                .collect(Collectors.toMap(Workload::id, Function.identity(), (a, b) -> a));
        Map<String, String> siteProvider = scenario.sites().stream()
                .collect(Collectors.toMap(Site::id, Site::provider, (a, b) -> a));
        double hours = scenario.horizon().length().hours();
        Map<String, Double> kindToProvider = new LinkedHashMap<>();
        Map<String, Double> providerToSite = new HashMap<>();
        Map<String, Double> siteTotals = new HashMap<>();
        for (Assignment a : plan.assignments()) {
            if (!a.isPlaced() || a.provider() == null || a.site() == null) {
                continue;
            }
            Workload w = workloads.get(a.workload());
            String kind = w == null ? "other" : w.kind().label();
            double value = a.accelerators() * hours * (a.from().until(a.to()) + 1);
            kindToProvider.merge(kind + "\u0000" + a.provider(), value, Double::sum);
            providerToSite.merge(a.provider() + "\u0000" + a.site(), value, Double::sum);
            siteTotals.merge(a.site(), value, Double::sum);
        }
        Set<String> topSet = siteTotals.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(topSites).map(Map.Entry::getKey).collect(Collectors.toSet());
        return build(kindToProvider, providerToSite, topSet, siteProvider);
    }

    private static FlowModel build(Map<String, Double> kindToProvider, Map<String, Double> providerToSite,
            Set<String> topSites, Map<String, String> siteProvider) {
        Map<String, Node> kinds = new LinkedHashMap<>();
        Map<String, Node> providers = new LinkedHashMap<>();
        Map<String, Node> sites = new LinkedHashMap<>();
        Map<String, Double> kindSum = sum(kindToProvider, 0);
        Map<String, Double> providerSum = sum(kindToProvider, 1);
        Map<String, Double> siteSum = new HashMap<>();
        providerToSite.forEach((k, v) -> siteSum.merge(siteKey(k.split("\u0000")[1], topSites), v, Double::sum));
        sorted(kindSum).forEach(k -> kinds.put(k, new Node(Level.KIND, k, null, null, kindSum.get(k))));
        sorted(providerSum).forEach(p -> providers.put(p, new Node(Level.PROVIDER, p, p, p, providerSum.get(p))));
        sorted(siteSum).forEach(s -> sites.put(s, s.isEmpty()
                ? new Node(Level.SITE, "other sites", null, null, siteSum.get(s))
                : new Node(Level.SITE, s, s, siteProvider.get(s), siteSum.get(s))));
        List<Link> links = new ArrayList<>();
        kindToProvider.forEach((k, v) -> {
            String[] parts = k.split("\u0000");
            links.add(new Link(kinds.get(parts[0]), providers.get(parts[1]), v));
        });
        Map<String, Double> folded = new LinkedHashMap<>();
        providerToSite.forEach((k, v) -> {
            String[] parts = k.split("\u0000");
            folded.merge(parts[0] + "\u0000" + siteKey(parts[1], topSites), v, Double::sum);
        });
        folded.forEach((k, v) -> {
            String[] parts = k.split("\u0000", -1);
            links.add(new Link(providers.get(parts[0]), sites.get(parts[1]), v));
        });
        links.sort(Comparator.comparingDouble(Link::value).reversed());
        double total = kindSum.values().stream().mapToDouble(Double::doubleValue).sum();
        return new FlowModel(List.of(List.copyOf(kinds.values()), List.copyOf(providers.values()),
                List.copyOf(sites.values())), links, total);
    }

    private static String siteKey(String site, Set<String> topSites) {
        return topSites.contains(site) ? site : "";
    }

    private static Map<String, Double> sum(Map<String, Double> pairs, int part) {
        Map<String, Double> sums = new HashMap<>();
        pairs.forEach((k, v) -> sums.merge(k.split("\u0000")[part], v, Double::sum));
        return sums;
    }

    private static List<String> sorted(Map<String, Double> sums) {
        return sums.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Double> e) -> e.getKey().isEmpty())
                        .thenComparing(Map.Entry.<String, Double>comparingByValue().reversed()))
                .map(Map.Entry::getKey).toList();
    }
}
