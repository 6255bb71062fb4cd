package com.capacityworkbench.solver.compare;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.AssignmentStatus;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.model.scenario.ChangeOutcome;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The base plan read in one scenario (the base, a variant, or the base with one change of the variant alone), to
 * score moves of single workloads against it. Its own score and rule checks are computed on first use.
 */
final class BasePlanUnder {

    /** One change of a variant applied alone to the base, with the base plan read there. */
    record ChangeAlone(Change change, BasePlanUnder basePlan) {

        /** Each change applied alone to the base; a change that does not apply to the base alone is left out. */
        static List<ChangeAlone> of(List<Change> changes, Scenario base, List<Assignment> baseRows) {
            return changes.stream().map(c -> {
                ChangeOutcome outcome = c.applyTo(base);
                return outcome.isStale() ? null : new ChangeAlone(c, new BasePlanUnder(outcome.scenario(), baseRows));
            }).filter(Objects::nonNull).toList();
        }
    }

    private final Scenario scenario;
    private final ScenarioIndex index;
    private final List<Assignment> rows;
    private @Nullable BendableScore score;
    private @Nullable Map<String, List<Assignment>> checkedRows;

    BasePlanUnder(Scenario scenario, List<Assignment> baseRows) {
        this.scenario = scenario;
        this.index = ScenarioIndex.of(scenario);
        this.rows = PlanRows.into(scenario, baseRows);
    }

    Scenario scenario() {
        return scenario;
    }

    boolean has(String workload) {
        return index.findWorkload(workload).isPresent();
    }

    BendableScore score() {
        if (score == null) {
            score = PlanEvaluator.score(scenario, rows);
        }
        return score;
    }

    /** The base plan with some workloads placed as {@code placements} say (their rows in another plan), scored here. */
    BendableScore scoreWith(Map<String, List<Assignment>> placements) {
        return PlanEvaluator.score(scenario, PlanRows.into(scenario, PlanRows.withPlacements(rows, placements)));
    }

    /**
     * Why the base placement of a workload does not hold here: its pool is gone, or it breaks a hard rule (the
     * evaluator's message); null when it holds or the workload was not placed.
     */
    @Nullable String breaks(String workload, List<Assignment> basePlacement) {
        for (Assignment a : basePlacement) {
            if (a.isPlaced() && index.findPool(a.pool()).isEmpty()) {
                return "its pool " + a.pool() + " is gone";
            }
        }
        for (Assignment a : checkedRows().getOrDefault(workload, List.of())) {
            if (a.status() == AssignmentStatus.VIOLATING) {
                return "its base placement breaks a rule: " + a.reason();
            }
        }
        return null;
    }

    private Map<String, List<Assignment>> checkedRows() {
        if (checkedRows == null) {
            Plan checked = PlanEvaluator.evaluate(scenario, rows, PlanEvaluator.Detail.LIGHT);
            checkedRows = PlanRows.byWorkload(checked.assignments());
            score = BendableScore.parseScore(checked.score());
        }
        return checkedRows;
    }
}
