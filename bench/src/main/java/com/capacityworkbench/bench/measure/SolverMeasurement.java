package com.capacityworkbench.bench.measure;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One Timefold solve of one case and seed, timed from the request (problem building included).
 *
 * @param firstFeasibleSeconds when the first plan with no hard violation that places work arrived (the
 *                             empty starting plan does not count); null if none did
 * @param bestAt               best score at each checkpoint (seconds → score), "" when no plan had arrived
 * @param movesPerSecond       Timefold's move evaluations ÷ solving time, at the end of the solve
 * @param peakHeapBytes        most heap in use (garbage included), sampled every 50 ms during the solve
 * @param peakLiveHeapBytes    most heap left by the last collection of each pool (the old generation counts
 *                             only after a full collection, so without one this understates the live set)
 * @param maxHeapBytes         the JVM's heap limit (-Xmx)
 * @param costs                the final plan's total cost and purchases; null in results from before they were kept
 */
public record SolverMeasurement(String caseId, long seed, int shards, @Nullable Double firstFeasibleSeconds,
                                Map<Integer, String> bestAt, String finalScore, long movesPerSecond,
                                long peakHeapBytes, long peakLiveHeapBytes, long maxHeapBytes, List<TimedScore> timeline,
                                @Nullable PlanCosts costs) {

    public SolverMeasurement {
        bestAt = Map.copyOf(bestAt);
        timeline = List.copyOf(timeline);
    }
}
