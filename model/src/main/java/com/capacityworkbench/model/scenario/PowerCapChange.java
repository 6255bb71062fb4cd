package com.capacityworkbench.model.scenario;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Changes a site's power cap in a range of periods (the whole horizon when open): set it to a number of
 * MW, or scale it. Scaling an uncapped period leaves it uncapped.
 */
public record PowerCapChange(String site, CountMode mode, double value, @Nullable Period from, @Nullable Period to)
        implements Change {

    @Override
    public ChangeOutcome applyTo(Scenario scenario) {
        return ById.replace(scenario.sites(), Site::id, site, s -> change(s, scenario))
                .map(sites -> ChangeOutcome.applied(scenario.withSites(sites)))
                .orElseGet(() -> ChangeOutcome.stale(scenario, "site \"" + site + "\" no longer exists"));
    }

    private Site change(Site s, Scenario scenario) {
        Map<Period, Double> caps = new HashMap<>(s.powerCapByPeriod());
        for (Period period : scenario.horizon().periods()) {
            if ((from != null && period.isBefore(from)) || (to != null && period.isAfter(to))) {
                continue;
            }
            Double current = s.powerCapIn(period);
            if (mode == CountMode.SET) {
                caps.put(period, Math.max(0, value));
            } else if (current != null) {
                caps.put(period, Math.max(0, mode.apply(current, value)));
            }
        }
        return s.withPowerCapByPeriod(caps);
    }

    @Override
    public String describe() {
        String amount = mode == CountMode.SET ? "set to " + ChangeText.number(value) + " MW" : mode.describe(value)
                + (mode == CountMode.DELTA ? " MW" : "");
        return "Power cap at " + site + " " + amount + " " + ChangeText.range(from, to);
    }
}
