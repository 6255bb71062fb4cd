package com.capacityworkbench.model.excel;

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
        Kpis kpis = new Kpis(total, byCategory, byProvider, byPeriod, lines,
                List.of(new ProviderUsage("azure", 7.2e7, 55.5), new ProviderUsage("aws", 3.1e7, 24.0),
                        new ProviderUsage("campus", 2.6e7, 20.5)),
                utilization, power, 1.9e6, 41_250, 1, 1, 0, Map.of(-1, 512.0), 2, 1, 1);
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
}
