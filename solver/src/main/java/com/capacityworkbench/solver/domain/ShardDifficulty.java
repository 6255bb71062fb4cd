package com.capacityworkbench.solver.domain;

import java.util.Comparator;

/**
 * Which shards are hardest to place, ascending: construction places the hardest first. Bigger
 * demand × priority is harder; fewer candidate pools is harder; the id keeps the order stable.
 */
public final class ShardDifficulty implements Comparator<Shard> {

    private static final Comparator<Shard> ORDER = Comparator.comparingLong(Shard::getUnplacedWeight)
            .thenComparing(Comparator.comparingInt((Shard s) -> s.getPoolRange().size()).reversed())
            .thenComparing(Shard::getId);

    @Override
    public int compare(Shard a, Shard b) {
        return ORDER.compare(a, b);
    }
}
