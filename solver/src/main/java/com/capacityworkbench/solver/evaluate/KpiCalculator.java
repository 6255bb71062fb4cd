package com.capacityworkbench.solver.evaluate;

import com.capacityworkbench.model.plan.CostCategory;
import com.capacityworkbench.model.plan.CostLine;
import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.plan.PoolUtilization;
import com.capacityworkbench.model.plan.ProviderUsage;
import com.capacityworkbench.model.plan.SitePower;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.rules.EgressCharge;
import com.capacityworkbench.solver.rules.PortingCharge;
import com.capacityworkbench.solver.rules.ShardOnPool;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The plan's figures, from an evaluation. */
final class KpiCalculator {

    private record LineKey(String provider, CostCategory category, Period period) {
    }

    private final Evaluation evaluation;
    private final Map<LineKey, Double> lines = new LinkedHashMap<>();

    KpiCalculator(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    Kpis kpis() {
        double tCo2e = 0;
        Map<String, Double> hoursByProvider = new TreeMap<>();
        Map<Integer, Double> unplacedByPriority = new TreeMap<>();
        for (EvaluatedShard shard : evaluation.shards) {
            ShardOnPool f = shard.figures();
            if (f == null) {
                unplacedByPriority.merge(shard.workload().priority(), shard.demand(), Double::sum);
                continue;
            }
            spread(f, CostCategory.COMPUTE, f.computeUsd());
            spread(f, CostCategory.ENERGY, f.energyUsd());
            spread(f, CostCategory.CARBON, f.carbonUsd());
            tCo2e += f.tCo2e();
            hoursByProvider.merge(f.provider(), f.acceleratorHours(), Double::sum);
        }
        for (Map.Entry<EgressCharge, EvaluatedShard> e : evaluation.egress.entrySet()) {
            add(e.getKey().payer(), CostCategory.EGRESS, e.getValue().workload().from(), e.getKey().usd());
        }
        for (Map.Entry<PortingCharge, EvaluatedShard> e : evaluation.porting.entrySet()) {
            add(e.getValue().figures().provider(), CostCategory.PORTING, e.getValue().workload().from(), e.getKey().usd());
        }
        for (PurchaseTally.Commitment c : evaluation.commitments) {
            double each = (double) c.usd() / c.periods().size();
            c.periods().forEach(p -> add(c.provider(), CostCategory.COMMITMENT, p, each));
        }

        List<CostLine> costLines = new ArrayList<>();
        Map<CostCategory, Double> byCategory = new EnumMap<>(CostCategory.class);
        Map<String, Double> byProvider = new TreeMap<>();
        Map<Period, Double> byPeriod = new TreeMap<>();
        double total = 0;
        for (Map.Entry<LineKey, Double> e : lines.entrySet()) {
            LineKey k = e.getKey();
            double usd = e.getValue();
            costLines.add(new CostLine(k.provider(), k.category(), k.period(), usd));
            byCategory.merge(k.category(), usd, Double::sum);
            byProvider.merge(k.provider(), usd, Double::sum);
            byPeriod.merge(k.period(), usd, Double::sum);
            total += usd;
        }
        costLines.sort(java.util.Comparator.comparing(CostLine::period).thenComparing(CostLine::provider)
                .thenComparing(CostLine::category));

        double allHours = hoursByProvider.values().stream().mapToDouble(Double::doubleValue).sum();
        List<ProviderUsage> usage = new ArrayList<>();
        hoursByProvider.forEach((provider, hours) ->
                usage.add(new ProviderUsage(provider, hours, allHours == 0 ? 0 : 100.0 * hours / allHours)));

        List<PoolUtilization> utilization = utilization();
        double idle = utilization.stream().mapToDouble(PoolUtilization::idleSunkUsd).sum();

        int honoured = 0;
        int elsewhere = 0;
        int latencyMisses = 0;
        int placed = 0;
        int unplaced = 0;
        boolean firstRefusalApplies = evaluation.scenario.policies().primaryProvider() != null
                && evaluation.scenario.policies().firstRefusal() != FirstRefusalMode.OFF;
        String primary = evaluation.scenario.policies().primaryProvider();
        for (Map.Entry<String, List<EvaluatedShard>> e : evaluation.shardsByWorkload.entrySet()) {
            List<EvaluatedShard> own = e.getValue();
            List<ShardOnPool> on = own.stream().filter(EvaluatedShard::isPlaced).map(EvaluatedShard::figures).toList();
            if (on.isEmpty()) {
                unplaced++;
                continue;
            }
            placed++;
            Workload workload = own.getFirst().workload();
            if (firstRefusalApplies && workload.firstRefusal()) {
                if (on.stream().allMatch(f -> f.provider().equals(primary))) {
                    honoured++;
                } else {
                    elsewhere++;
                }
            }
            if (on.stream().anyMatch(f -> f.latencyOverMs() > 0)) {
                latencyMisses++;
            }
        }
        return new Kpis(total, byCategory, byProvider, byPeriod, costLines, usage, utilization, power(), idle, tCo2e,
                honoured, elsewhere, latencyMisses, unplacedByPriority, placed, unplaced, evaluation.violations.size());
    }

    private void spread(ShardOnPool f, CostCategory category, double usd) {
        if (usd == 0 || f.periods().isEmpty()) {
            return;
        }
        double each = usd / f.periods().size();
        for (Period p : f.periods()) {
            add(f.provider(), category, p, each);
        }
    }

    private void add(String provider, CostCategory category, Period period, double usd) {
        if (usd != 0) {
            lines.merge(new LineKey(provider, category, period), usd, Double::sum);
        }
    }

    private List<PoolUtilization> utilization() {
        double periodHours = evaluation.calculator.periodHours();
        List<PoolUtilization> rows = new ArrayList<>();
        for (Pool pool : evaluation.scenario.pools()) {
            for (Period period : evaluation.scenario.horizon().periods()) {
                int available = evaluation.calculator.countIn(pool, period);
                long used = evaluation.ledger.accelerators(pool.id(), period);
                if (available == 0 && used == 0) {
                    continue;
                }
                double idle = pool.pricing().isSunk()
                        ? Math.max(0, available - used) * periodHours * pool.pricePerAccelHour() : 0;
                rows.add(new PoolUtilization(pool.id(), period, used, available, idle));
            }
        }
        return rows;
    }

    private List<SitePower> power() {
        Set<String> sitesWithPools = new HashSet<>();
        evaluation.scenario.pools().forEach(p -> sitesWithPools.add(p.site()));
        List<SitePower> rows = new ArrayList<>();
        for (Site site : evaluation.scenario.sites()) {
            if (!sitesWithPools.contains(site.id())) {
                continue;
            }
            for (Period period : evaluation.scenario.horizon().periods()) {
                double usedMw = evaluation.ledger.watts(site.id(), period) / 1e6;
                Double cap = site.powerCapIn(period);
                if (usedMw > 0 || cap != null) {
                    rows.add(new SitePower(site.id(), period, usedMw, cap));
                }
            }
        }
        return rows;
    }
}
