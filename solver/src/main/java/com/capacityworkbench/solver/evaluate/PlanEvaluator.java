package com.capacityworkbench.solver.evaluate;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.AssignmentStatus;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.rules.EgressCharge;
import com.capacityworkbench.solver.rules.PortingCharge;
import com.capacityworkbench.solver.rules.ShardOnPool;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns any list of assignments into a full plan: every hard violation, every cost, the KPIs and the
 * explanations, recomputed in plain Java from the scenario, independently of the solver's constraint
 * streams (its score is a check on theirs). Use it after a solve, after a planner pins or moves a shard,
 * or after the scenario changed under a plan.
 */
public final class PlanEvaluator {

    /** How much to explain. */
    public enum Detail {
        /** Every workload with every candidate pool. */
        FULL,
        /**
         * Every workload, with candidate pools only for those with unplaced shards (the design asks a reason per
         * pool for those); the others' are worked out on demand ({@link #explainer}).
         */
        UNPLACED_CANDIDATES,
        /**
         * Every workload with its reasons (why unplaced, what it would need, why not on the primary), no candidate
         * pools: all are worked out on demand ({@link #explainer}). For the largest plans, where even the unplaced
         * workloads' lists ran to 1.8 M rows and a 1.46 GB plan file (20,000 × 1,000).
         */
        REASONS,
        /** No candidate pools, no reasons beyond the summary: for frequent updates while solving. */
        LIGHT
    }

    /**
     * Up to this many workload × pool pairs a plan lists every workload's candidate pools. Above it only unplaced
     * workloads': at 5,000 × 300 the lists were 1.5 M rows, 380 MB of a 568 MB plan file, 4–12 s to build and
     * 8–11 s to write, and at 20,000 × 1,000 they would not fit the heap.
     */
    public static final long CANDIDATE_PAIRS_UP_FRONT = 250_000;

    /** Above this many workload × pool pairs no candidate pools are listed ({@link Detail#REASONS}). */
    public static final long UNPLACED_CANDIDATE_PAIRS_UP_FRONT = 4_000_000;

    private PlanEvaluator() {
    }

    /**
     * The plan explained as fully as its size allows ({@link #CANDIDATE_PAIRS_UP_FRONT},
     * {@link #UNPLACED_CANDIDATE_PAIRS_UP_FRONT}).
     */
    public static Plan evaluate(Scenario scenario, List<Assignment> assignments) {
        return evaluate(scenario, assignments, detailFor(scenario));
    }

    public static Detail detailFor(Scenario scenario) {
        long pairs = (long) scenario.workloads().size() * scenario.pools().size();
        return pairs <= CANDIDATE_PAIRS_UP_FRONT ? Detail.FULL
                : pairs <= UNPLACED_CANDIDATE_PAIRS_UP_FRONT ? Detail.UNPLACED_CANDIDATES : Detail.REASONS;
    }

    /** Explains single workloads of this plan in full, candidate pools included, from one evaluation of it. */
    public static WorkloadExplainer explainer(Scenario scenario, List<Assignment> assignments) {
        return new WorkloadExplainer(scenario, new ExplanationWriter(new Evaluation(scenario, assignments), Detail.FULL));
    }

    public static Plan evaluate(Scenario scenario, List<Assignment> assignments, Detail detail) {
        Evaluation evaluation = new Evaluation(scenario, assignments);
        ExplanationWriter writer = new ExplanationWriter(evaluation, detail);
        // Checking candidate pools is most of a large plan's evaluation (1,700 unplaced workloads × 1,000 pools took
        // 17 s at 20,000 workloads); each workload's explanation reads the evaluation only, so they are written on
        // every core, in the scenario's order. Light ones, while the solver runs, stay on one thread.
        List<WorkloadExplanation> explanations = (detail == Detail.LIGHT
                ? scenario.workloads().stream() : scenario.workloads().parallelStream())
                .map(writer::explain)
                .toList();
        Map<String, WorkloadExplanation> byWorkload = new HashMap<>();
        explanations.forEach(e -> byWorkload.put(e.workload(), e));
        List<Assignment> rows = assignments(evaluation, byWorkload);
        return new Plan(scenario.name(), evaluation.score().toString(), rows, new KpiCalculator(evaluation).kpis(),
                explanations, evaluation.violations, null);
    }

    /** The plan's score as the solver would count it. */
    public static BendableScore score(Scenario scenario, List<Assignment> assignments) {
        return new Evaluation(scenario, assignments).score();
    }

    private static List<Assignment> assignments(Evaluation evaluation, Map<String, WorkloadExplanation> explanations) {
        // By identity: a shard's record hashes its workload, pool and site records whole, maps included.
        Map<EvaluatedShard, Double> shared = new IdentityHashMap<>();
        for (Map.Entry<EgressCharge, EvaluatedShard> e : evaluation.egress.entrySet()) {
            shared.merge(e.getValue(), e.getKey().usd(), Double::sum);
        }
        for (Map.Entry<PortingCharge, EvaluatedShard> e : evaluation.porting.entrySet()) {
            shared.merge(e.getValue(), e.getKey().usd(), Double::sum);
        }
        List<Assignment> rows = new ArrayList<>();
        for (EvaluatedShard s : evaluation.shards) {
            Workload w = s.workload();
            ShardOnPool f = s.figures();
            WorkloadExplanation explanation = explanations.get(w.id());
            if (f == null) {
                rows.add(new Assignment(w.id(), s.shard(), s.demand(), null, null, null, 0, w.from(), w.to(), 0,
                        AssignmentStatus.UNPLACED, explanation.missing() != null ? explanation.missing() : explanation.summary(),
                        s.pinned()));
                continue;
            }
            String violation = evaluation.violatingShards.get(s.key());
            double cost = f.ownCostUsd() + shared.getOrDefault(s, 0.0);
            String reason = violation != null ? violation
                    : explanation.primaryDeclined() != null && f.offPrimary() ? explanation.primaryDeclined()
                    : explanation.summary();
            rows.add(new Assignment(w.id(), s.shard(), s.demand(), f.pool().id(), f.site().id(), f.provider(),
                    f.accelerators(), w.from(), w.to(), cost,
                    violation != null ? AssignmentStatus.VIOLATING : AssignmentStatus.PLACED, reason, s.pinned()));
        }
        return rows;
    }
}
