package com.capacityworkbench.bench.problem;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.AssignmentStatus;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.rules.PlacementCalculator;
import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.solver.rules.ShardOnPool;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A scenario as the baselines see it: every shard with its statically allowed pools, figured by the
 * solver's own {@link PlacementCalculator}, so the greedy and exact plans follow the same rules and
 * round the same way as the Timefold model and the plan evaluator.
 */
public final class PlacementProblem {

    private final Scenario scenario;
    private final List<ShardChoices> shards;

    private PlacementProblem(Scenario scenario, List<ShardChoices> shards) {
        this.scenario = scenario;
        this.shards = List.copyOf(shards);
    }

    public static PlacementProblem of(Scenario scenario) {
        PlacementCalculator calculator = new PlacementCalculator(ScenarioIndex.of(scenario));
        List<ShardChoices> shards = new ArrayList<>();
        for (Workload workload : scenario.workloads()) {
            Map<Double, List<ShardOnPool>> bySize = new HashMap<>();
            for (int i = 0; i < workload.shardCount(); i++) {
                double demand = workload.shardDemand(i);
                List<ShardOnPool> options = bySize.computeIfAbsent(demand, d -> {
                    List<ShardOnPool> allowed = new ArrayList<>();
                    for (Pool pool : scenario.pools()) {
                        ShardOnPool figures = calculator.assess(workload, d, pool);
                        if (figures.isStaticallyAllowed()) {
                            allowed.add(figures);
                        }
                    }
                    return allowed;
                });
                shards.add(new ShardChoices(workload, i, demand, options));
            }
        }
        return new PlacementProblem(scenario, shards);
    }

    public Scenario scenario() {
        return scenario;
    }

    public List<ShardChoices> shards() {
        return shards;
    }

    /** Every period any pool or workload window touches, in order. */
    public List<Period> periods() {
        return scenario.horizon().periods();
    }

    /** The plan row for a shard on a pool, or unplaced when {@code on} is null; the evaluator fills in the rest. */
    public static Assignment assignment(ShardChoices shard, @Nullable ShardOnPool on) {
        Workload w = shard.workload();
        if (on == null) {
            return new Assignment(w.id(), shard.shard(), shard.demand(), null, null, null, 0, w.from(), w.to(), 0,
                    AssignmentStatus.UNPLACED, null, false);
        }
        return new Assignment(w.id(), shard.shard(), shard.demand(), on.pool().id(), on.site().id(), on.provider(),
                on.accelerators(), w.from(), w.to(), 0, AssignmentStatus.PLACED, null, false);
    }
}
