package com.capacityworkbench.app.gui.portfolio;

import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.model.portfolio.SampleResult;
import java.util.function.ToDoubleFunction;

/** The figures a planner reads off a sweep's futures, with their units. */
enum Figure {
    TOTAL_COST("Total cost", "$", SampleResult::totalCostUsd),
    UNPLACED_DEMAND("Unplaced demand", "ref. accelerators × priority", SampleResult::unplacedDemand);

    private final String label;
    private final String unit;
    private final ToDoubleFunction<SampleResult> value;

    Figure(String label, String unit, ToDoubleFunction<SampleResult> value) {
        this.label = label;
        this.unit = unit;
        this.value = value;
    }

    ToDoubleFunction<SampleResult> value() {
        return value;
    }

    String unit() {
        return unit;
    }

    /** "$4.21B" or "24,912". */
    String format(double v) {
        return this == TOTAL_COST ? Figures.usd(v) : Figures.integer(Math.round(v));
    }

    /** "$4.21B" or "24,912 ref. accelerators × priority": a dollar figure carries its unit already. */
    String withUnit(double v) {
        return this == TOTAL_COST ? format(v) : format(v) + " " + unit;
    }

    /** "Total cost ($)". */
    String axisLabel() {
        return label + " (" + unit + ")";
    }

    @Override
    public String toString() {
        return label;
    }
}
