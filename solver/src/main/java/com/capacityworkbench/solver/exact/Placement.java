package com.capacityworkbench.solver.exact;

/**
 * A program's solution: per group of its slice, how many shards sit on each of the group's pools
 * ({@code byPool[group][pool]}) and how many stay unplaced.
 */
record Placement(int[][] byPool, int[] unplaced) {

    int count(int group, int pool) {
        return byPool[group][pool];
    }

    int unplaced(int group) {
        return unplaced[group];
    }
}
