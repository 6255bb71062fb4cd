package com.capacityworkbench.solver.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One workload shard, the solver's planning entity: the pool it runs on, or none. A gang-scheduled
 * workload is one shard; a splittable one is {@code maxShards} equal shards. Its candidate pools are only
 * those where it breaks no rule on its own; a pinned shard may sit anywhere the planner put it.
 */
@PlanningEntity(comparatorClass = ShardDifficulty.class)
public class Shard {

    @PlanningId
    private String id;
    private String workload;
    private int shardIndex;
    private double demand;
    private int priority;
    private boolean firstRefusal;
    private List<PeriodSlot> slots;
    /** The slots' indices, for the per-slot sums a move updates (no list iterator, no record access). */
    private int[] slotIndices;
    /** By pool index; null for pools this workload may never use (outside its range and not pinned there). */
    private @Nullable PoolOption[] optionByPool;
    private List<PlacementPool> poolRange;
    private PlacementPolicy policy;
    private long unplacedWeight;
    private long firstRefusalWeight;
    private double tightness;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(allowsUnassigned = true)
    private @Nullable PlacementPool pool;

    @SuppressWarnings("unused") // for the solution cloner
    Shard() {
    }

    public Shard(String workload, int shardIndex, double demand, int priority, boolean firstRefusal,
            List<PeriodSlot> slots, @Nullable PoolOption[] optionByPool, List<PlacementPool> poolRange,
            PlacementPolicy policy, long unplacedWeight, long firstRefusalWeight) {
        this.id = workload + "#" + shardIndex;
        this.workload = workload;
        this.shardIndex = shardIndex;
        this.demand = demand;
        this.priority = priority;
        this.firstRefusal = firstRefusal;
        this.slots = List.copyOf(slots);
        this.slotIndices = slots.stream().mapToInt(PeriodSlot::index).toArray();
        this.optionByPool = optionByPool;
        this.poolRange = List.copyOf(poolRange);
        this.policy = policy;
        this.unplacedWeight = unplacedWeight;
        this.firstRefusalWeight = firstRefusalWeight;
    }

    /**
     * A copy for {@link PlacementSolutionCloner}: everything but the pool and the pin is shared, being
     * fixed for the solve ({@link #allowPinnedPool} replaces its lists rather than changing them).
     */
    Shard copy() {
        Shard copy = new Shard();
        copy.id = id;
        copy.workload = workload;
        copy.shardIndex = shardIndex;
        copy.demand = demand;
        copy.priority = priority;
        copy.firstRefusal = firstRefusal;
        copy.slots = slots;
        copy.slotIndices = slotIndices;
        copy.optionByPool = optionByPool;
        copy.poolRange = poolRange;
        copy.policy = policy;
        copy.unplacedWeight = unplacedWeight;
        copy.firstRefusalWeight = firstRefusalWeight;
        copy.tightness = tightness;
        copy.pinned = pinned;
        copy.pool = pool;
        return copy;
    }

    public String getId() {
        return id;
    }

    public String getWorkload() {
        return workload;
    }

    public int getShardIndex() {
        return shardIndex;
    }

    public double getDemand() {
        return demand;
    }

    public int getPriority() {
        return priority;
    }

    public boolean isFirstRefusal() {
        return firstRefusal;
    }

    public List<PeriodSlot> getSlots() {
        return slots;
    }

    /** The indices of {@link #getSlots()}; do not change the array. */
    public int[] slotIndices() {
        return slotIndices;
    }

    public PlacementPolicy getPolicy() {
        return policy;
    }

    public long getUnplacedWeight() {
        return unplacedWeight;
    }

    public long getFirstRefusalWeight() {
        return firstRefusalWeight;
    }

    /**
     * 1 ÷ how many copies of this shard its candidate pools could hold at their largest; higher is harder
     * to place. Infinite when no pool can take it.
     */
    public double getTightness() {
        return tightness;
    }

    public void setTightness(double tightness) {
        this.tightness = tightness;
    }

    @ValueRangeProvider
    public List<PlacementPool> getPoolRange() {
        return poolRange;
    }

    /**
     * Lets this shard sit on a pool outside its usual range, with its figures there: for a planner's pin
     * on a pool that breaks a rule, so the plan can show the broken rule.
     */
    public void allowPinnedPool(PlacementPool extra, PoolOption option) {
        if (optionByPool[extra.getIndex()] == null) {
            optionByPool = optionByPool.clone();
            optionByPool[extra.getIndex()] = option;
        }
        if (!poolRange.contains(extra)) {
            List<PlacementPool> wider = new java.util.ArrayList<>(poolRange);
            wider.add(extra);
            poolRange = List.copyOf(wider);
        }
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public @Nullable PlacementPool getPool() {
        return pool;
    }

    public void setPool(@Nullable PlacementPool pool) {
        this.pool = pool;
    }

    public boolean isPlaced() {
        return pool != null;
    }

    /** The figures of this shard on its current pool; only call when placed. */
    public PoolOption option() {
        PoolOption option = pool == null ? null : optionByPool[pool.getIndex()];
        if (option == null) {
            throw new IllegalStateException("shard " + id + " sits on pool " + pool + " without figures for it\n"
                    + "Maybe the pool was set outside the shard's range without building its option.");
        }
        return option;
    }

    public @Nullable PoolOption optionOn(PlacementPool candidate) {
        return optionByPool[candidate.getIndex()];
    }

    @Override
    public String toString() {
        return id + " -> " + (pool == null ? "unplaced" : pool.getId());
    }
}
