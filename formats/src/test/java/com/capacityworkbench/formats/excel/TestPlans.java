package com.capacityworkbench.formats.excel;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.AssignmentStatus;
import com.capacityworkbench.model.plan.Candidate;
import com.capacityworkbench.model.plan.CostCategory;
import com.capacityworkbench.model.plan.CostLine;
import com.capacityworkbench.model.plan.CostPart;
import com.capacityworkbench.model.plan.HardViolation;
import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.plan.LevelQuality;
import com.capacityworkbench.model.plan.PlanLevel;
import com.capacityworkbench.model.plan.PlanQuality;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.PoolUtilization;
import com.capacityworkbench.model.plan.ProviderUsage;
import com.capacityworkbench.model.plan.SitePower;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A plan for {@link TestScenarios#rich()} built by hand, with figures that vary by period so the charts show shapes. */
final class TestPlans {

    private TestPlans() {
    }

    static Plan forRich(Scenario s) {
        Kpis kpis = kpisFor(s);
        List<Assignment> assignments = List.of(
                new Assignment("frontier-pretrain", 0, 12000, "tx-mi300", "campus-tx", "campus", 14118,
                        s.horizon().first(), s.horizon().last(), 5.1e7, AssignmentStatus.PLACED,
                        "self-built MI300X is sunk cost; azure-h100 has no room for 12,000 until 2028-Q1", false),
                new Assignment("eu-assistant", 0, 750.375, "azure-h100", "azure-swedencentral", "azure", 751,
                        Period.quarter(2027, 2), s.horizon().last(), 9.8e6, AssignmentStatus.PLACED, "=EU only", true),
                new Assignment("eu-assistant", 1, 750.375, "azure-h100", "azure-swedencentral", "azure", 751,
                        Period.quarter(2027, 2), s.horizon().last(), 9.8e6, AssignmentStatus.VIOLATING, null, false),
                new Assignment("-rl-sweep", 0, 512, null, null, null, 0, Period.quarter(2027, 3),
                        Period.quarter(2027, 3), 0, AssignmentStatus.UNPLACED, "needs Neuron; aws-trn2 is full", false));
        List<WorkloadExplanation> explanations = List.of(
                new WorkloadExplanation("frontier-pretrain", "On tx-mi300: the cheapest pool with room.",
                        List.of(new CostPart(CostCategory.COMPUTE, 5.0e7, "14,118 MI300X × 8,766 h × $0.95")),
                        List.of(new Candidate("tx-mi300", "campus-tx", "campus", 5.1e7, null, null, true),
                                new Candidate("azure-h100", "azure-swedencentral", "azure", 9.9e7, "Capacity",
                                        "Capacity: 12,000 needed, 4,096 available in 2027-Q1", false),
                                new Candidate("aws-trn2", "aws-us-east-1", "aws", null, "Compatibility",
                                        "Compatibility: Neuron is not supported and porting is not allowed", false)),
                        "azure-h100 had 4,096 free, 12,000 needed", null),
                new WorkloadExplanation("-rl-sweep", "Unplaced: no Neuron pool has room.", List.of(), List.of(), null,
                        "2,048 more Trainium2 at aws-us-east-1 in 2027-Q3"));
        List<HardViolation> violations = List.of(new HardViolation("Power", "eu-assistant",
                "azure-swedencentral 2027-Q3", "62.5 MW cap, 64.1 MW drawn"));
        return new Plan(s.name(), "-1hard/-512medium/-61000000soft", assignments, kpis, explanations, violations,
                new PlanQuality(List.of(new LevelQuality(PlanLevel.UNPLACED_DEMAND, 512, 500.0, false, false, 3.5),
                        new LevelQuality(PlanLevel.COST, 61_000_000, null, false, true, 9.0)), 10, 1));
    }

    /** KPIs over every pool, site and period of a scenario, with figures that vary by period. */
    static Kpis kpisFor(Scenario s) {
        List<Period> periods = s.horizon().periods();
        List<PoolUtilization> utilization = new ArrayList<>();
        for (Pool pool : s.pools()) {
            for (int i = 0; i < periods.size(); i++) {
                Period p = periods.get(i);
                int available = pool.countIn(p);
                int used = (int) Math.min(available * 1.1, available * (0.2 + 0.12 * i));
                utilization.add(new PoolUtilization(pool.id(), p, used, available,
                        pool.pricing().isSunk() ? (available - Math.min(used, available)) * 2190 * 0.5 : 0));
            }
        }
        List<SitePower> power = new ArrayList<>();
        for (int siteIndex = 0; siteIndex < s.sites().size(); siteIndex++) {
            Site site = s.sites().get(siteIndex);
            for (int i = 0; i < periods.size(); i++) {
                Period p = periods.get(i);
                power.add(new SitePower(site.id(), p, 10 + 9.5 * i + 15 * siteIndex, site.powerCapIn(p)));
            }
        }
        List<CostLine> lines = new ArrayList<>();
        Map<String, Double> byProvider = new HashMap<>();
        Map<CostCategory, Double> byCategory = new HashMap<>();
        Map<Period, Double> byPeriod = new HashMap<>();
        String[] providers = {"azure", "aws", "campus"};
        for (int pi = 0; pi < providers.length; pi++) {
            for (int i = 0; i < periods.size(); i++) {
                double compute = 4_000_000.0 * (pi + 1) + 250_000.0 * i;
                double egress = pi == 1 ? 120_000 : 0;
                lines.add(new CostLine(providers[pi], CostCategory.COMPUTE, periods.get(i), compute));
                if (egress > 0) {
                    lines.add(new CostLine(providers[pi], CostCategory.EGRESS, periods.get(i), egress));
                }
                byProvider.merge(providers[pi], compute + egress, Double::sum);
                byCategory.merge(CostCategory.COMPUTE, compute, Double::sum);
                byCategory.merge(CostCategory.EGRESS, egress, Double::sum);
                byPeriod.merge(periods.get(i), compute + egress, Double::sum);
            }
        }
        double total = byProvider.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Kpis(total, byCategory, byProvider, byPeriod, lines,
                List.of(new ProviderUsage("azure", 7.2e7, 55.5), new ProviderUsage("aws", 3.1e7, 24.0),
                        new ProviderUsage("campus", 2.6e7, 20.5)),
                utilization, power, 1.9e6, 41_250, 1, 1, 0, Map.of(-1, 512.0), 2, 1, 1);
    }

    /**
     * A plan the size of a generated scenario: every shard placed on a pool (round robin) and every pool listed as a
     * candidate of every workload, each but the chosen one blocked by a long rule sentence, as a plan below the
     * solver's 250,000-pair threshold carries them. The old writer put one Explanations row per workload × pool.
     */
    static Plan everyCandidate(Scenario s) {
        List<Pool> pools = s.pools();
        List<Assignment> assignments = new ArrayList<>();
        List<WorkloadExplanation> explanations = new ArrayList<>();
        String blocked = "Capacity: needs 1,024 more accelerators in 2027-Q3 than the pool has left beside the rest of"
                + " the plan; its other periods have room";
        for (int w = 0; w < s.workloads().size(); w++) {
            var workload = s.workloads().get(w);
            Pool chosen = pools.get(w % pools.size());
            for (int shard = 0; shard < workload.shardCount(); shard++) {
                assignments.add(new Assignment(workload.id(), shard, workload.demand() / workload.shardCount(),
                        chosen.id(), chosen.site(), "provider", 64, workload.from(), workload.to(), 1.0e6,
                        AssignmentStatus.PLACED, "the cheapest pool with room", false));
            }
            List<Candidate> candidates = new ArrayList<>(pools.size());
            for (int p = 0; p < pools.size(); p++) {
                Pool pool = pools.get(p);
                boolean isChosen = pool == chosen;
                candidates.add(new Candidate(pool.id(), pool.site(), "provider", 1.0e6 + p, isChosen ? null : "Capacity",
                        isChosen ? null : blocked, isChosen));
            }
            explanations.add(new WorkloadExplanation(workload.id(), "On " + chosen.id() + ": the cheapest pool with room.",
                    List.of(), candidates, null, null));
        }
        return new Plan(s.name(), "0hard/0medium/-1soft", assignments, kpisFor(s), explanations, List.of(), null);
    }
}
