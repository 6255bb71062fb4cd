package com.capacityworkbench.solver.domain;

import com.capacityworkbench.model.scenario.Period;

/** A period with its position on the solver's time axis, so per-period arrays can be indexed. */
public record PeriodSlot(int index, Period period) {

    @Override
    public String toString() {
        return period.toString();
    }
}
