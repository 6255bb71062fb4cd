package com.capacityworkbench.solver.compare;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.compare.PlacementChange;
import com.capacityworkbench.model.compare.SeedRun;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.model.variant.StaleChange;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts solved plans side by side: first makes them consistent ({@link ConsistentPlans}: each scenario shows the
 * best plan the comparison holds for it), then KPI rows for all (with the solver's noise) and each variant's
 * placement changes against the base, weighed move by move ({@link MoveWeigher}). Between the two, a variant may be
 * solved again from the base's plan when the base came to show another plan than the one the variant stayed close
 * to ({@link #offerSolvedAgain}).
 */
public final class ComparisonBuilder {

    /** Cross-checks (plans under each other's scenarios, single moves) never get less than this. */
    private static final Duration MIN_CROSS_CHECK = Duration.ofSeconds(5);

    /**
     * One scenario as its solves left it.
     *
     * @param plan     the best of its seeds' plans (or the plan given for it)
     * @param seedRuns its solves, best first; empty when the plan was given
     * @param changes  what separates it from the base, ancestors' changes first; empty for the base
     */
    public record Solved(String id, String name, Scenario scenario, Plan plan, List<SeedRun> seedRuns,
                         List<Change> changes, List<StaleChange> staleChanges) {

        public Solved {
            seedRuns = List.copyOf(seedRuns);
            changes = List.copyOf(changes);
            staleChanges = List.copyOf(staleChanges);
        }
    }

    private final Solved base;
    private final List<Solved> variants;
    private final ScenarioPlan baseState;
    private final List<ScenarioPlan> variantStates;

    ComparisonBuilder(Solved base, List<Solved> variants) {
        this.base = base;
        this.variants = List.copyOf(variants);
        this.baseState = state(base);
        this.variantStates = variants.stream().map(ComparisonBuilder::state).toList();
    }

    /** Compares without a time limit on the cross-checks (tests, small plans). */
    public static Comparison compare(Solved base, List<Solved> variants) {
        ComparisonBuilder builder = new ComparisonBuilder(base, variants);
        builder.makeConsistent(Deadline.none());
        return builder.build(Deadline.none());
    }

    /** Time for each cross-check stage: half the time of a plan, at least {@link #MIN_CROSS_CHECK}. */
    static Duration crossCheckTime(Duration timePerPlan) {
        Duration half = timePerPlan.dividedBy(2);
        return half.compareTo(MIN_CROSS_CHECK) < 0 ? MIN_CROSS_CHECK : half;
    }

    void makeConsistent(Deadline deadline) {
        ConsistentPlans.settle(baseState, variantStates, deadline);
    }

    /** The base shows another plan than its solve's: the variants stayed close to a plan it no longer shows. */
    boolean baseShowsAnotherPlan() {
        return !baseState.origin().isOwnSolve();
    }

    /** The plan the base shows now, to solve a variant again from (explanations without candidate lists). */
    Plan basePlan() {
        return PlanEvaluator.evaluate(base.scenario(), baseState.rows(), PlanEvaluator.Detail.LIGHT);
    }

    /**
     * A variant solved again, warm-started from {@link #basePlan()}: it replaces what the variant holds when it is
     * valid and at least as good under the variant (it stays closer to the base's plan).
     *
     * @return whether it was taken
     */
    boolean offerSolvedAgain(int variant, Plan solvedAgain) {
        ScenarioPlan state = variantStates.get(variant);
        BendableScore score = state.scoreOf(solvedAgain.assignments());
        if (score.isFeasible() && score.compareTo(state.score()) >= 0) {
            state.solvedAgain(solvedAgain.assignments(), score);
            return true;
        }
        return false;
    }

    List<Solved> variants() {
        return variants;
    }

    /** @param weighing moves not weighed by then say so (the largest by cost are weighed first) */
    Comparison build(Deadline weighing) {
        ComparedPlan baseColumn = column(base, baseState);
        List<ComparedPlan> columns = new ArrayList<>();
        columns.add(baseColumn);
        Map<String, List<PlacementChange>> diffs = new LinkedHashMap<>();
        for (int i = 0; i < variants.size(); i++) {
            ComparedPlan column = column(variants.get(i), variantStates.get(i));
            columns.add(column);
            diffs.put(column.id(), PlacementDiff.diff(baseColumn, column, variants.get(i).changes(), weighing));
        }
        return new Comparison(columns, KpiTable.rows(columns), diffs);
    }

    private static ScenarioPlan state(Solved solved) {
        return new ScenarioPlan(solved.id(), solved.name(), solved.scenario(), solved.plan().assignments());
    }

    /** The column shows the plan the scenario holds after the cross-checks, fully evaluated when it changed. */
    private static ComparedPlan column(Solved solved, ScenarioPlan state) {
        Plan shown = state.origin().isOwnSolve() ? solved.plan() : PlanEvaluator.evaluate(solved.scenario(), state.rows());
        return new ComparedPlan(solved.id(), solved.name(), solved.scenario(), shown,
                solved.changes().stream().map(Change::describe).toList(), solved.staleChanges(), solved.seedRuns(),
                state.origin());
    }
}
