package com.capacityworkbench.bench.exact;

import com.capacityworkbench.bench.problem.PlacementProblem;
import com.capacityworkbench.bench.problem.ShardChoices;
import com.capacityworkbench.model.io.ScenarioFiles;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.solver.rules.EgressCharge;
import com.capacityworkbench.solver.rules.PortingCharge;
import com.capacityworkbench.solver.rules.ScoreUnits;
import com.capacityworkbench.solver.rules.ShardOnPool;
import com.google.ortools.Loader;
import com.google.ortools.linearsolver.*;
import java.nio.file.Path;
import java.util.*;

/** Aggregated MIP: unplaced level then cost (FR ignored unless strict). */
public final class AggMip {
    record Usage(String id, Period p) {}
    public static void main(String[] args) throws Exception {
        Loader.loadNativeLibraries();
        var scenario = ScenarioFiles.read(Path.of(args[0]));
        String engine = args[1];
        int secs = Integer.parseInt(args[2]);
        var problem = PlacementProblem.of(scenario);
        Map<String,Integer> fixedUnplaced = new HashMap<>();
        if (args.length > 3) for (var a : com.capacityworkbench.model.io.PlanFiles.read(Path.of(args[3])).assignments()) if (a.pool()==null) fixedUnplaced.merge(a.workload(),1,Integer::sum);
        MPSolver mip = MPSolver.createSolver(engine);
        mip.setTimeLimit(secs * 1000L);
        if (args.length > 4) mip.enableOutput();
        Map<String, List<ShardChoices>> byW = new LinkedHashMap<>();
        for (ShardChoices s : problem.shards()) byW.computeIfAbsent(s.workload().id(), k -> new ArrayList<>()).add(s);
        MPObjective unpl = mip.objective();
        Map<Usage, MPConstraint> pools = new HashMap<>(), sites = new HashMap<>();
        Map<MPVariable, Double> costTerms = new LinkedHashMap<>();
        int n = 0;
        for (var e : byW.entrySet()) {
            int k = e.getValue().size();
            ShardChoices s0 = e.getValue().get(0);
            MPConstraint one = mip.makeConstraint(k, k);
            int fu = fixedUnplaced.getOrDefault(e.getKey(), 0);
            MPVariable u = args.length > 3 ? mip.makeIntVar(fu, fu, "u" + n) : mip.makeIntVar(0, k, "u" + n);
            one.setCoefficient(u, 1);
            unpl.setCoefficient(u, ScoreUnits.unplacedDemand(s0.demand(), s0.workload().priority()));
            int i = 0;
            for (ShardOnPool on : s0.options()) {
                MPVariable x = mip.makeIntVar(0, k, "x" + n + "_" + i++);
                one.setCoefficient(x, 1);
                costTerms.put(x, (double) (ScoreUnits.dollars(on.computeUsd()) + ScoreUnits.dollars(on.energyUsd()) + ScoreUnits.dollars(on.carbonUsd()) + ScoreUnits.dollars(on.premiumUsd())));
                for (Period p : on.periods()) {
                    pools.computeIfAbsent(new Usage(on.pool().id(), p), kk -> mip.makeConstraint(Double.NEGATIVE_INFINITY, on.pool().countIn(p))).setCoefficient(x, on.accelerators());
                    Double cap = on.site().powerCapIn(p);
                    if (cap != null) sites.computeIfAbsent(new Usage(on.site().id(), p), kk -> mip.makeConstraint(Double.NEGATIVE_INFINITY, ScoreUnits.capWatts(cap) / 1000.0)).setCoefficient(x, on.roundedWatts() / 1000.0);
                }
            }
            n++;
        }
        unpl.setMinimization();
        long t0 = System.nanoTime();
        var st = mip.solve();
        System.out.printf("%s unplaced: %s value %.0f bound %.0f in %.1f s (%d vars, %d rows)%n", engine, st, unpl.value(), unpl.bestBound(), (System.nanoTime()-t0)/1e9, mip.numVariables(), mip.numConstraints());
        if (st != MPSolver.ResultStatus.OPTIMAL && st != MPSolver.ResultStatus.FEASIBLE) return;
        double held = unpl.value();
        MPConstraint hold = mip.makeConstraint(Double.NEGATIVE_INFINITY, held + 0.5);
        for (MPVariable v : mip.variables()) if (v.name().startsWith("u")) hold.setCoefficient(v, unpl.getCoefficient(v));
        MPObjective cost = mip.objective();
        cost.clear();
        costTerms.forEach((v, c) -> cost.setCoefficient(v, c / 1e6));
        cost.setMinimization();
        t0 = System.nanoTime();
        st = mip.solve();
        System.out.printf("%s cost (no egress): %s value %.0f bound %.0f in %.1f s%n", engine, st, cost.value()*1e6, cost.bestBound()*1e6, (System.nanoTime()-t0)/1e9);
    }
}
