package com.capacityworkbench.app.gui.plan.chart;

import java.util.function.DoubleFunction;
import javafx.util.StringConverter;

/** A number axis's tick labels in a planner's format ("$1.2B"); the axis only ever formats, never parses. */
public final class TickLabels {

    private TickLabels() {
    }

    public static StringConverter<Number> of(DoubleFunction<String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return format.apply(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException("tick labels are not read back");
            }
        };
    }

    /** Dollars: "$4.21B". */
    public static StringConverter<Number> usd() {
        return of(Figures::usd);
    }
}
