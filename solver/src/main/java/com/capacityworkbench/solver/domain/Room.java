package com.capacityworkbench.solver.domain;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the placed shards use of each pool (accelerators) and each site (watts), slot by slot: plain
 * arrays, so placement heuristics can ask "does this shard fit there" without going through the score.
 */
public final class Room {

    private final long[][] usedAccelerators;
    private final long[][] usedWatts;
    private final Map<PlacementSite, Integer> siteIndex;
    /** The loads added since the open {@link Trial} started; null when none is open. */
    private @Nullable List<Load> trialLoads;

    /** One load added: what {@link Trial#close} takes off again. */
    private record Load(PlacementPool pool, int[] slots, long accelerators, long watts) {
    }

    private Room(PlacementSolution solution) {
        siteIndex = new IdentityHashMap<>();
        int slotCount = 0;
        for (PlacementPool pool : solution.getPools()) {
            slotCount = Math.max(slotCount, pool.slotCount());
        }
        usedAccelerators = new long[solution.getPools().size()][slotCount];
        List<PlacementSite> sites = solution.getSites();
        for (int i = 0; i < sites.size(); i++) {
            siteIndex.put(sites.get(i), i);
        }
        usedWatts = new long[sites.size()][slotCount];
    }

    /** Every pool and site with nothing placed on it. */
    public static Room empty(PlacementSolution solution) {
        return new Room(solution);
    }

    /** The room left with the solution's shards where they are now. */
    public static Room of(PlacementSolution solution) {
        Room room = new Room(solution);
        for (Shard shard : solution.getShards()) {
            PlacementPool pool = shard.getPool();
            if (pool != null) {
                room.take(shard, pool);
            }
        }
        return room;
    }

    /**
     * Starts trying changes on this room itself; closing the trial takes them off again. A copy per planned move
     * took a third of the make-room moves' planning on the purchase cases, whose offers add many pools
     * (docs/benchmarks.md, runs AT). One trial at a time.
     */
    public Trial trial() {
        if (trialLoads != null) {
            throw new IllegalStateException("a trial of this room is already open");
        }
        trialLoads = new ArrayList<>();
        return new Trial();
    }

    /** Changes tried on the room until closed: then the room is as it was when the trial started. */
    public final class Trial implements AutoCloseable {

        private Trial() {
        }

        /** The room the changes are tried on. */
        public Room room() {
            return Room.this;
        }

        @Override
        public void close() {
            List<Load> loads = trialLoads;
            trialLoads = null;
            for (int i = loads.size() - 1; i >= 0; i--) {
                Load load = loads.get(i);
                addLoad(load.pool(), load.slots(), -load.accelerators(), -load.watts());
            }
        }
    }

    /** Whether the shard fits on the pool in every slot of its window, accelerators and site power. */
    public boolean fits(Shard shard, PlacementPool pool) {
        PoolOption option = shard.optionOn(pool);
        if (option == null) {
            return false;
        }
        long[] accelerators = usedAccelerators[pool.getIndex()];
        long[] watts = usedWatts[siteIndex.get(pool.getSite())];
        PlacementSite site = pool.getSite();
        for (int slot : shard.slotIndices()) {
            if (accelerators[slot] + option.accelerators() > pool.countIn(slot)) {
                return false;
            }
            long cap = site.capWatts(slot);
            if (cap != Long.MAX_VALUE && watts[slot] + option.watts() > cap) {
                return false;
            }
        }
        return true;
    }

    /** Accelerators the pool lacks in this slot for the shard to fit there (0 when it fits). */
    public long acceleratorsShort(Shard shard, PlacementPool pool, int slot) {
        return Math.max(0, -acceleratorsLeft(shard, pool, slot));
    }

    /** Accelerators the pool would have left in this slot with the shard on it (negative when it is short). */
    public long acceleratorsLeft(Shard shard, PlacementPool pool, int slot) {
        PoolOption option = shard.optionOn(pool);
        long wanted = option == null ? 0 : option.accelerators();
        return pool.countIn(slot) - usedAccelerators[pool.getIndex()][slot] - wanted;
    }

    /** Watts the pool's site lacks in this slot for the shard to run there (0 when it fits or has no cap). */
    public long wattsShort(Shard shard, PlacementPool pool, int slot) {
        PoolOption option = shard.optionOn(pool);
        long cap = pool.getSite().capWatts(slot);
        if (option == null || cap == Long.MAX_VALUE) {
            return 0;
        }
        return Math.max(0, usedWatts[siteIndex.get(pool.getSite())][slot] + option.watts() - cap);
    }

    /** Accelerators the pool has free in this slot as the plan stands (negative when it is over). */
    public long freeAccelerators(PlacementPool pool, int slot) {
        return pool.countIn(slot) - usedAccelerators[pool.getIndex()][slot];
    }

    /** Watts the pool's site has free under its cap in this slot; {@link Long#MAX_VALUE} when it has no cap. */
    public long freeWatts(PlacementPool pool, int slot) {
        long cap = pool.getSite().capWatts(slot);
        return cap == Long.MAX_VALUE ? cap : cap - usedWatts[siteIndex.get(pool.getSite())][slot];
    }

    /**
     * Adds a load given by its figures rather than by a shard's option (negative figures take one off): for a
     * shard at another size than the solver gave it.
     */
    public void add(PlacementPool pool, int[] slots, long accelerators, long watts) {
        if (trialLoads != null) {
            trialLoads.add(new Load(pool, slots, accelerators, watts));
        }
        addLoad(pool, slots, accelerators, watts);
    }

    private void addLoad(PlacementPool pool, int[] slots, long accelerators, long watts) {
        long[] used = usedAccelerators[pool.getIndex()];
        long[] siteWatts = usedWatts[siteIndex.get(pool.getSite())];
        for (int slot : slots) {
            used[slot] += accelerators;
            siteWatts[slot] += watts;
        }
    }

    public void take(Shard shard, PlacementPool pool) {
        add(shard, pool, 1);
    }

    public void release(Shard shard, PlacementPool pool) {
        add(shard, pool, -1);
    }

    private void add(Shard shard, PlacementPool pool, int sign) {
        PoolOption option = shard.optionOn(pool);
        if (option != null) {
            add(pool, shard.slotIndices(), sign * (long) option.accelerators(), sign * option.watts());
        }
    }
}
