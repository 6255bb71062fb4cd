package com.capacityworkbench.solver.compare;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.plan.Assignment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the plans of a comparison consistent with each other, so a difference between two columns is the
 * scenarios' and not the solver's luck. After the solves:
 * <ol>
 * <li>placements travel one workload at a time between the base and each variant: the base takes a variant's
 *     placement of a workload when that is strictly better under the base, and a variant goes back to the
 *     base's placement when that is valid and at least as good under the variant (so it stays close to the
 *     base where nothing is gained by moving); then the same for groups of moves that make room for each other
 *     ({@link MoveGroups}), which single placements cannot do without breaking a rule on the way;</li>
 * <li>every plan is scored under every scenario (read there by {@link PlanRows#into}); a scenario adopts the best
 *     plan that is valid for it (breaks no hard rule there) and strictly better than its own;</li>
 * </ol>
 * repeated until nothing changes, and adoption alone last until no scenario finds a better plan. Placements go
 * first: a plan adopted whole would discard the good placements of the plan it replaces. Every step keeps or
 * improves each scenario's score, so afterwards a variant that only relaxes the base never shows a worse score
 * than the base's plan under that variant, and the base never shows a worse score than any variant's plan that
 * is valid for it.
 */
final class ConsistentPlans {

    /** Rounds of adoption and placement travel; each round only improves, so few are needed. */
    private static final int MAX_ROUNDS = 6;

    private ConsistentPlans() {
    }

    /**
     * @param deadline when placements stop travelling (whole plans are always cross-scored: one evaluation per
     *                 pair of plans)
     */
    static void settle(ScenarioPlan base, List<ScenarioPlan> variants, Deadline deadline) {
        List<ScenarioPlan> all = new ArrayList<>();
        all.add(base);
        all.addAll(variants);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean changed = false;
            for (ScenarioPlan variant : variants) {
                changed |= alignPlacements(base, variant, deadline);
                changed |= alignGroups(base, variant, deadline);
            }
            changed |= adoptBetterPlans(all);
            if (!changed) {
                return;
            }
        }
        // The invariants need a last word from adoption. Each adoption strictly improves one scenario with a plan
        // the comparison already holds, so this ends; the bound is only a guard.
        for (int pass = 0; pass < all.size() * all.size() && adoptBetterPlans(all); pass++) {
            // adopting until stable
        }
    }

    /** Each scenario adopts the best other plan that is valid for it and better than its own; true when any did. */
    static boolean adoptBetterPlans(List<ScenarioPlan> all) {
        boolean changed = false;
        for (ScenarioPlan target : all) {
            ScenarioPlan bestSource = null;
            List<Assignment> bestRows = null;
            BendableScore bestScore = target.score();
            for (ScenarioPlan source : all) {
                if (source == target) {
                    continue;
                }
                List<Assignment> read = PlanRows.into(target.scenario(), source.rows());
                BendableScore score = target.scoreOf(read);
                if (score.isFeasible() && score.compareTo(bestScore) > 0) {
                    bestSource = source;
                    bestRows = read;
                    bestScore = score;
                }
            }
            if (bestSource != null) {
                target.adopt(bestSource, bestRows, bestScore);
                changed = true;
            }
        }
        return changed;
    }

    /** Lets single placements travel between the base and one variant; true when any did. */
    private static boolean alignPlacements(ScenarioPlan base, ScenarioPlan variant, Deadline deadline) {
        ScenarioIndex variantIndex = ScenarioIndex.of(variant.scenario());
        boolean changed = false;
        Map<String, List<Assignment>> baseRows = PlanRows.byWorkload(base.rows());
        Map<String, List<Assignment>> variantRows = PlanRows.byWorkload(variant.rows());
        for (String workload : List.copyOf(baseRows.keySet())) {
            if (deadline.passed()) {
                return changed;
            }
            if (variantIndex.findWorkload(workload).isEmpty()) {
                continue;
            }
            List<Assignment> inBase = baseRows.getOrDefault(workload, List.of());
            List<Assignment> inVariant = variantRows.getOrDefault(workload, List.of());
            if (PlanRows.samePlacement(inBase, inVariant)) {
                continue;
            }
            if (baseTakes(base, workload, inVariant) || variantGoesBack(variant, workload, inBase)) {
                baseRows = PlanRows.byWorkload(base.rows());
                variantRows = PlanRows.byWorkload(variant.rows());
                changed = true;
            }
        }
        return changed;
    }

    /** Lets groups of moves that make room for each other travel between the base and one variant. */
    private static boolean alignGroups(ScenarioPlan base, ScenarioPlan variant, Deadline deadline) {
        boolean changed = false;
        // Each step takes a group of at least two workloads off the diff or improves the base strictly.
        for (int step = 0; step < base.rows().size() && alignOneGroup(base, variant, deadline); step++) {
            changed = true;
        }
        return changed;
    }

    /** The first group that travels; false when none does (or time is up). */
    private static boolean alignOneGroup(ScenarioPlan base, ScenarioPlan variant, Deadline deadline) {
        List<String> moved = moved(base, variant);
        MoveGroups groups = new MoveGroups(moved, PlanRows.byWorkload(base.rows()), PlanRows.byWorkload(variant.rows()),
                List.of(ScenarioIndex.of(base.scenario()), ScenarioIndex.of(variant.scenario())));
        Set<Set<String>> tried = new HashSet<>();
        for (String workload : moved) {
            for (List<String> group : List.of(groups.partners(workload), groups.component(workload))) {
                if (deadline.passed()) {
                    return false;
                }
                if (group.size() < 2 || !tried.add(Set.copyOf(group))) {
                    continue;
                }
                if (baseTakes(base, group, variant) || variantGoesBack(variant, group, base)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Workloads both scenarios have and the two plans place differently. */
    private static List<String> moved(ScenarioPlan base, ScenarioPlan variant) {
        ScenarioIndex variantIndex = ScenarioIndex.of(variant.scenario());
        Map<String, List<Assignment>> baseRows = PlanRows.byWorkload(base.rows());
        Map<String, List<Assignment>> variantRows = PlanRows.byWorkload(variant.rows());
        return baseRows.keySet().stream()
                .filter(w -> variantIndex.findWorkload(w).isPresent())
                .filter(w -> !PlanRows.samePlacement(baseRows.get(w), variantRows.getOrDefault(w, List.of())))
                .toList();
    }

    private static boolean baseTakes(ScenarioPlan base, List<String> group, ScenarioPlan variant) {
        List<Assignment> candidate = PlanRows.into(base.scenario(),
                PlanRows.withPlacements(base.rows(), rowsOf(variant, group)));
        BendableScore score = base.scoreOf(candidate);
        if (score.isFeasible() && score.compareTo(base.score()) > 0) {
            base.takePlacements(candidate, score, group.size());
            return true;
        }
        return false;
    }

    private static boolean variantGoesBack(ScenarioPlan variant, List<String> group, ScenarioPlan base) {
        List<Assignment> candidate = PlanRows.into(variant.scenario(),
                PlanRows.withPlacements(variant.rows(), rowsOf(base, group)));
        BendableScore score = variant.scoreOf(candidate);
        if (score.isFeasible() && score.compareTo(variant.score()) >= 0) {
            variant.takePlacements(candidate, score, group.size());
            return true;
        }
        return false;
    }

    private static Map<String, List<Assignment>> rowsOf(ScenarioPlan plan, List<String> workloads) {
        Map<String, List<Assignment>> rows = PlanRows.byWorkload(plan.rows());
        Map<String, List<Assignment>> chosen = new LinkedHashMap<>();
        workloads.forEach(w -> chosen.put(w, rows.getOrDefault(w, List.of())));
        return chosen;
    }

    /** The base takes the variant's placement of a workload when that is strictly better under the base. */
    private static boolean baseTakes(ScenarioPlan base, String workload, List<Assignment> variantPlacement) {
        List<Assignment> candidate = PlanRows.into(base.scenario(),
                PlanRows.withPlacement(base.rows(), workload, variantPlacement));
        BendableScore score = base.scoreOf(candidate);
        if (score.isFeasible() && score.compareTo(base.score()) > 0) {
            base.takePlacements(candidate, score, 1);
            return true;
        }
        return false;
    }

    /** The variant goes back to the base's placement of a workload when that is valid and as good under it. */
    private static boolean variantGoesBack(ScenarioPlan variant, String workload, List<Assignment> basePlacement) {
        List<Assignment> candidate = PlanRows.into(variant.scenario(),
                PlanRows.withPlacement(variant.rows(), workload, basePlacement));
        BendableScore score = variant.scoreOf(candidate);
        if (score.isFeasible() && score.compareTo(variant.score()) >= 0) {
            variant.takePlacements(candidate, score, 1);
            return true;
        }
        return false;
    }
}
