package com.capacityworkbench.solver.compare;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.compare.PlanOrigin;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import java.util.List;

/**
 * One scenario of a comparison and the plan it currently holds, while {@link ConsistentPlans} lets plans and
 * placements travel between scenarios. Scores are the plan evaluator's, under this scenario. Mutable; used on
 * one thread.
 */
final class ScenarioPlan {

    private final String id;
    private final String name;
    private final Scenario scenario;
    private List<Assignment> rows;
    private BendableScore score;
    private PlanOrigin origin = PlanOrigin.SOLVED;

    ScenarioPlan(String id, String name, Scenario scenario, List<Assignment> solvedRows) {
        this.id = id;
        this.name = name;
        this.scenario = scenario;
        this.rows = List.copyOf(solvedRows);
        this.score = scoreOf(this.rows);
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    Scenario scenario() {
        return scenario;
    }

    List<Assignment> rows() {
        return rows;
    }

    BendableScore score() {
        return score;
    }

    PlanOrigin origin() {
        return origin;
    }

    /** The score of other rows under this scenario. */
    BendableScore scoreOf(List<Assignment> candidate) {
        return PlanEvaluator.score(scenario, candidate);
    }

    /** Another scenario's plan, read here, replaces this one's. */
    void adopt(ScenarioPlan source, List<Assignment> read, BendableScore readScore) {
        rows = List.copyOf(read);
        score = readScore;
        origin = PlanOrigin.adopted(source.id, source.name);
    }

    /** Its scenario solved again (from the base's plan); the rows are that solve's. */
    void solvedAgain(List<Assignment> solved, BendableScore solvedScore) {
        rows = List.copyOf(solved);
        score = solvedScore;
        origin = PlanOrigin.SOLVED_AGAIN;
    }

    /** Some workloads now placed as another plan places them. */
    void takePlacements(List<Assignment> changed, BendableScore changedScore, int workloads) {
        rows = List.copyOf(changed);
        score = changedScore;
        origin = origin.withPlacementsTaken(workloads);
    }
}
