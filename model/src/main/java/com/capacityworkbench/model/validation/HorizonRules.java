package com.capacityworkbench.model.validation;

import com.capacityworkbench.model.scenario.Horizon;
import org.jspecify.annotations.Nullable;

/** The planning time axis: both ends present, one period length, first not after last, at most twenty years. */
final class HorizonRules {

    private HorizonRules() {
    }

    /** Reports what is wrong with the horizon and returns it only when other rules can rely on it. */
    static @Nullable Horizon check(@Nullable Horizon horizon, Problems problems) {
        if (horizon == null || horizon.first() == null || horizon.last() == null) {
            return null;
        }
        if (horizon.first().length() != horizon.last().length()) {
            problems.add("horizon.last", horizon.last() + " is " + Problems.article(horizon.last().length())
                    + ", but horizon.first " + horizon.first() + " is " + Problems.article(horizon.first().length()));
            return null;
        }
        if (horizon.last().isBefore(horizon.first())) {
            problems.add("horizon.last", horizon.last() + " is before horizon.first " + horizon.first());
            return null;
        }
        int most = Figure.MAX_HORIZON_YEARS * horizon.length().periodsPerYear();
        if (horizon.size() > most) {
            problems.add("horizon.last", "the horizon " + Problems.range(horizon.first(), horizon.last()) + " has "
                    + horizon.size() + " " + horizon.length().label() + "s; at most " + most + " ("
                    + Figure.MAX_HORIZON_YEARS + " years) can be planned");
        }
        return horizon;
    }
}
