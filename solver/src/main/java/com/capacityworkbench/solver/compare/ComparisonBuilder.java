package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.compare.PlacementChange;
import com.capacityworkbench.model.compare.SeedRun;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.variant.Change;
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
 * placement changes against the base, weighed move by move ({@link MoveWeigher}).
 */
public final class ComparisonBuilder {

    /** Cross-checks (plans under each other's scenarios, single moves) never get less than this. */
    private static final Duration MIN_CROSS_CHECK = Duration.ofSeconds(5);

    private ComparisonBuilder() {
    }

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

    /** Time for each cross-check stage: half the time of a plan, at least {@link #MIN_CROSS_CHECK}. */
    static Duration crossCheckTime(Duration timePerPlan) {
        Duration half = timePerPlan.dividedBy(2);
        return half.compareTo(MIN_CROSS_CHECK) < 0 ? MIN_CROSS_CHECK : half;
    }

    /** Compares without a time limit on the cross-checks (tests, small plans). */
    public static Comparison compare(Solved base, List<Solved> variants) {
        return compare(base, variants, null);
    }

    /** @param crossCheckTime time for making plans consistent, and again for weighing moves; null for no limit */
    static Comparison compare(Solved base, List<Solved> variants, Duration crossCheckTime) {
        ScenarioPlan baseState = state(base);
        List<ScenarioPlan> variantStates = variants.stream().map(ComparisonBuilder::state).toList();
        ConsistentPlans.settle(baseState, variantStates, deadline(crossCheckTime));

        ComparedPlan baseColumn = column(base, baseState);
        List<ComparedPlan> columns = new ArrayList<>();
        columns.add(baseColumn);
        Map<String, List<PlacementChange>> diffs = new LinkedHashMap<>();
        Deadline weighing = deadline(crossCheckTime);
        for (int i = 0; i < variants.size(); i++) {
            ComparedPlan column = column(variants.get(i), variantStates.get(i));
            columns.add(column);
            diffs.put(column.id(), PlacementDiff.diff(baseColumn, column, variants.get(i).changes(), weighing));
        }
        return new Comparison(columns, KpiTable.rows(columns), diffs);
    }

    private static Deadline deadline(Duration time) {
        return time == null ? Deadline.none() : Deadline.in(time);
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
