package com.capacityworkbench.app.gui.portfolio;

import com.capacityworkbench.model.portfolio.SampleResult;
import java.util.function.Predicate;

/**
 * Which futures the Portfolio screen lists after a click on a chart or a table: those in a histogram's range, in a
 * tornado bar's lowest or highest fifth, or those where a workload went unplaced.
 *
 * @param description what the futures have in common, for the filter line ("total cost $4.21B – $4.30B")
 */
public record FutureFilter(String description, Predicate<SampleResult> test) {
}
