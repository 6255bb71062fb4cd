package com.capacityworkbench.solver.move;

import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The shards a local search may move, and for each pool those that may sit on it: fixed for a solve (pins
 * and ranges do not change), so built once per working plan and shared by the change and swap moves (at 20,000 ×
 * 1,000 the lists hold 34 million entries, 125 MB a copy).
 */
final class MovableShards {

    /** By working plan, while it lives (a solution does not reach its entry: the shards do not refer to it). */
    private static final Map<PlacementSolution, MovableShards> BY_SOLUTION =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final Shard[] all;
    private final Shard[][] acceptingByPool;

    private MovableShards(Shard[] all, Shard[][] acceptingByPool) {
        this.all = all;
        this.acceptingByPool = acceptingByPool;
    }

    static MovableShards of(PlacementSolution solution) {
        return BY_SOLUTION.computeIfAbsent(solution, MovableShards::build);
    }

    private static MovableShards build(PlacementSolution solution) {
        List<Shard> movable = new ArrayList<>(solution.getShards().size());
        List<List<Shard>> accepting = new ArrayList<>();
        for (int i = 0; i < solution.getPools().size(); i++) {
            accepting.add(new ArrayList<>());
        }
        for (Shard shard : solution.getShards()) {
            if (shard.isPinned()) {
                continue;
            }
            movable.add(shard);
            for (PlacementPool pool : shard.getPoolRange()) {
                accepting.get(pool.getIndex()).add(shard);
            }
        }
        Shard[][] byPool = new Shard[accepting.size()][];
        for (int i = 0; i < byPool.length; i++) {
            byPool[i] = accepting.get(i).toArray(Shard[]::new);
        }
        return new MovableShards(movable.toArray(Shard[]::new), byPool);
    }

    boolean isEmpty() {
        return all.length == 0;
    }

    Shard any(RandomGenerator random) {
        return all[random.nextInt(all.length)];
    }

    /** A random movable shard whose range holds the pool, or null when none does. */
    @Nullable Shard acceptingAny(PlacementPool pool, RandomGenerator random) {
        Shard[] accepting = acceptingByPool[pool.getIndex()];
        return accepting.length == 0 ? null : accepting[random.nextInt(accepting.length)];
    }
}
