package com.capacityworkbench.solver.buy;

import com.capacityworkbench.model.plan.Candidate;
import com.capacityworkbench.model.plan.Money;
import com.capacityworkbench.model.plan.NotBought;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.Purchases;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.BuildOut;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import com.capacityworkbench.solver.evaluate.WorkloadExplainer;
import com.capacityworkbench.solver.purchase.PurchasableCapacity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Why a plan buys neither an offer nor a build-out step, from the workloads' own candidate checks on the pools they
 * would add: the rules that keep each workload off them (by rule, with how many workloads), else that the work runs
 * for less where it is (per hour used, before any block is rounded up), else that whole blocks, a minimum or a
 * step's capex cost more than the hours they would save.
 */
final class NotBoughtReasons {

    private NotBoughtReasons() {
    }

    static List<NotBought> of(Scenario expanded, Plan plan, Purchases bought) {
        WorkloadExplainer explainer = PlanEvaluator.explainer(expanded, plan.assignments());
        List<WorkloadExplanation> explanations = expanded.workloads().stream().map(Workload::id)
                .map(id -> explainer.explain(id).orElseThrow()).toList();
        List<NotBought> reasons = new ArrayList<>();
        for (Offer offer : expanded.purchaseOptions().offers()) {
            if (bought.offers().stream().noneMatch(o -> o.offer().equals(offer.id()))) {
                reasons.add(new NotBought(offer.id(), "offer", reason(explanations, offer.id()::equals,
                        "its blocks (" + offer.blockSize() + " each, at least " + Math.max(1, offer.minBlocks())
                                + ", for " + offer.termPeriods() + " periods)")));
            }
        }
        for (BuildOut step : expanded.purchaseOptions().buildOuts()) {
            if (bought.buildOuts().stream().noneMatch(b -> b.buildOut().equals(step.id()))) {
                String prefix = PurchasableCapacity.poolPrefix(step);
                reasons.add(new NotBought(step.id(), "build-out", reason(explanations, pool -> pool.startsWith(prefix),
                        "its capex (" + Money.format(step.capexUsd()) + ")")));
            }
        }
        return reasons;
    }

    private static String reason(List<WorkloadExplanation> explanations, Predicate<String> isItsPool, String whole) {
        Map<String, Integer> blocked = new TreeMap<>();
        int dearer = 0;
        int cheaper = 0;
        for (WorkloadExplanation e : explanations) {
            List<Candidate> its = e.candidates().stream().filter(c -> isItsPool.test(c.pool())).toList();
            if (its.isEmpty()) {
                continue;
            }
            Candidate best = its.stream().filter(Candidate::isFeasible).findFirst().orElse(null);
            if (best == null) {
                its.stream().map(Candidate::rule).distinct().forEach(r -> blocked.merge(r, 1, Integer::sum));
                continue;
            }
            double where = e.candidates().stream().filter(Candidate::chosen).mapToDouble(c -> c.costUsd() == null ? 0
                    : c.costUsd()).min().orElse(0);
            boolean placed = e.candidates().stream().anyMatch(Candidate::chosen);
            if (placed && best.costUsd() != null && best.costUsd() >= where) {
                dearer++;
            } else {
                cheaper++;
            }
        }
        if (cheaper > 0) {
            return cheaper + (cheaper == 1 ? " workload" : " workloads") + " could use it for less per hour than where "
                    + (cheaper == 1 ? "it runs" : "they run") + ", but " + whole + " cost more than the hours saved";
        }
        if (dearer > 0) {
            return "the work it could take runs for less where it is (" + dearer
                    + (dearer == 1 ? " workload" : " workloads") + ")" + (blocked.isEmpty() ? "" : "; "
                    + blockedText(blocked));
        }
        return blocked.isEmpty() ? "no workload could use it" : "no workload may use it: " + blockedText(blocked);
    }

    private static String blockedText(Map<String, Integer> blocked) {
        return blocked.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue()
                + (e.getValue() == 1 ? " workload)" : " workloads)")).collect(Collectors.joining(", "));
    }
}
