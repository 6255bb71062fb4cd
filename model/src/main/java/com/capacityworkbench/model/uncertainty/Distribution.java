package com.capacityworkbench.model.uncertainty;

import java.util.List;

/**
 * How an uncertain input may turn out, read through its quantile function: a sample design hands it evenly spread
 * probabilities and gets values that follow the distribution (a Latin hypercube covers the ranges with few samples).
 */
public sealed interface Distribution
        permits UniformDistribution, TriangularDistribution, NormalDistribution, DiscreteDistribution {

    /** The value below which a share {@code probability} of the outcomes lie; {@code probability} in [0, 1). */
    double quantile(double probability);

    /** What is wrong with the parameters, each in a planner's words; empty when they are sound. */
    List<String> problems();

    /** "uniform 0.8 to 1.2", "normal 1.0 ± 0.1 within 0.7 to 1.3", for the sheet and the tornado chart. */
    String describe();
}
