package com.capacityworkbench.solver.build;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.AssignmentStatus;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.model.ScenarioIndex;
import java.util.ArrayList;
import java.util.List;

/** Reads the solver's shards back as plan assignments (costs and reasons are filled by the evaluator). */
public final class SolutionAssignments {

    private SolutionAssignments() {
    }

    public static List<Assignment> of(PlacementSolution solution, ScenarioIndex lookup) {
        List<Assignment> assignments = new ArrayList<>(solution.getShards().size());
        for (Shard shard : solution.getShards()) {
            Workload workload = lookup.findWorkload(shard.getWorkload()).orElse(null);
            if (workload == null) {
                continue;
            }
            PlacementPool pool = shard.getPool();
            assignments.add(new Assignment(shard.getWorkload(), shard.getShardIndex(), shard.getDemand(),
                    pool == null ? null : pool.getId(),
                    pool == null ? null : pool.getSite().getId(),
                    pool == null ? null : pool.getProvider(),
                    pool == null ? 0 : shard.option().accelerators(),
                    workload.from(), workload.to(), 0,
                    pool == null ? AssignmentStatus.UNPLACED : AssignmentStatus.PLACED, null, shard.isPinned()));
        }
        return assignments;
    }
}
