package com.capacityworkbench.model.portfolio;

import java.util.SplittableRandom;

/**
 * A space-filling sample design: each dimension's range of probabilities is cut into as many equal strata as there
 * are samples and every stratum is hit exactly once, in a random order per dimension. A hundred samples then cover
 * each input's whole distribution, where independent draws leave gaps and clumps.
 */
public final class LatinHypercube {

    private LatinHypercube() {
    }

    /**
     * @return {@code samples} rows of {@code dimensions} probabilities in [0, 1), the same for the same seed
     */
    public static double[][] draw(int samples, int dimensions, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] design = new double[samples][dimensions];
        for (int d = 0; d < dimensions; d++) {
            int[] strata = shuffled(samples, random);
            for (int s = 0; s < samples; s++) {
                design[s][d] = (strata[s] + random.nextDouble()) / samples;
            }
        }
        return design;
    }

    /** 0 … n−1 in a random order (Fisher–Yates). */
    private static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
