package com.capacityworkbench.model.validation;

import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.scenario.WorkloadKind;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Workloads: demand, priority and every other figure in range, a window on the horizon, known datasets (each once), software
 * families some accelerator type runs (unless porting is allowed), shard rules, and a user geography for
 * every latency target.
 */
final class WorkloadRules {

    private WorkloadRules() {
    }

    static void check(ValidationContext context) {
        List<Workload> workloads = context.scenario().workloads();
        Set<SoftwareFamily> familiesOnOffer = context.scenario().accelerators().stream()
                .map(AcceleratorType::family).filter(Objects::nonNull).collect(Collectors.toSet());
        for (int i = 0; i < workloads.size(); i++) {
            check(workloads.get(i), "workloads[" + i + "].", familiesOnOffer, context);
        }
    }

    private static void check(Workload workload, String at, Set<SoftwareFamily> familiesOnOffer,
                              ValidationContext context) {
        Problems problems = context.problems();
        problems.inRange(at + "demand", workload.demand(), Figure.DEMAND);
        problems.inRange(at + "priority", workload.priority(), Figure.PRIORITY);
        boolean fromOk = problems.onHorizon(at + "from", workload.from(), context.horizon());
        boolean toOk = problems.onHorizon(at + "to", workload.to(), context.horizon());
        if (fromOk && toOk) {
            problems.ordered(at + "to", workload.from(), workload.to());
        }
        problems.inRange(at + "minMemoryGb", workload.minMemoryGb(), Figure.MIN_MEMORY);
        datasets(workload, at, context);
        excludedPools(workload, at, context);
        families(workload, at, familiesOnOffer, problems);
        shards(workload, at, problems);
        if (workload.latencyTargetMs() != null) {
            problems.inRange(at + "latencyTargetMs", workload.latencyTargetMs(), Figure.LATENCY_TARGET);
            if (workload.userGeography() == null || workload.userGeography().isBlank()) {
                problems.add(at + "userGeography", "a latency target needs a user geography");
            }
        }
        if (workload.userGeography() != null && !workload.userGeography().isBlank()) {
            SiteRules.geography(at + "userGeography", workload.userGeography(), problems);
        }
        if (workload.stagingLeadTimeDays() != null) {
            problems.inRange(at + "stagingLeadTimeDays", workload.stagingLeadTimeDays(), Figure.STAGING_LEAD_TIME);
        }
        if (workload.portingCostUsd() != null) {
            problems.inRange(at + "portingCostUsd", workload.portingCostUsd(), Figure.PORTING_COST);
        }
    }

    private static void datasets(Workload workload, String at, ValidationContext context) {
        Set<String> seen = new HashSet<>();
        for (int d = 0; d < workload.datasets().size(); d++) {
            String id = workload.datasets().get(d);
            String path = at + "datasets[" + d + "]";
            context.problems().reference(path, id, "dataset", context.index().datasets().keySet());
            if (id != null && !id.isBlank() && !seen.add(id)) {
                context.problems().add(path, "dataset \"" + id + "\" is listed twice");
            }
        }
    }

    /** Each excluded pool must exist: a misspelt one would exclude nothing, silently. */
    private static void excludedPools(Workload workload, String at, ValidationContext context) {
        for (int p = 0; p < workload.excludedPools().size(); p++) {
            context.problems().reference(at + "excludedPools[" + p + "]", workload.excludedPools().get(p), "pool",
                    context.index().pools().keySet());
        }
    }

    private static void families(Workload workload, String at, Set<SoftwareFamily> familiesOnOffer,
                                 Problems problems) {
        if (workload.families().isEmpty() || workload.allowsPorting() || familiesOnOffer.isEmpty()) {
            return;
        }
        if (workload.families().stream().noneMatch(familiesOnOffer::contains)) {
            problems.add(at + "families", "no accelerator type in this scenario runs "
                    + workload.families().stream().sorted().map(SoftwareFamily::label)
                            .collect(Collectors.joining(" or "))
                    + ", and porting is not allowed (no portingCostUsd)");
        }
    }

    private static void shards(Workload workload, String at, Problems problems) {
        int maxShards = workload.maxShards();
        if (workload.kind() == WorkloadKind.TRAINING && workload.splittable()) {
            // The design gang-schedules a training run on one pool: its accelerators talk every step.
            problems.add(at + "splittable", "a training run is gang-scheduled on one pool and cannot be split;"
                    + " set splittable to false (fine-tunes, RL, batch and inference may be split)");
        }
        if (!Figure.MAX_SHARDS.accepts(maxShards)) {
            problems.inRange(at + "maxShards", maxShards, Figure.MAX_SHARDS);
        } else if (workload.splittable()) {
            if (maxShards < 1) {
                problems.add(at + "maxShards", "a splittable workload needs at least 1 shard, got " + maxShards);
            } else if (workload.demand() > 0 && maxShards > workload.demand()) {
                problems.add(at + "maxShards", maxShards + " shards would leave some with less than 1 reference"
                        + " accelerator (demand " + Problems.number(workload.demand()) + ")");
            }
        } else if (maxShards > 1) {
            problems.add(at + "maxShards", "only a splittable workload may have more than 1 shard, got "
                    + maxShards);
        }
    }
}
