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

    /** What does not change during a solve, shared by a shard's copies (a copy is made at every new best plan). */
    private Facts facts;
    /** The slots' indices, for the per-slot sums a move updates (no list iterator, no record access). */
    private int[] slotIndices;
    /** By pool index; null for pools this workload may never use (outside its range and not pinned there). */
    private @Nullable PoolOption[] optionByPool;

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
        this.facts = new Facts(workload + "#" + shardIndex, workload, shardIndex, demand, priority, firstRefusal,
                List.copyOf(slots), List.copyOf(poolRange), policy, unplacedWeight, firstRefusalWeight, 0, 0);
        this.slotIndices = slots.stream().mapToInt(PeriodSlot::index).toArray();
        this.optionByPool = optionByPool;
    }

    /**
     * A copy for {@link PlacementSolutionCloner}: everything but the pool and the pin is shared, being
     * fixed for the solve ({@link #allowPinnedPool} and {@link #setTightness} replace the shared parts rather
     * than change them).
     */
    Shard copy() {
        Shard copy = new Shard();
        copy.facts = facts;
        copy.slotIndices = slotIndices;
        copy.optionByPool = optionByPool;
        copy.pinned = pinned;
        copy.pool = pool;
        return copy;
    }

    @PlanningId
    public String getId() {
        return facts.id();
    }

    public String getWorkload() {
        return facts.workload();
    }

    public int getShardIndex() {
        return facts.shardIndex();
    }

    public double getDemand() {
        return facts.demand();
    }

    public int getPriority() {
        return facts.priority();
    }

    public boolean isFirstRefusal() {
        return facts.firstRefusal();
    }

    public List<PeriodSlot> getSlots() {
        return facts.slots();
    }

    /** The indices of {@link #getSlots()}; do not change the array. */
    public int[] slotIndices() {
        return slotIndices;
    }

    public PlacementPolicy getPolicy() {
        return facts.policy();
    }

    public long getUnplacedWeight() {
        return facts.unplacedWeight();
    }

    public long getFirstRefusalWeight() {
        return facts.firstRefusalWeight();
    }

    /**
     * 1 ÷ how many copies of this shard its candidate pools could hold at their largest; higher is harder
     * to place. Infinite when no pool can take it.
     */
    public double getTightness() {
        return facts.tightness();
    }

    public void setTightness(double tightness) {
        facts = facts.withTightness(tightness);
    }

    /** The shard's place among its solution's shards from hardest to easiest, 0 until ranked ({@link ShardDifficulty#rank}). */
    public int getDifficultyRank() {
        return facts.difficultyRank();
    }

    void setDifficultyRank(int rank) {
        facts = facts.withDifficultyRank(rank);
    }

    @ValueRangeProvider
    public List<PlacementPool> getPoolRange() {
        return facts.poolRange();
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
        if (!facts.poolRange().contains(extra)) {
            List<PlacementPool> wider = new java.util.ArrayList<>(facts.poolRange());
            wider.add(extra);
            facts = facts.withPoolRange(List.copyOf(wider));
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
            throw new IllegalStateException("shard " + facts.id() + " sits on pool " + pool + " without figures for it\n"
                    + "Maybe the pool was set outside the shard's range without building its option.");
        }
        return option;
    }

    public @Nullable PoolOption optionOn(PlacementPool candidate) {
        return optionByPool[candidate.getIndex()];
    }

    @Override
    public String toString() {
        return facts.id() + " -> " + (pool == null ? "unplaced" : pool.getId());
    }

    private record Facts(String id, String workload, int shardIndex, double demand, int priority,
            boolean firstRefusal, List<PeriodSlot> slots, List<PlacementPool> poolRange, PlacementPolicy policy,
            long unplacedWeight, long firstRefusalWeight, double tightness, int difficultyRank) {

        Facts withTightness(double tightness) {
            return new Facts(id, workload, shardIndex, demand, priority, firstRefusal, slots, poolRange, policy,
                    unplacedWeight, firstRefusalWeight, tightness, difficultyRank);
        }

        Facts withPoolRange(List<PlacementPool> poolRange) {
            return new Facts(id, workload, shardIndex, demand, priority, firstRefusal, slots, poolRange, policy,
                    unplacedWeight, firstRefusalWeight, tightness, difficultyRank);
        }

        Facts withDifficultyRank(int difficultyRank) {
            return new Facts(id, workload, shardIndex, demand, priority, firstRefusal, slots, poolRange, policy,
                    unplacedWeight, firstRefusalWeight, tightness, difficultyRank);
        }
    }
}
