package com.capacityworkbench.model.compare;

import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.variant.StaleChange;
import java.util.List;

/**
 * One column of a comparison: the base (id {@link #BASE_ID}) or a variant, the scenario it stands for,
 * the plan shown for it, the changes it applies (ancestors' first, in planner words), any stale change,
 * its solves (one per seed, best first) and where the shown plan comes from.
 *
 * @param seedRuns the solves of this scenario, best first; empty when its plan was given, not solved
 */
public record ComparedPlan(String id, String name, Scenario scenario, Plan plan, List<String> changes,
                           List<StaleChange> staleChanges, List<SeedRun> seedRuns, PlanOrigin origin) {

    public static final String BASE_ID = "base";

    public ComparedPlan {
        changes = List.copyOf(changes);
        staleChanges = List.copyOf(staleChanges);
        seedRuns = List.copyOf(seedRuns);
    }

    /** A column whose plan is shown as given: no record of its solves. */
    public ComparedPlan(String id, String name, Scenario scenario, Plan plan, List<String> changes,
            List<StaleChange> staleChanges) {
        this(id, name, scenario, plan, changes, staleChanges, List.of(), PlanOrigin.SOLVED);
    }

    public boolean isBase() {
        return BASE_ID.equals(id);
    }

    /** Its best solve proved its plan optimal on every level: the solver has no noise here. */
    public boolean provenOptimal() {
        return !seedRuns.isEmpty() && seedRuns.getFirst().provenOptimal();
    }

    /**
     * How good the shown plan is, in one line: its solve's quality (best of its seeds), and where the plan comes
     * from when it is not its own solve's, e.g. "The plan of Azure-first as a premium (better here); its own solve:
     * cost within 0.4 % of its bound; …" or "Its own solve, 3 placements taken from the other plans; before that:
     * …".
     */
    public String qualitySummary() {
        String solves = seedRuns.isEmpty() ? "not solved here"
                : seedRuns.getFirst().quality() == null ? "solve ended before its quality was known"
                : seedRuns.getFirst().quality().summary();
        // A proven plan has no noise: how many seeds happened to finish says nothing.
        String seeds = seedRuns.size() > 1 && !provenOptimal() ? " (best of " + seedRuns.size() + " seeds)" : "";
        if (origin.isOwnSolve()) {
            return capitalised(solves) + seeds;
        }
        // Adopted: the scenario's own solve lost; solved again: the first solve is what the seeds measured;
        // placements taken: the solve's plan was improved after it.
        String before = origin.adoptedFromId() != null ? "; its own solve: "
                : origin.solvedAgain() ? "; first solve: " : "; before that: ";
        return origin.describe() + before + decapitalised(solves) + seeds;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String decapitalised(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
