package com.capacityworkbench.solver.compare;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.compare.PlacementCause;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.solver.compare.BasePlanUnder.ChangeAlone;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Says why a variant places one workload differently from the base, by scoring the move both ways: the base plan
 * with just that workload placed as the variant places it, under the base and under the variant. The move is tied
 * to a change of the variant only when the base placement breaks a rule under the variant (or the workload is
 * added or removed), or when the move is better under the variant and not under the base (equal under the base
 * counts as not better: the change broke a tie). A move that breaks a rule or loses on its own is weighed the same
 * way together with the moves it goes with ({@link MoveGroups}: its direct partners, then all moves linked to it,
 * then all moves): a knock-on of a change when such a group is better under the variant only and needs this move. The change named is the one that does so
 * when applied alone to the base; when none does alone, the variant's changes together. Every other move is said
 * for what it is: better under the base too, as good, or a move that goes with others.
 */
final class MoveWeigher {

    /** A move's cause and its reason in a planner's words. */
    record Verdict(PlacementCause cause, String reason) {
    }

    /** How a set of moves scores against the base plan under the variant and under the base. */
    private record Weighed(int underVariant, int underBase, String variantGain, String baseGain) {
    }

    private static final int NAMES_SHOWN = 3;

    private final BasePlanUnder underBase;
    private final BasePlanUnder underVariant;
    private final Map<String, List<Assignment>> baseRows;
    private final Map<String, List<Assignment>> variantRows;
    private final MoveGroups groups;
    private final List<Change> changes;
    private final List<ChangeAlone> changesAlone;

    /** @param moved the workloads the variant places differently */
    MoveWeigher(Scenario base, Scenario variant, List<Assignment> basePlan, List<Assignment> variantPlan,
            Collection<String> moved, List<Change> changes) {
        this.underBase = new BasePlanUnder(base, basePlan);
        this.underVariant = new BasePlanUnder(variant, basePlan);
        this.baseRows = PlanRows.byWorkload(basePlan);
        this.variantRows = PlanRows.byWorkload(variantPlan);
        this.groups = new MoveGroups(moved, baseRows, variantRows, List.of(ScenarioIndex.of(base), ScenarioIndex.of(variant)));
        this.changes = List.copyOf(changes);
        this.changesAlone = ChangeAlone.of(changes, base, basePlan);
    }

    static Verdict notWeighed() {
        return new Verdict(PlacementCause.NOT_WEIGHED,
                "Not weighed: too many placement changes to score each one in the time the comparison allows");
    }

    Verdict weigh(String workload) {
        if (!underBase.has(workload) || !underVariant.has(workload)) {
            boolean added = !underBase.has(workload);
            return new Verdict(PlacementCause.ADDED_OR_REMOVED, naming(alone -> alone.basePlan().has(workload) == added,
                    added ? "it is added" : "it is removed"));
        }
        List<Assignment> basePlacement = baseRows.getOrDefault(workload, List.of());
        String broken = underVariant.breaks(workload, basePlacement);
        if (broken != null) {
            return new Verdict(PlacementCause.FORCED, naming(
                    alone -> alone.basePlan().breaks(workload, basePlacement) != null, broken));
        }
        Map<String, List<Assignment>> move = placements(List.of(workload));
        Weighed alone = weigh(move);
        if (alone.underVariant() < 0) {
            return inGroup(workload, alone);
        }
        if (alone.underVariant() == 0) {
            return new Verdict(PlacementCause.AS_GOOD, "Re-optimised: as good as its base placement under the variant"
                    + (alone.underBase() == 0 ? " and under the base" : "; under the base it " + alone.baseGain())
                    + "; no change calls for it");
        }
        if (alone.underBase() > 0) {
            return new Verdict(PlacementCause.BETTER_UNDER_BASE_TOO, "Re-optimised: the move " + alone.baseGain()
                    + " under the base too; no change calls for it");
        }
        return new Verdict(PlacementCause.WORTH_IT, naming(better(move),
                "the move " + alone.variantGain() + " under the variant, "
                        + (alone.underBase() == 0 ? "nothing under the base" : "not under the base")));
    }

