package com.capacityworkbench.solver.domain;

import java.util.Comparator;

/**
 * Which shards are hardest to place, ascending: the greedy construction places the hardest first. Fewer
 * candidate pools is harder (an EU-only fine-tune with one pool goes before a pre-train that could go
 * to three); then bigger demand × priority; the id keeps the order stable.
 */
public final class ShardDifficulty implements Comparator<Shard> {

    private static final Comparator<Shard> ORDER = Comparator.comparingInt((Shard s) -> s.getPoolRange().size())
            .reversed()
            .thenComparingLong(Shard::getUnplacedWeight)
            .thenComparing(Shard::getId);

    @Override
    public int compare(Shard a, Shard b) {
        return ORDER.compare(a, b);
    }
}
