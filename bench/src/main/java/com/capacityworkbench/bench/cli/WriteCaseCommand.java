package com.capacityworkbench.bench.cli;

import com.capacityworkbench.bench.measure.BenchCase;
import com.capacityworkbench.bench.problem.PlacementProblem;
import com.capacityworkbench.bench.problem.ShardChoices;
import com.capacityworkbench.formats.ScenarioFiles;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.purchase.PurchasableCapacity;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes a purchase case as a scenario file (for {@code workbench buy} and {@code solve}) and prints what bounds its
 * unplaced level from below: the demand of shards that no pool, bought or not, allows.
 */
@Command(name = "write-case", mixinStandardHelpOptions = true,
        description = "Writes a purchase case (buy-WxO) and a seed as a scenario file with its offers.")
final class WriteCaseCommand implements Callable<Integer> {

    @Option(names = "--case", required = true, description = "buy-WxO: workloads x offers")
    String caseArgument;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--out", required = true, description = "scenario file (.json or .xlsx)")
    Path out;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = BenchCase.parse(caseArgument).purchaseScenario(seed);
        ScenarioFiles.write(scenario, out);
        PlacementProblem problem = PlacementProblem.of(PurchasableCapacity.expand(scenario));
        double nowhere = problem.shards().stream().filter(s -> s.options().isEmpty()).mapToDouble(ShardChoices::demand).sum();
        double demand = problem.shards().stream().mapToDouble(ShardChoices::demand).sum();
        long shardsNowhere = problem.shards().stream().filter(s -> s.options().isEmpty()).count();
        System.out.printf(Locale.US, "%s seed %d: %d workloads, %d shards, %d pools, %d offers; demand %,.0f ref accel, of it "
                        + "%,.0f in %d shards that no pool allows; written to %s%n", caseArgument, seed,
                scenario.workloads().size(), problem.shards().size(), scenario.pools().size(),
                scenario.purchaseOptions().offers().size(), demand, nowhere, shardsNowhere, out);
        return 0;
    }
}