    /**
     * A move that does not stand alone, weighed with its partners, then with every move linked to it, then with all
     * of the variant's moves: a knock-on of a change when a group is better under the variant, not under the base,
     * and worse under the variant without this move (so the move is part of what pays, not a passenger).
     */
    private Verdict inGroup(String workload, Weighed alone) {
        List<String> partners = groups.partners(workload);
        Set<Set<String>> tried = new HashSet<>();
        for (List<String> group : List.of(partners, groups.component(workload), groups.all(workload))) {
            if (group.size() < 2 || !tried.add(Set.copyOf(group))) {
                continue;
            }
            Map<String, List<Assignment>> moves = placements(group);
            Weighed together = weigh(moves);
            if (together.underVariant() <= 0 || !needed(workload, moves)) {
                continue;
            }
            String with = "with the moves of " + names(group.subList(1, group.size()));
            if (together.underBase() > 0) {
                return new Verdict(PlacementCause.BETTER_UNDER_BASE_TOO, "Re-optimised " + with + ": the group "
                        + together.baseGain() + " under the base too; no change calls for it");
            }
            return new Verdict(PlacementCause.KNOCK_ON, naming(better(moves), "it goes " + with + "; the group "
                    + together.variantGain() + " under the variant, not under the base"));
        }
        String own = "on its own the move " + alone.variantGain() + " under the variant";
        return new Verdict(PlacementCause.GOES_WITH_OTHERS, partners.size() < 2 ? "Re-optimised: " + own
                + "; no change calls for it" : "Goes with the moves of " + names(partners.subList(1, partners.size()))
                + ": " + own + ", and no group of moves with it is better there only; no change calls for it");
    }

    /** Under the variant, the group does worse without this move. */
    private boolean needed(String workload, Map<String, List<Assignment>> moves) {
        Map<String, List<Assignment>> without = new LinkedHashMap<>(moves);
        without.remove(workload);
        return underVariant.scoreWith(moves).compareTo(underVariant.scoreWith(without)) > 0;
    }

    private Weighed weigh(Map<String, List<Assignment>> moves) {
        BendableScore variantBefore = underVariant.score();
        BendableScore variantAfter = underVariant.scoreWith(moves);
        BendableScore baseBefore = underBase.score();
        BendableScore baseAfter = underBase.scoreWith(moves);
        return new Weighed(Integer.signum(variantAfter.compareTo(variantBefore)),
                Integer.signum(baseAfter.compareTo(baseBefore)),
                ScoreGain.of(variantBefore, variantAfter, underVariant.scenario().weights()),
                ScoreGain.of(baseBefore, baseAfter, underBase.scenario().weights()));
    }

    /** Under a change alone, the moves are better than the base plan. */
    private static Predicate<ChangeAlone> better(Map<String, List<Assignment>> moves) {
        return alone -> alone.basePlan().scoreWith(moves).compareTo(alone.basePlan().score()) > 0;
    }

    private Map<String, List<Assignment>> placements(List<String> workloads) {
        Map<String, List<Assignment>> placements = new LinkedHashMap<>();
        workloads.forEach(w -> placements.put(w, variantRows.getOrDefault(w, List.of())));
        return placements;
    }

    private static String names(List<String> workloads) {
        String shown = String.join(", ", workloads.subList(0, Math.min(NAMES_SHOWN, workloads.size())));
        int more = workloads.size() - NAMES_SHOWN;
        return more > 0 ? shown + " and " + more + " more" : shown;
    }

    /** "Change: why" with the first change that does it alone, or the changes together when none does alone. */
    private String naming(Predicate<ChangeAlone> explains, String why) {
        String named = changesAlone.stream().filter(explains).findFirst().map(a -> a.change().describe())
                .orElseGet(() -> changes.isEmpty() ? "The variant"
                        : "The variant's changes together (" + changes.stream().map(Change::describe)
                                .collect(Collectors.joining("; ")) + ")");
        return named + ": " + why;
    }
}
