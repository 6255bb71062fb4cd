package com.capacityworkbench.model.compare;

import org.jspecify.annotations.Nullable;

/**
 * Where the plan a comparison shows for a scenario comes from. After the solves, a comparison scores every
 * plan under every scenario: a scenario adopts another plan that is valid for it and better than its own,
 * and single placements travel too (the base takes a variant's placement that is better under the base; a
 * variant goes back to the base's placement where that is as good under the variant). So the figures
 * compared are never worse than a plan the comparison already holds.
 *
 * @param adoptedFromId   id of the plan whose placements this scenario adopted; null when it shows its own solve's
 * @param adoptedFromName that plan's name, for the planner
 * @param placementsTaken workloads placed as another compared plan places them, one at a time
 * @param solvedAgain     the variant was solved a second time, warm-started from the plan the base came to show
 *                        (the first solve stayed close to a base plan the comparison replaced with a better one)
 */
public record PlanOrigin(@Nullable String adoptedFromId, @Nullable String adoptedFromName, int placementsTaken,
                         boolean solvedAgain) {

    /** The plan its own solve found, untouched. */
    public static final PlanOrigin SOLVED = new PlanOrigin(null, null, 0, false);
    /** A variant's second solve, from the base's better plan. */
    public static final PlanOrigin SOLVED_AGAIN = new PlanOrigin(null, null, 0, true);

    public PlanOrigin {
        if ((adoptedFromId == null) != (adoptedFromName == null)) {
            throw new IllegalArgumentException("an adopted plan needs both the id and the name of its source, got "
                    + adoptedFromId + " and " + adoptedFromName);
        }
    }

    public static PlanOrigin adopted(String id, String name) {
        return new PlanOrigin(id, name, 0, false);
    }

    /** Its first solve's plan, untouched. */
    public boolean isOwnSolve() {
        return adoptedFromId == null && placementsTaken == 0 && !solvedAgain;
    }

    public PlanOrigin withPlacementsTaken(int more) {
        return new PlanOrigin(adoptedFromId, adoptedFromName, placementsTaken + more, solvedAgain);
    }

    /** "Its own solve", "The plan of TPU prices −20 % (better here)", "Its own solve, 2 placements from the base". */
    public String describe() {
        String source = adoptedFromName != null ? "The plan of " + adoptedFromName + " (better here)"
                : solvedAgain ? "Solved again from the base's better plan" : "Its own solve";
        if (placementsTaken == 0) {
            return source;
        }
        return source + ", " + placementsTaken + (placementsTaken == 1 ? " placement" : " placements")
                + " taken from the other plans";
    }
}
