package com.capacityworkbench.app.gui.uncertainty;

import com.capacityworkbench.model.uncertainty.DistributionCells;
import com.capacityworkbench.model.uncertainty.UncertainInput;
import com.capacityworkbench.model.uncertainty.UncertainKind;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One uncertain input as a row of the Uncertainty table: the Uncertainty sheet's columns, its distribution spread
 * over plain cells, so that rows copied from the sheet paste into the table and back with every column.
 */
public record UncertaintyRow(String name, String kind, String target, String id, String distribution,
        @Nullable Double min, @Nullable Double mostLikely, @Nullable Double max, @Nullable Double mean,
        @Nullable Double sd, @Nullable String outcomes, @Nullable String driver, Set<String> widenTo) {

    public UncertaintyRow {
        widenTo = widenTo == null ? Set.of() : Set.copyOf(widenTo);
    }

    static UncertaintyRow of(UncertainInput input) {
        DistributionCells cells = DistributionCells.of(input.distribution());
        return new UncertaintyRow(input.name(), input.kind().label(), input.target(), input.id(), cells.shape(),
                cells.min(), cells.mostLikely(), cells.max(), cells.mean(), cells.sd(),
                cells.outcomes().isEmpty() ? null : cells.outcomes(), input.driver(), input.widenTo());
    }

    DistributionCells cells() {
        return new DistributionCells(distribution, min, mostLikely, max, mean, sd, outcomes);
    }

    /**
     * The input the row describes; a changed shape keeps the range (see {@link DistributionCells#completed}).
     * Throws IllegalArgumentException with a planner's message when a cell cannot make one.
     */
    UncertainInput input() {
        return new UncertainInput(name, UncertainKind.parse(kind), target.trim().toLowerCase(Locale.ROOT), id,
                cells().completed().distribution(), driver, widenTo);
    }
}
