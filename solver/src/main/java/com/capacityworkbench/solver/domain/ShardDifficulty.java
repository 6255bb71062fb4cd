package com.capacityworkbench.solver.domain;

import java.util.Comparator;

/**
 * Which shards are hardest to place, ascending: construction places the hardest first. Hardness is
 * how few copies of the shard its candidate pools could hold together ({@link Shard#getTightness()}):
 * an EU-only fine-tune that fills its one pool goes before a pre-train that could go to three, and a
 * 30,000-GPU gang job before a small service, whatever their priorities (placing the big ones first
 * leaves room for everyone more often); the id keeps the order stable.
 */
public final class ShardDifficulty implements Comparator<Shard> {

    private static final Comparator<Shard> ORDER = Comparator.comparingDouble(Shard::getTightness)
            .thenComparing(Shard::getId);

    @Override
    public int compare(Shard a, Shard b) {
        return ORDER.compare(a, b);
    }
}
