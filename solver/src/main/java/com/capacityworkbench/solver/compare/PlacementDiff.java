package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.PlacementChange;
import com.capacityworkbench.model.compare.PlacementChangeKind;
import com.capacityworkbench.model.scenario.Change;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a variant's plan does differently from the base plan, workload by workload: moved (from → to),
 * newly placed, newly unplaced, added or removed by the variant; each with its cost delta and why
 * ({@link MoveWeigher}), those a change caused first. The plans compared are the ones the comparison shows (after
 * adoption).
 */
public final class PlacementDiff {

    private PlacementDiff() {
    }

    public static List<PlacementChange> diff(ComparedPlan base, ComparedPlan variant, List<Change> variantChanges) {
        return diff(base, variant, variantChanges, Deadline.none());
    }

    /** @param deadline moves not weighed by then (the smallest by cost, the largest are weighed first) say so */
    static List<PlacementChange> diff(ComparedPlan base, ComparedPlan variant, List<Change> variantChanges,
            Deadline deadline) {
        Map<String, WorkloadPlacement> before = WorkloadPlacement.of(base.plan());
        Map<String, WorkloadPlacement> after = WorkloadPlacement.of(variant.plan());

        Set<String> workloads = new LinkedHashSet<>();
        base.scenario().workloads().forEach(w -> workloads.add(w.id()));
        variant.scenario().workloads().forEach(w -> workloads.add(w.id()));
        List<Move> moves = new ArrayList<>();
        for (String id : workloads) {
            WorkloadPlacement was = before.get(id);
            WorkloadPlacement now = after.get(id);
            PlacementChangeKind kind = kind(was, now);
            if (kind != null) {
                double delta = (now == null ? 0 : now.costUsd()) - (was == null ? 0 : was.costUsd());
                moves.add(new Move(id, kind, was, now, delta));
            }
        }
        // The largest moves are weighed first, so a deadline leaves only small ones unexplained.
        moves.sort(Comparator.comparingDouble((Move m) -> -Math.abs(m.costDelta())).thenComparing(Move::workload));
        MoveWeigher weigher = moves.isEmpty() ? null
                : new MoveWeigher(base.scenario(), variant.scenario(), base.plan().assignments(),
                        variant.plan().assignments(), moves.stream().map(Move::workload).toList(), variantChanges);
        List<PlacementChange> changes = new ArrayList<>();
        for (Move m : moves) {
            MoveWeigher.Verdict verdict = deadline.passed() ? MoveWeigher.notWeighed() : weigher.weigh(m.workload());
            changes.add(new PlacementChange(m.workload(), m.kind(), m.was() == null ? null : m.was().label(),
                    m.now() == null ? null : m.now().label(), m.costDelta(), verdict.cause(), verdict.reason()));
        }
        // Moves a change caused first: on a large plan they are what a planner looks for among many re-optimised.
        changes.sort(Comparator.comparing((PlacementChange c) -> !c.cause().causedByChange())
                .thenComparing(PlacementChange::kind)
                .thenComparing(c -> -Math.abs(c.costDelta()))
                .thenComparing(PlacementChange::workload));
        return changes;
    }

    /** A workload placed differently, before it is weighed. */
    private record Move(String workload, PlacementChangeKind kind, WorkloadPlacement was, WorkloadPlacement now,
                        double costDelta) {
    }

    private static PlacementChangeKind kind(WorkloadPlacement was, WorkloadPlacement now) {
        if (was == null) {
            return now == null ? null : PlacementChangeKind.ADDED;
        }
        if (now == null) {
            return PlacementChangeKind.REMOVED;
        }
        if (!was.isPlaced()) {
            return now.isPlaced() ? PlacementChangeKind.NEWLY_PLACED : null;
        }
        if (!now.isPlaced()) {
            return PlacementChangeKind.NEWLY_UNPLACED;
        }
        return was.samePlaceAs(now) ? null : PlacementChangeKind.MOVED;
    }
}
