package com.capacityworkbench.app.report;

import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.plan.PoolUtilization;
import com.capacityworkbench.model.plan.SitePower;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What limits a plan, read from its KPIs: the pools that are full and the power caps that bind. */
public final class BindingConstraints {

    /** A site counts as power-bound when some period uses this share of its cap. */
    public static final double BINDING_POWER = 0.95;

    private BindingConstraints() {
    }

    /** Each capped site's period closest to its cap, by site. */
    public static Map<String, SitePower> powerPeaks(Kpis kpis) {
        return kpis.power().stream().filter(p -> p.capMw() != null && p.capMw() > 0)
                .collect(Collectors.toMap(SitePower::site, p -> p,
                        (a, b) -> a.usedMw() / a.capMw() >= b.usedMw() / b.capMw() ? a : b, TreeMap::new));
    }

    /** The capped sites whose power use reaches {@link #BINDING_POWER} of the cap in some period, at that period. */
    public static List<SitePower> bindingPower(Kpis kpis) {
        return powerPeaks(kpis).values().stream().filter(p -> p.usedMw() >= BINDING_POWER * p.capMw()).toList();
    }

    /** The pools with every accelerator used in some period, each with its first full period, fullest first. */
    public static List<PoolUtilization> fullPools(Kpis kpis) {
        Map<String, PoolUtilization> first = new LinkedHashMap<>();
        kpis.utilization().stream().filter(u -> u.available() > 0 && u.used() >= u.available())
                .sorted(Comparator.comparing(PoolUtilization::period))
                .forEach(u -> first.putIfAbsent(u.pool(), u));
        Map<String, Long> fullPeriods = kpis.utilization().stream()
                .filter(u -> u.available() > 0 && u.used() >= u.available())
                .collect(Collectors.groupingBy(PoolUtilization::pool, Collectors.counting()));
        return first.values().stream()
                .sorted(Comparator.comparingLong((PoolUtilization u) -> -fullPeriods.get(u.pool()))
                        .thenComparing(PoolUtilization::pool))
                .toList();
    }
}
