package com.capacityworkbench.bench.exact;

import com.capacityworkbench.bench.problem.PlacementProblem;
import com.capacityworkbench.bench.problem.ShardChoices;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.solver.exact.CpSatLibrary;
import com.capacityworkbench.solver.rules.ScoreUnits;
import com.capacityworkbench.solver.rules.ShardOnPool;
import com.capacityworkbench.solver.score.ScoreLevels;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.HashMap;
import java.util.Map;

/**
 * A lower bound on the unplaced-demand level from a MIP of that level alone (OR-Tools' bundled SCIP): one 0/1
 * variable per shard × candidate pool plus one "unplaced", capacity and power rows per period. SCIP's
 * branch-and-cut bound is far tighter than the plain LP relaxation
 * (GLOP, the fallback when SCIP is missing), where gang shards split fractionally: on the generated
 * 500×30×12 it proved 2,090,527 in 60 s where CP-SAT and the LP relaxation together reached 2,016,517.
 */
final class UnplacedBound {

    private record Usage(String id, Period period) {
    }

    private UnplacedBound() {
    }

    /** The bound in score units, or 0 when no bound is reached within the time limit. */
    static long of(PlacementProblem problem, java.time.Duration limit) {
        CpSatLibrary.load();
        MPSolver mip = MPSolver.createSolver("SCIP");
        boolean integer = mip != null;
        MPSolver lp = integer ? mip : MPSolver.createSolver("GLOP");
        lp.setTimeLimit(limit.toMillis());
        long units = ScoreLevels.weight(0, problem.scenario().weights().unplacedDemand()).softScore(0);
        MPObjective objective = lp.objective();
        Map<Usage, MPConstraint> pools = new HashMap<>();
        Map<Usage, MPConstraint> sites = new HashMap<>();
        int n = 0;
        for (ShardChoices shard : problem.shards()) {
            MPConstraint oneOf = lp.makeConstraint(1, 1, "one" + n);
            MPVariable unplaced = lp.makeVar(0, 1, integer, "u" + n);
            oneOf.setCoefficient(unplaced, 1);
            objective.setCoefficient(unplaced, ScoreUnits.unplacedDemand(shard.demand(), shard.workload().priority()) * units);
            int i = 0;
            for (ShardOnPool on : shard.options()) {
                MPVariable x = lp.makeVar(0, 1, integer, "x" + n + "_" + i++);
                oneOf.setCoefficient(x, 1);
                for (Period period : on.periods()) {
                    pools.computeIfAbsent(new Usage(on.pool().id(), period),
                            k -> lp.makeConstraint(Double.NEGATIVE_INFINITY, on.pool().countIn(period)))
                            .setCoefficient(x, on.accelerators());
                    Double cap = on.site().powerCapIn(period);
                    if (cap != null) {
                        sites.computeIfAbsent(new Usage(on.site().id(), period),
                                k -> lp.makeConstraint(Double.NEGATIVE_INFINITY, ScoreUnits.capWatts(cap)))
                                .setCoefficient(x, on.roundedWatts());
                    }
                }
            }
            n++;
        }
        objective.setMinimization();
        MPSolver.ResultStatus status = lp.solve();
        long bound = 0;
        if (status == MPSolver.ResultStatus.OPTIMAL || (integer && status == MPSolver.ResultStatus.FEASIBLE)) {
            double proven = integer ? objective.bestBound() : objective.value();
            // Every plan's value is a whole number of units: round up, after allowing for floating-point noise.
            bound = (long) Math.ceil(proven - 1e-6 - 1e-9 * Math.abs(proven));
            // The MIP's own best plan is worth knowing (how good the level can get) but is not adopted:
            // the reference's plan must hold every level, which this model does not see.
            System.err.printf(java.util.Locale.ROOT, "unplaced level, %s: status %s, best plan %.0f, bound %.0f (demand x priority)%n",
                    integer ? "MIP (SCIP)" : "LP (GLOP)", status, objective.value() / units, proven / units);
        }
        lp.delete();
        return Math.max(0, bound);
    }
}
