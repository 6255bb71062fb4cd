package com.capacityworkbench.solver.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    /**
     * Numbers a solution's shards in this order, so comparing them is comparing two integers. Every
     * ruin-and-recreate move sorts all the shards again: with the tightness and the id it took a third of the
     * local search's time on the 500x30x12 (docs/benchmarks.md, runs AF).
     */
    public static void rank(List<Shard> shards) {
        List<Shard> ordered = new ArrayList<>(shards);
        ordered.sort(ORDER);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setDifficultyRank(i + 1);
        }
    }

    @Override
    public int compare(Shard a, Shard b) {
        int byRank = Integer.compare(a.getDifficultyRank(), b.getDifficultyRank());
        // Shards not ranked (0: made one by one, as tests do) fall back to the order the ranks stand for.
        return byRank != 0 || a.getDifficultyRank() != 0 ? byRank : ORDER.compare(a, b);
    }
}
