package com.capacityworkbench.bench.exact;

import com.capacityworkbench.bench.problem.PlacementProblem;
import com.capacityworkbench.bench.problem.ShardChoices;
import com.capacityworkbench.model.io.ScenarioFiles;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import com.capacityworkbench.solver.rules.EgressCharge;
import com.capacityworkbench.solver.rules.PortingCharge;
import com.capacityworkbench.solver.rules.ScoreUnits;
import com.capacityworkbench.solver.rules.ShardOnPool;
import com.google.ortools.Loader;
import com.google.ortools.sat.*;
import java.nio.file.Path;
import java.util.*;

/** Aggregated CP-SAT: n[w,p] shards of workload w on pool p. Lexicographic unplaced, FR, cost. */
public final class AggExperiment {
    record Usage(String id, Period p) {}
    public static void main(String[] args) throws Exception {
        Loader.loadNativeLibraries();
        var scenario = ScenarioFiles.read(Path.of(args[0]));
        String[] secsPer = args[1].split(",");
        int workers = Integer.parseInt(args[2]);
        int lin = Integer.parseInt(args[3]);
        var problem = PlacementProblem.of(scenario);
        Map<String,Integer> hintCount = new HashMap<>();
        Map<String,Integer> hintUnplaced = new HashMap<>();
        boolean hinted = args.length > 4 && !args[4].equals("-");
        if (hinted) for (var a : com.capacityworkbench.model.io.PlanFiles.read(Path.of(args[4])).assignments()) {
            if (a.pool() != null) hintCount.merge(a.workload() + "@" + a.pool(), 1, Integer::sum); else hintUnplaced.merge(a.workload(), 1, Integer::sum);
        }
        boolean strict = scenario.policies().firstRefusal() == FirstRefusalMode.STRICT;
        CpModel m = new CpModel();
        // group shards by workload
        Map<String, List<ShardChoices>> byW = new LinkedHashMap<>();
        for (ShardChoices s : problem.shards()) byW.computeIfAbsent(s.workload().id(), k -> new ArrayList<>()).add(s);
        LinearExprBuilder unpl = LinearExpr.newBuilder(), fr = LinearExpr.newBuilder(), cost = LinearExpr.newBuilder();
        Map<Usage, LinearExprBuilder> pu = new LinkedHashMap<>(), su = new LinkedHashMap<>();
        Map<Usage, Long> pcap = new HashMap<>(), scap = new HashMap<>(), pmax = new HashMap<>(), smax = new HashMap<>();
        Map<EgressCharge, List<BoolVar>> egress = new LinkedHashMap<>();
        Map<PortingCharge, List<BoolVar>> porting = new LinkedHashMap<>();
        List<IntVar[]> nvars = new ArrayList<>(); List<List<ShardOnPool>> opts = new ArrayList<>(); List<IntVar> uvars = new ArrayList<>();
        for (var e : byW.entrySet()) {
            List<ShardChoices> shards = e.getValue();
            int k = shards.size();
            ShardChoices s0 = shards.get(0);
            IntVar u = hinted && System.getProperty("fixu") != null ? m.newConstant(hintUnplaced.getOrDefault(e.getKey(), 0)) : m.newIntVar(0, k, "u" + e.getKey());
            uvars.add(u);
            LinearExprBuilder sum = LinearExpr.newBuilder().add(u);
            unpl.addTerm(u, ScoreUnits.unplacedDemand(s0.demand(), s0.workload().priority()));
            IntVar[] ns = new IntVar[s0.options().size()];
            int i = 0;
            for (ShardOnPool on : s0.options()) {
                IntVar n = m.newIntVar(0, k, "n" + e.getKey() + "_" + on.pool().id());
                ns[i++] = n;
                sum.add(n);
                if (strict && on.offPrimary()) fr.addTerm(n, ScoreUnits.firstRefusalHours(s0.demand(), on.hours()));
                long own = ScoreUnits.dollars(on.computeUsd()) + ScoreUnits.dollars(on.energyUsd()) + ScoreUnits.dollars(on.carbonUsd()) + ScoreUnits.dollars(on.premiumUsd());
                cost.addTerm(n, own);
                BoolVar any = null;
                if (k == 1) any = null;
                boolean needsAny = on.egress().stream().anyMatch(c -> c.roundedUsd() > 0) || (on.porting() != null && on.porting().roundedUsd() > 0);
                if (needsAny) {
                    BoolVar y = m.newBoolVar("y");
                    m.addLessOrEqual(n, LinearExpr.term(y, k));
                    m.addLessOrEqual(y, n);
                    for (EgressCharge c : on.egress()) if (c.roundedUsd() > 0) egress.computeIfAbsent(c, x -> new ArrayList<>()).add(y);
                    if (on.porting() != null && on.porting().roundedUsd() > 0) porting.computeIfAbsent(on.porting(), x -> new ArrayList<>()).add(y);
                }
                for (Period p : on.periods()) {
                    Usage pk = new Usage(on.pool().id(), p);
                    pu.computeIfAbsent(pk, x -> LinearExpr.newBuilder()).addTerm(n, on.accelerators());
                    pmax.merge(pk, (long) on.accelerators() * k, Long::sum);
                    pcap.put(pk, (long) on.pool().countIn(p));
                    Double cap = on.site().powerCapIn(p);
                    if (cap != null) {
                        Usage sk = new Usage(on.site().id(), p);
                        su.computeIfAbsent(sk, x -> LinearExpr.newBuilder()).addTerm(n, on.roundedWatts());
                        smax.merge(sk, on.roundedWatts() * k, Long::sum);
                        scap.put(sk, ScoreUnits.capWatts(cap));
                    }
                }
            }
            nvars.add(ns); opts.add(s0.options());
            if (hinted) { if (System.getProperty("fixu") == null) m.addHint(u, hintUnplaced.getOrDefault(e.getKey(), 0)); for (int j = 0; j < ns.length; j++) m.addHint(ns[j], hintCount.getOrDefault(e.getKey() + "@" + s0.options().get(j).pool().id(), 0)); }
            m.addEquality(sum, k);
        }
        pu.forEach((key, used) -> { if (pmax.get(key) > pcap.get(key)) m.addLessOrEqual(used, pcap.get(key)); });
        su.forEach((key, used) -> { if (smax.get(key) > scap.get(key)) m.addLessOrEqual(used, scap.get(key)); });
        for (var c : egress.entrySet()) paid(m, c.getValue(), c.getKey().roundedUsd(), cost);
        for (var c : porting.entrySet()) paid(m, c.getValue(), c.getKey().roundedUsd(), cost);
        LinearExpr[] levels = {unpl.build(), fr.build(), cost.build()};
        String[] names = {"unplaced", "fr", "cost"};
        long t0 = System.nanoTime();
        for (int l = 0; l < 3; l++) {
            m.clearObjective();
            m.minimize(levels[l]);
            double secs = Double.parseDouble(secsPer[Math.min(l, secsPer.length - 1)]);
            if (secs == 0) {
                // hold at the hint's value: evaluate hint
                CpSolver solver = new CpSolver();
                solver.getParameters().setMaxTimeInSeconds(5).setNumWorkers(1).setFixVariablesToTheirHintedValue(true);
                var st = solver.solve(m);
                long val = Math.round(solver.value(levels[l]));
                System.out.printf("%s: held at hint %,d (%s)%n", names[l], val, st);
                m.addLessOrEqual(levels[l], val);
                continue;
            }
            CpSolver solver = new CpSolver();
            solver.getParameters().setMaxTimeInSeconds(secs).setNumWorkers(workers).setLinearizationLevel(lin).setLogSearchProgress(args.length > 5);
            long ts = System.nanoTime();
            var st = solver.solve(m);
            long val = Math.round(solver.objectiveValue());
            System.out.printf("%s: %s value %,d bound %,.0f in %.1f s%n", names[l], st, val, solver.bestObjectiveBound(), (System.nanoTime()-ts)/1e9);
            // hint next
            m.clearHints();
            for (int w = 0; w < nvars.size(); w++) { for (IntVar n : nvars.get(w)) m.addHint(n, solver.value(n)); if (System.getProperty("fixu") == null) m.addHint(uvars.get(w), solver.value(uvars.get(w))); }
            m.addLessOrEqual(levels[l], val);
        }
        System.out.printf("total %.1f s%n", (System.nanoTime()-t0)/1e9);
    }
    static void paid(CpModel m, List<BoolVar> readers, long usd, LinearExprBuilder cost) {
        BoolVar paid = m.newBoolVar("paid");
        for (BoolVar r : readers) m.addImplication(r, paid);
        m.addLessOrEqual(paid, LinearExpr.sum(readers.toArray(BoolVar[]::new)));
        cost.addTerm(paid, usd);
    }
}
