package com.capacityworkbench.bench.exact;

import com.capacityworkbench.bench.problem.PlacementProblem;
import com.capacityworkbench.bench.problem.ShardChoices;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.solver.rules.ScoreUnits;
import com.capacityworkbench.solver.rules.ShardOnPool;
import com.capacityworkbench.solver.score.ScoreLevels;
import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.HashMap;
import java.util.Map;

/**
 * A lower bound on the unplaced-demand level from the LP relaxation (OR-Tools GLOP): shards may be split
 * fractionally over pools, capacity and power still hold per period. Far cheaper than CP-SAT's search and,
 * on big cases, a far better bound than it reaches in its time limit.
 */
final class UnplacedLpBound {

    private record Usage(String id, Period period) {
    }

    private UnplacedLpBound() {
    }

    /** The bound in score units, or 0 when GLOP does not reach optimality within the time limit. */
    static long of(PlacementProblem problem, java.time.Duration limit) {
        Loader.loadNativeLibraries();
        MPSolver lp = MPSolver.createSolver("GLOP");
        lp.setTimeLimit(limit.toMillis());
        long units = ScoreLevels.weight(0, problem.scenario().weights().unplacedDemand()).softScore(0);
        MPObjective objective = lp.objective();
        Map<Usage, MPConstraint> pools = new HashMap<>();
        Map<Usage, MPConstraint> sites = new HashMap<>();
        int n = 0;
        for (ShardChoices shard : problem.shards()) {
            MPConstraint oneOf = lp.makeConstraint(1, 1, "one" + n);
            MPVariable unplaced = lp.makeNumVar(0, 1, "u" + n);
            oneOf.setCoefficient(unplaced, 1);
            objective.setCoefficient(unplaced, ScoreUnits.unplacedDemand(shard.demand(), shard.workload().priority()) * units);
            int i = 0;
            for (ShardOnPool on : shard.options()) {
                MPVariable x = lp.makeNumVar(0, 1, "x" + n + "_" + i++);
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
        long bound = status == MPSolver.ResultStatus.OPTIMAL ? (long) Math.ceil(objective.value() - 1e-6 * Math.max(1, objective.value())) : 0;
        lp.delete();
        return Math.max(0, bound);
    }
}
