package com.capacityworkbench.model.plan;

import com.capacityworkbench.model.scenario.Workload;
import java.util.Arrays;
import java.util.List;

/**
 * How a workload's demand is cut into shards in a plan. A splittable workload starts as {@code maxShards}
 * near-equal shards in whole reference accelerators ({@link Workload#shardDemand}); a solve then fits the sizes to
 * the room its pools have (fewer shards when fewer fit), and what fits nowhere is one more unplaced row, the
 * remainder, numbered {@code maxShards}. A plan's own sizes count when they are such a cut of the workload's demand
 * as it is now; otherwise (the demand changed since the plan was made, or the rows are not a cut) the equal cut does.
 * A shard of size 0 has no row: the workload runs in fewer shards.
 */
public final class ShardSplit {

    /** Sizes that add up to the demand within this share of it (the rows round-trip through JSON and Excel). */
    private static final double SUM_TOLERANCE = 1e-9;

    private final double[] sizes;

    private ShardSplit(double[] sizes) {
        this.sizes = sizes;
    }

    /** {@code maxShards} near-equal shards (one for a workload that is not split) and no remainder. */
    public static ShardSplit equal(Workload workload) {
        double[] sizes = new double[rows(workload)];
        for (int i = 0; i < workload.shardCount(); i++) {
            sizes[i] = workload.shardDemand(i);
        }
        return new ShardSplit(sizes);
    }

    /**
     * The cut a plan's rows of one workload make, when they are one: indices from 0 to {@code maxShards} (the
     * remainder, never placed), each at most once, sizes finite and not negative, adding up to the demand.
     *
     * @param rows this workload's rows of the plan, in any order
     */
    public static ShardSplit of(Workload workload, List<Assignment> rows) {
        if (workload.shardCount() == 1 || rows.isEmpty()) {
            return equal(workload);
        }
        double[] sizes = new double[rows(workload)];
        boolean[] seen = new boolean[sizes.length];
        double sum = 0;
        for (Assignment a : rows) {
            int i = a.shard();
            boolean remainder = i == workload.shardCount();
            if (!numbers(workload, i) || seen[i] || !(a.demand() >= 0) || Double.isInfinite(a.demand())
                    || (remainder && a.isPlaced())) {
                return equal(workload);
            }
            seen[i] = true;
            sizes[i] = a.demand();
            sum += a.demand();
        }
        boolean adds = Math.abs(sum - workload.demand()) <= SUM_TOLERANCE * Math.max(1, workload.demand());
        return adds ? new ShardSplit(sizes) : equal(workload);
    }

    /** The row number of a split workload's remainder (what fits nowhere): one past its last shard. */
    public static int remainderIndex(Workload workload) {
        return workload.shardCount();
    }

    /** Whether a plan row of the workload may carry this shard number: one of its shards, or its remainder. */
    public static boolean numbers(Workload workload, int shard) {
        return shard >= 0 && shard < rows(workload);
    }

    /** Shard numbers 0 to {@code count() - 1}; some may have size 0 (no row). */
    public int count() {
        return sizes.length;
    }

    public double size(int shard) {
        return sizes[shard];
    }

    /** A split workload has a row for its remainder; one that is not split has its single shard. */
    private static int rows(Workload workload) {
        return workload.shardCount() == 1 ? 1 : workload.shardCount() + 1;
    }

    @Override
    public String toString() {
        return Arrays.toString(sizes);
    }
}
