package com.capacityworkbench.model.scenario;

import java.util.Map;
import java.util.TreeMap;

/**
 * An inventory line: {@code count} accelerators of one type at one site, available from {@code from}
 * to {@code to} (both included).
 *
 * @param countByPeriod build-out ramp: from each listed period on, the count becomes that value
 *                      (until the next listed period); before the first listed period {@code count} applies
 */
public record Pool(
        String id,
        String site,
        String accelerator,
        int count,
        Period from,
        Period to,
        PricingKind pricing,
        double pricePerAccelHour,
        Map<Period, Integer> countByPeriod) {

    public Pool {
        countByPeriod = countByPeriod == null ? Map.of() : Map.copyOf(countByPeriod);
    }

    /** Accelerators available in a period: 0 outside the pool's window, else the ramp value in force. */
    public int countIn(Period period) {
        if (period.length() != from.length() || period.isBefore(from) || period.isAfter(to)) {
            return 0;
        }
        Map.Entry<Period, Integer> step = new TreeMap<>(countByPeriod).floorEntry(period);
        return step != null ? step.getValue() : count;
    }

    public boolean isAvailableIn(Period period) {
        return countIn(period) > 0;
    }

    public Pool withPrice(double newPrice) {
        return new Pool(id, site, accelerator, count, from, to, pricing, newPrice, countByPeriod);
    }

    public Pool withCounts(int newCount, Map<Period, Integer> newCountByPeriod) {
        return new Pool(id, site, accelerator, newCount, from, to, pricing, pricePerAccelHour, newCountByPeriod);
    }

    /** The same pool arriving {@code periods} later (earlier when negative), ramp included. */
    public Pool shiftedBy(int periods) {
        Map<Period, Integer> shifted = new TreeMap<>();
        countByPeriod.forEach((p, c) -> shifted.put(p.plus(periods), c));
        return new Pool(id, site, accelerator, count, from.plus(periods), to.plus(periods), pricing, pricePerAccelHour,
                shifted);
    }
}
