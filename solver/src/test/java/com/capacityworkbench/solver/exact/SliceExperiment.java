package com.capacityworkbench.solver.exact;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import com.capacityworkbench.model.io.PlanFiles;
import com.capacityworkbench.model.io.ScenarioFiles;
import com.capacityworkbench.solver.build.SolutionBuilder;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.service.PlacementSolverConfig;
import com.capacityworkbench.solver.service.SolveRequest;
import com.google.ortools.Loader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;

/** Not a test: slices on a saved plan, counted in CP-SAT deterministic time. args: scenario plan mode(upper share) detTotal seed */
public final class SliceExperiment {
    public static void main(String[] args) throws Exception {
        Loader.loadNativeLibraries();
        var scenario = ScenarioFiles.read(Path.of(args[0]));
        var plan = PlanFiles.read(Path.of(args[1]));
        double upperShare = Double.parseDouble(args[2]);
        double total = Double.parseDouble(args[3]);
        long seed = Long.parseLong(args[4]);
        int initial = args.length > 5 ? Integer.parseInt(args[5]) : 60;
        double det = args.length > 6 ? Double.parseDouble(args[6]) : 0.5;
        var factory = SolverFactory.<PlacementSolution>create(PlacementSolverConfig.of(new SolveRequest(scenario, null, Duration.ofMinutes(1), null, 1L, 1), false));
        SolutionManager<PlacementSolution, BendableScore> manager = SolutionManager.create(factory);
        PlacementSolution solution = SolutionBuilder.buildForConstruction(scenario, plan);
        BendableScore score = manager.update(solution);
        System.out.println("start " + score);
        RuleWeights weights = RuleWeights.of(solution.getConstraintWeightOverrides());
        SliceChooser chooser = new SliceChooser(solution, initial);
        SplittableRandom random = new SplittableRandom(seed);
        double used = 0;
        long t0 = System.nanoTime();
        int n = 0;
        double nextReport = total / 10;
        while (used < total) {
            Slice slice = initial == 0 ? Slice.whole(solution) : chooser.next(random);
            int first = random.nextDouble() < upperShare ? 0 : LevelByLevel.BELOW_UPPER_LEVELS;
            PlacementProgram program = PlacementProgram.of(solution, slice, weights);
            double[] detUsed = {0};
            LevelByLevel.Result result = LevelByLevel.solve(program, first, new LevelByLevel.Limits(Double.MAX_VALUE, det, Long.MAX_VALUE, random.nextInt(), 1), () -> false);
            used += LevelByLevel.lastDeterministicTime;
            chooser.solved(result.everyLevelOptimal());
            n++;
            if (result.placement() == null) continue;
            var changes = SliceChanges.of(slice, result.placement());
            var undo = new java.util.ArrayList<SliceChanges.Change>();
            for (var c : changes) { undo.add(new SliceChanges.Change(c.shard(), c.shard().getPool())); c.shard().setPool(c.pool()); }
            BendableScore after = manager.update(solution);
            if (after.compareTo(score) >= 0) { score = after; } else { for (var c : undo) c.shard().setPool(c.pool()); manager.update(solution); System.out.println("worse! " + after); }
            if (used >= nextReport) { System.out.printf("det %.1f wall %.1f slices %d target %d score %s%n", used, (System.nanoTime()-t0)/1e9, n, chooser.targetShards(), score); nextReport += total / 10; }
        }
        System.out.println("end " + score);
    }
}
