package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.scenario.AddPool;
import com.capacityworkbench.model.scenario.AddWorkload;
import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.model.scenario.DemandFactor;
import com.capacityworkbench.model.scenario.DemandTarget;
import com.capacityworkbench.model.scenario.PolicyChange;
import com.capacityworkbench.model.scenario.PoolCountChange;
import com.capacityworkbench.model.scenario.PoolDelay;
import com.capacityworkbench.model.scenario.PowerCapChange;
import com.capacityworkbench.model.scenario.PriceFactor;
import com.capacityworkbench.model.scenario.RemovePool;
import com.capacityworkbench.model.scenario.RemoveWorkload;
import com.capacityworkbench.model.scenario.ResidencyChange;
import com.capacityworkbench.model.scenario.WeightsChange;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which workloads a variant's changes concern, for staying close to the base: a change touches the workload
 * itself (its demand, its datasets, its being added or removed), a pool or site it runs on or could run on, or a
 * policy it is subject to. (Why a workload actually moved is weighed by {@link MoveWeigher}, by scoring the move.)
 */
final class ChangeAttribution {

    private final List<Change> changes;
    private final ScenarioIndex base;
    private final ScenarioIndex variant;

    ChangeAttribution(List<Change> changes, ScenarioIndex base, ScenarioIndex variant) {
        this.changes = List.copyOf(changes);
        this.base = base;
        this.variant = variant;
    }

    /**
     * Whether any change concerns the workload: touches it, or a pool or site it runs on or could run on
     * ({@code options}: pools no static rule rules out for it).
     */
    boolean concerns(Workload workload, Set<String> basePools, Set<String> options) {
        Set<String> pools = new HashSet<>(basePools);
        pools.addAll(options);
        return changes.stream().anyMatch(c -> touchesWorkload(c, workload) || touchesPlace(c, workload, pools, options));
    }

    private static boolean touchesWorkload(Change change, Workload workload) {
        return switch (change) {
            case DemandFactor d -> d.target() == DemandTarget.WORKLOAD ? d.id().equals(workload.id())
                    : d.id().equalsIgnoreCase(workload.kind().label()) || d.id().equalsIgnoreCase(workload.kind().name());
            case ResidencyChange r -> workload.datasets().contains(r.dataset());
            case AddWorkload a -> a.workload().id().equals(workload.id());
            case RemoveWorkload r -> r.workload().equals(workload.id());
            default -> false;
        };
    }

    private boolean touchesPlace(Change change, Workload workload, Set<String> pools, Set<String> variantPools) {
        return switch (change) {
            case PoolCountChange p -> pools.contains(p.pool());
            case PoolDelay p -> pools.contains(p.pool());
            case RemovePool p -> pools.contains(p.pool());
            case AddPool p -> variantPools.contains(p.pool().id());
            case PriceFactor p -> pools.stream().anyMatch(pool -> priced(p, pool));
            case PowerCapChange p -> pools.stream().anyMatch(pool -> p.site().equals(siteOf(pool)));
            case PolicyChange p -> policyTouches(p, workload);
            case WeightsChange w -> true;
            case DemandFactor d -> false;
            case ResidencyChange r -> false;
            case AddWorkload a -> false;
            case RemoveWorkload r -> false;
        };
    }

    private boolean priced(PriceFactor change, String poolId) {
        Optional<Pool> pool = pool(poolId);
        if (pool.isEmpty()) {
            return false;
        }
        return switch (change.target()) {
            case POOL -> change.id().equals(poolId);
            case ACCELERATOR -> change.id().equals(pool.get().accelerator());
            case PROVIDER -> change.id().equals(base.findSite(pool.get().site())
                    .or(() -> variant.findSite(pool.get().site())).map(s -> s.provider()).orElse(null));
        };
    }

    private static boolean policyTouches(PolicyChange change, Workload workload) {
        boolean firstRefusal = change.primaryProvider() != null || change.firstRefusal() != null
                || change.firstRefusalPremium() != null;
        return (firstRefusal && workload.firstRefusal())
                || change.carbonPricePerTonne() != null || change.maxProviderSharePct() != null;
    }

    private Optional<Pool> pool(String id) {
        return base.findPool(id).or(() -> variant.findPool(id));
    }

    private String siteOf(String poolId) {
        return pool(poolId).map(Pool::site).orElse(null);
    }
}
