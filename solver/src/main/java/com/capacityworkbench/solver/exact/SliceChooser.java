package com.capacityworkbench.solver.exact;

import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Picks the slices the exact search re-solves on a plan too big to solve whole: a few pools that share
 * candidate work (grown from a random pool through the pools its shards could also take), with every
 * movable shard on them, the unplaced shards that could go there, and some shards elsewhere that could
 * come in. The slice grows while its programs are solved to optimality in time and shrinks when they
 * are not, so each stays a few tenths of a second of search.
 */
final class SliceChooser {

    private static final int SMALLEST = 8;
    private static final int LARGEST = 3_000;

    /** No slice to stay apart from. */
    private static final Footprint NOTHING = new Footprint(Set.of(), Set.of(), Set.of());

    private final List<PlacementPool> pools;
    /** Movable shards whose range holds the pool, by pool index. */
    private final List<List<Shard>> acceptingByPool = new ArrayList<>();
    private double targetShards;

    SliceChooser(PlacementSolution solution, int initialShards) {
        this.pools = solution.getPools();
        this.targetShards = initialShards;
        for (int i = 0; i < pools.size(); i++) {
            acceptingByPool.add(new ArrayList<>());
        }
        for (Shard shard : solution.getShards()) {
            if (!shard.isPinned()) {
                for (PlacementPool pool : shard.getPoolRange()) {
                    acceptingByPool.get(pool.getIndex()).add(shard);
                }
            }
        }
    }

    /** A slice around a random pool, of about the size that solved in time lately; null when no pool is wanted. */
    Slice next(RandomGenerator random) {
        return around(random, targetShards, Long.MAX_VALUE, NOTHING);
    }

    /**
     * A slice like {@link #next} grown only from pools and shards out of the other slice's reach, so the two can be
     * searched at the same time; null when nothing is left to grow it from.
     */
    Slice apartFrom(Slice other, RandomGenerator random) {
        Slice slice = around(random, targetShards, Long.MAX_VALUE, Footprint.of(other));
        return slice == null || slice.groups().isEmpty() ? null : slice;
    }

    /**
     * A slice with about {@code variables} count variables (shard groups × their pools), grown from a random pool;
     * the whole plan when it has no more than that.
     */
    Slice big(PlacementSolution solution, RandomGenerator random, long variables) {
        Slice whole = Slice.whole(solution);
        return whole.variables() <= variables ? whole : around(random, Double.MAX_VALUE, variables, NOTHING);
    }

    /** @param apart what the slice must stay out of the reach of ({@link #NOTHING} for no limit) */
    private Slice around(RandomGenerator random, double shards, long variables, Footprint apart) {
        List<PlacementPool> seeds = pools.stream()
                .filter(p -> !acceptingByPool.get(p.getIndex()).isEmpty() && !apart.reaches(p)).toList();
        if (seeds.isEmpty()) {
            return null;
        }
        Set<PlacementPool> chosen = new LinkedHashSet<>();
        Map<String, List<Shard>> free = new LinkedHashMap<>();
        PlacementPool next = seeds.get(random.nextInt(seeds.size()));
        int freeCount = 0;
        while (next != null && freeCount < shards && Slice.of(free, chosen).variables() < variables) {
            chosen.add(next);
            freeCount += free(next, free, random, apart);
            next = related(chosen, free, random, apart);
        }
        return Slice.of(free, chosen);
    }

    /** After a slice's search: grow when every level was proven optimal in time, shrink when not. */
    void solved(boolean everyLevelOptimal) {
        targetShards = Math.clamp(targetShards * (everyLevelOptimal ? 1.25 : 0.7), SMALLEST, LARGEST);
    }

    int targetShards() {
        return (int) targetShards;
    }

    /**
     * Frees the pool's shards, the unplaced shards that may take it, and as many shards placed elsewhere that
     * may take it (at random), so work can also come in.
     *
     * @return shards freed
     */
    private int free(PlacementPool pool, Map<String, List<Shard>> free, RandomGenerator random, Footprint apart) {
        int added = 0;
        List<Shard> elsewhere = new ArrayList<>();
        for (Shard shard : acceptingByPool.get(pool.getIndex())) {
            if (!apart.leaves(shard)) {
                continue;
            }
            if (shard.getPool() == pool || shard.getPool() == null) {
                added += add(shard, free);
            } else {
                elsewhere.add(shard);
            }
        }
        int incoming = Math.min(elsewhere.size(), Math.max(1, added));
        for (int i = 0; i < incoming; i++) {
            added += add(elsewhere.get(random.nextInt(elsewhere.size())), free);
        }
        return added;
    }

    private static int add(Shard shard, Map<String, List<Shard>> free) {
        List<Shard> group = free.computeIfAbsent(shard.getWorkload(), w -> new ArrayList<>());
        if (group.contains(shard)) {
            return 0;
        }
        group.add(shard);
        return 1;
    }

    /** A pool not chosen yet that some freed shard could take (or sits on), or null. */
    private static PlacementPool related(Set<PlacementPool> chosen, Map<String, List<Shard>> free,
            RandomGenerator random, Footprint apart) {
        List<List<Shard>> groups = new ArrayList<>(free.values());
        for (int attempt = 0; attempt < 20 && !groups.isEmpty(); attempt++) {
            List<Shard> group = groups.get(random.nextInt(groups.size()));
            Shard shard = group.get(random.nextInt(group.size()));
            if (shard.getPool() != null && !chosen.contains(shard.getPool()) && random.nextBoolean()) {
                // A freed shard's own pool is out of reach already (Footprint.leaves).
                return shard.getPool();
            }
            List<PlacementPool> range = shard.getPoolRange();
            PlacementPool pool = range.get(random.nextInt(range.size()));
            if (!chosen.contains(pool) && !apart.reaches(pool)) {
                return pool;
            }
        }
        return null;
    }
}
