package com.capacityworkbench.solver.exact;

import com.capacityworkbench.solver.domain.PlacementSolution;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Every other slice of the part of the solve that holds the unplaced level: the slice the plan's
 * {@link HeldRelaxation} gives (solved once when first asked, spread again at random each time after), the
 * {@link SliceChooser}'s in between. On the generated 500×30×12 (seeds 1–10, 60 s) this ended with the total
 * cost 1.8 % apart over seeds instead of 4.3 % (median $8,813.4M instead of $9,054.4M); every slice from the
 * relaxation, 2.3 % over seeds 2–5 (docs/benchmarks.md, runs AG).
 *
 * Only on a plan that fits {@link ExactSearch#BIG_SLICE_VARIABLES}: the generated 2000×100×12's relaxation did not
 * finish in 10 s.
 */
final class RelaxationSlices implements AutoCloseable {

    /** The relaxation's time limit, at most: the 500×30×12's takes a quarter of a second. */
    private static final double MOST_SECONDS = 5;

    private final Slice whole;
    private final RuleWeights weights;
    private final boolean fits;
    private @Nullable HeldRelaxation relaxation;
    private boolean solved;
    private int turns;

    /** @param whole the whole plan as one slice */
    RelaxationSlices(Slice whole, RuleWeights weights) {
        this.whole = whole;
        this.weights = weights;
        this.fits = whole.variables() <= ExactSearch.BIG_SLICE_VARIABLES;
    }

    /**
     * The next slice, when it is the relaxation's turn and the plan does not already sit as the relaxation has it;
     * else null (the chooser's turn). Every call is a turn.
     *
     * @param plan the plan as it stands; its unplaced level held group by group since the first call
     */
    @Nullable Slice next(PlacementSolution plan, RandomGenerator random, double secondsLeft) {
        if (!fits || turns++ % 2 != 0) {
            return null;
        }
        if (!solved) {
            solved = true;
            relaxation = HeldRelaxation.solve(plan, whole, weights, Math.min(MOST_SECONDS, secondsLeft / 4));
        } else if (relaxation != null) {
            relaxation.spreadAgain(random);
        }
        if (relaxation == null) {
            return null;
        }
        Slice slice = relaxation.differingFrom();
        return slice.groups().isEmpty() ? null : slice;
    }

    @Override
    public void close() {
        if (relaxation != null) {
            relaxation.close();
        }
    }
}
