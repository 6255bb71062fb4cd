package com.capacityworkbench.solver.domain;

import com.capacityworkbench.solver.rules.ScoreUnits;

/**
 * What a pool bought from an offer costs, in the score's whole dollars: whole blocks, each paid for the whole term
 * whether used or not, plus the upfront payment once anything is bought. The shards on the pool pay its committed
 * price for the hours they use ({@link PoolOption#computeUsd}); the score adds what they leave unused, so a search
 * that moves one shard sees the price of its hours, and the plan pays the blocks.
 *
 * @param blockUsd  one block for the whole term: block size × price per accelerator-hour × the term's hours
 * @param termSlots periods a purchase covers from the first it is used in
 */
public record OfferTerms(String offer, int blockSize, int minBlocks, int maxBlocks, long blockUsd, long upfrontUsd,
        int termSlots) {

    /** Blocks that hold this many accelerators at the busiest period: none for none, else at least the minimum. */
    public long blocksFor(long peakAccelerators) {
        if (peakAccelerators <= 0) {
            return 0;
        }
        return Math.max(minBlocks, Math.ceilDiv(peakAccelerators, (long) blockSize));
    }

    /** What buying for this peak commits to: the blocks for the whole term and the upfront payment. */
    public long committedUsd(long peakAccelerators) {
        long blocks = blocksFor(peakAccelerators);
        return blocks == 0 ? 0 : ScoreUnits.add(ScoreUnits.times(blocks, blockUsd), upfrontUsd);
    }
}
