package com.capacityworkbench.model.plan;

import com.capacityworkbench.model.scenario.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What purchases commit per period, by provider (build-out steps under {@link #BUILD_OUTS}): an offer's commitment
 * spread evenly over the periods of its term inside the horizon, a step's capex over the periods from its first one.
 * The purchase timeline of the Purchases screen and of the exported workbook.
 *
 * @param periods    the horizon's periods, in order
 * @param byProvider per provider (by name), the dollars committed in each of {@code periods}
 */
public record CommitmentTimeline(List<Period> periods, Map<String, List<Double>> byProvider) {

    /** The timeline's name for what build-out steps commit (their capex). */
    public static final String BUILD_OUTS = "build-outs";

    /** Nothing bought: no periods, no provider. */
    public static final CommitmentTimeline EMPTY = new CommitmentTimeline(List.of(), Map.of());

    public CommitmentTimeline {
        periods = List.copyOf(periods);
        Map<String, List<Double>> copy = new LinkedHashMap<>();
        byProvider.forEach((provider, usd) -> copy.put(provider, List.copyOf(usd)));
        byProvider = Collections.unmodifiableMap(copy);
    }

    public static CommitmentTimeline of(Purchases purchases, List<Period> periods) {
        Map<String, double[]> byProvider = new TreeMap<>();
        for (OfferTaken o : purchases.offers()) {
            spread(byProvider.computeIfAbsent(o.provider(), p -> new double[periods.size()]), periods, o.from(), o.to(),
                    o.committedUsd());
        }
        for (BuildOutTaken b : purchases.buildOuts()) {
            spread(byProvider.computeIfAbsent(BUILD_OUTS, p -> new double[periods.size()]), periods, b.from(),
                    periods.isEmpty() ? b.from() : periods.getLast(), b.capexUsd());
        }
        Map<String, List<Double>> lists = new LinkedHashMap<>();
        byProvider.forEach((provider, usd) -> {
            List<Double> values = new ArrayList<>(usd.length);
            for (double v : usd) {
                values.add(v);
            }
            lists.put(provider, values);
        });
        return new CommitmentTimeline(periods, lists);
    }

    public boolean isEmpty() {
        return byProvider.isEmpty() || periods.isEmpty();
    }

    private static void spread(double[] usd, List<Period> periods, Period from, Period to, double total) {
        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            if (!p.isBefore(from) && !p.isAfter(to)) {
                in.add(i);
            }
        }
        in.forEach(i -> usd[i] += total / in.size());
    }
}
