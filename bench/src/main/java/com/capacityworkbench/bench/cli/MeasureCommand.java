package com.capacityworkbench.bench.cli;

import com.capacityworkbench.bench.exact.CpSatReference;
import com.capacityworkbench.bench.measure.BaselineRuns;
import com.capacityworkbench.bench.measure.BenchCase;
import com.capacityworkbench.bench.measure.SolverRun;
import com.capacityworkbench.model.scenario.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** One measurement in a JVM of its own; prints one result line for {@link RunCommand}. */
@Command(name = "measure", hidden = true, description = "Measures one case and seed (started by run).")
final class MeasureCommand implements Callable<Integer> {

    enum What { SOLVER, GREEDY, EXACT }

    @Option(names = "--what", required = true)
    What what;

    @Option(names = "--case", required = true)
    String caseArgument;

    @Option(names = "--seed", required = true)
    long seed;

    @Option(names = "--checkpoints", split = ",", defaultValue = "10,30,60")
    List<Integer> checkpoints;

    @Option(names = "--warmup", defaultValue = "10", description = "warm-up solve, seconds")
    int warmUpSeconds;

    @Option(names = "--exact-limit", defaultValue = "60", description = "CP-SAT seconds per soft level")
    int exactSeconds;

    @Option(names = "--bound-limit", description = "seconds for the unplaced level's MIP bound (default: --exact-limit)")
    Integer boundSeconds;

    @Option(names = "--exact-workers", defaultValue = "8", description = "CP-SAT workers; its portfolio needs about 8 to include the LP-based ones, even on 2 cores")
    int exactWorkers;

    @Override
    public Integer call() throws Exception {
        BenchCase benchCase = BenchCase.parse(caseArgument);
        Scenario scenario = benchCase.scenario(seed);
        Object result = switch (what) {
            case SOLVER -> {
                SolverRun.warmUp(Duration.ofSeconds(warmUpSeconds));
                yield SolverRun.measure(benchCase.id(), scenario, seed, checkpoints.stream().sorted().toList());
            }
            case GREEDY -> BaselineRuns.greedy(benchCase.id(), scenario, seed);
            case EXACT -> BaselineRuns.exact(benchCase.id(), scenario, seed,
                    new CpSatReference.Limits(Duration.ofSeconds(exactSeconds),
                            Duration.ofSeconds(boundSeconds == null ? exactSeconds : boundSeconds), exactWorkers, seed));
        };
        System.out.println(Json.RESULT_PREFIX + Json.MAPPER.writeValueAsString(result));
        return 0;
    }
}
