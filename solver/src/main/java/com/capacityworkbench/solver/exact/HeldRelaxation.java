package com.capacityworkbench.solver.exact;

import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSite;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.PoolOption;
import com.capacityworkbench.solver.domain.Shard;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The linear relaxation (OR-Tools' GLOP) of the dollars on the whole plan with the unplaced level held group by group:
 * each group's placed shards spread as fractions over its pools, within the pools' room and the sites' power, at the
 * least first-refusal hours (strict mode) and then the least dollars. Once-paid charges (egress, porting) are left
 * out: they are a small part of the dollars and not linear.
 *
 * Its use is the slice {@link #differingFrom} gives, the MIP heuristic known as relaxation-induced neighbourhood
 * search: the groups that sit otherwise than the relaxation spreads them, each free on the pools it uses now and
 * the pools the relaxation gives it. Far fewer count variables than the whole plan, and the moves that pay most
 * among them. The relaxation depends only on what is held, so it is solved once; {@link #spreadAgain} moves its costs
 * a little at random for another optimum, and with it another slice (docs/benchmarks.md, runs AG).
 */
final class HeldRelaxation implements AutoCloseable {

    /**
     * How far {@link #spreadAgain} moves each cost, as a share: on the generated 500×30×12 5 % and 10 % ended alike
     * (runs AG).
     */
    private static final double COST_NOISE = 0.05;

    /** Below this a fraction is taken for a whole number. */
    private static final double EPSILON = 1e-6;

    private final Slice whole;
    private final MPSolver lp;
    private final MPVariable[][] counts;
    private final double[][] dollars;
    private final double[][] spread;

    private HeldRelaxation(Slice whole, MPSolver lp, MPVariable[][] counts) {
        this.whole = whole;
        this.lp = lp;
        this.counts = counts;
        this.dollars = new double[counts.length][];
        this.spread = new double[counts.length][];
        for (int g = 0; g < counts.length; g++) {
            dollars[g] = new double[counts[g].length];
            spread[g] = new double[counts[g].length];
            for (int i = 0; i < counts[g].length; i++) {
                dollars[g][i] = lp.objective().getCoefficient(counts[g][i]);
            }
        }
        takeSpread();
    }

    /**
     * @param whole   the whole plan as one slice, its groups' placed shards as many as now (held)
     * @param seconds the linear solver's time limit
     * @return the relaxation solved, or null when it did not finish in time; to be closed
     */
    static @Nullable HeldRelaxation solve(PlacementSolution solution, Slice whole, RuleWeights weights, double seconds) {
        CpSatLibrary.load();
        MPSolver lp = MPSolver.createSolver("GLOP");
        if (lp == null) {
            return null;
        }
        boolean solved = false;
        try {
            lp.setTimeLimit(Math.max(1, Math.round(seconds * 1000)));
            MPVariable[][] counts = build(lp, solution, whole, weights);
            solved = lp.solve() == MPSolver.ResultStatus.OPTIMAL;
            return solved ? new HeldRelaxation(whole, lp, counts) : null;
        } finally {
            if (!solved) {
                lp.delete();
            }
        }
    }

    /** The count variables by group and pool, the rows, and the dollars as objective (first refusal held first). */
    private static MPVariable[][] build(MPSolver lp, PlacementSolution solution, Slice whole, RuleWeights weights) {
        RestOfPlan rest = RestOfPlan.outside(solution, whole.freeShards());
        boolean strict = solution.getPolicy().firstRefusal() == FirstRefusalMode.STRICT;
        boolean premium = solution.getPolicy().firstRefusal() == FirstRefusalMode.PREFERENCE;
        List<ShardGroup> groups = whole.groups();
        MPVariable[][] counts = new MPVariable[groups.size()][];
        Map<Room, MPConstraint> rooms = new LinkedHashMap<>();
        Map<MPVariable, Double> dollars = new LinkedHashMap<>();
        Map<MPVariable, Double> firstRefusal = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            ShardGroup group = groups.get(g);
            Shard shard = group.first();
            int placed = group.size() - group.currentCounts()[group.pools().size()];
            MPConstraint all = lp.makeConstraint(placed, placed, "");
            counts[g] = new MPVariable[group.pools().size()];
            for (int i = 0; i < counts[g].length; i++) {
                PlacementPool pool = group.pools().get(i);
                PoolOption option = shard.optionOn(pool);
                MPVariable n = lp.makeNumVar(0, placed, "");
                counts[g][i] = n;
                all.setCoefficient(n, 1);
                dollars.put(n, (double) PlacementProgram.dollars(option, premium, weights));
                if (strict && option.offPrimary()) {
                    firstRefusal.put(n, (double) PlacementProgram.times(shard.getFirstRefusalWeight(),
                            weights.firstRefusalStrict()));
                }
                for (int slot : shard.slotIndices()) {
                    poolRoom(lp, rooms, rest, pool, slot).setCoefficient(n, option.accelerators());
                    MPConstraint power = siteRoom(lp, rooms, rest, pool.getSite(), slot);
                    if (power != null) {
                        power.setCoefficient(n, option.watts());
                    }
                }
            }
        }
        MPObjective objective = lp.objective();
        objective.setMinimization();
        if (!firstRefusal.isEmpty()) {
            firstRefusal.forEach(objective::setCoefficient);
            if (lp.solve() == MPSolver.ResultStatus.OPTIMAL) {
                // Held with room for the floating point's rounding, or the dollars' solve may find no spread at all.
                double least = objective.value();
                MPConstraint hold = lp.makeConstraint(Double.NEGATIVE_INFINITY, least + Math.max(1, least * 1e-9), "");
                firstRefusal.forEach(hold::setCoefficient);
            }
            firstRefusal.keySet().forEach(n -> objective.setCoefficient(n, 0));
        }
        dollars.forEach(objective::setCoefficient);
        return counts;
    }

    private record Room(Object place, int slot) {
    }

    private static MPConstraint poolRoom(MPSolver lp, Map<Room, MPConstraint> rooms, RestOfPlan rest,
            PlacementPool pool, int slot) {
        return rooms.computeIfAbsent(new Room(pool, slot),
                key -> lp.makeConstraint(Double.NEGATIVE_INFINITY, rest.room(pool, slot), ""));
    }

    private static @Nullable MPConstraint siteRoom(MPSolver lp, Map<Room, MPConstraint> rooms, RestOfPlan rest,
            PlacementSite site, int slot) {
        long room = rest.powerRoom(site, slot);
        if (room == Long.MAX_VALUE) {
            return null;
        }
        return rooms.computeIfAbsent(new Room(site, slot), key -> lp.makeConstraint(Double.NEGATIVE_INFINITY, room, ""));
    }

    /**
     * Solves again with every pool's dollars moved at random by up to {@link #COST_NOISE}, from the last optimum (a few
     * hundredths of a second), and takes that spread.
     *
     * @return false when the solver did not finish (the last spread stays)
     */
    boolean spreadAgain(RandomGenerator random) {
        MPObjective objective = lp.objective();
        for (int g = 0; g < counts.length; g++) {
            for (int i = 0; i < counts[g].length; i++) {
                objective.setCoefficient(counts[g][i], dollars[g][i] * (1 + COST_NOISE * (2 * random.nextDouble() - 1)));
            }
        }
        if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
            return false;
        }
        takeSpread();
        return true;
    }

    private void takeSpread() {
        for (int g = 0; g < counts.length; g++) {
            for (int i = 0; i < counts[g].length; i++) {
                spread[g][i] = counts[g][i].solutionValue();
            }
        }
    }

    /** How many of the group's shards the relaxation puts on the pool (its index among the group's pools). */
    double count(int group, int pool) {
        return spread[group][pool];
    }

    /**
     * The groups whose shards sit otherwise than the relaxation spreads them, each free on the pools it uses now and
     * those the relaxation gives it; empty when the plan sits as the relaxation has it.
     */
    Slice differingFrom() {
        List<ShardGroup> differing = new ArrayList<>();
        List<ShardGroup> groups = whole.groups();
        for (int g = 0; g < groups.size(); g++) {
            ShardGroup group = groups.get(g);
            int[] current = group.currentCounts();
            List<PlacementPool> pools = new ArrayList<>();
            boolean differs = false;
            for (int i = 0; i < spread[g].length; i++) {
                differs |= Math.abs(current[i] - spread[g][i]) > EPSILON;
                if (current[i] > 0 || spread[g][i] > EPSILON) {
                    pools.add(group.pools().get(i));
                }
            }
            if (differs) {
                differing.add(new ShardGroup(group.shards(), pools));
            }
        }
        return new Slice(differing, false);
    }

    @Override
    public void close() {
        lp.delete();
    }
}
