package com.capacityworkbench.model.scenario;

import java.util.ArrayList;
import java.util.List;

/** The planning time axis: every period from {@code first} to {@code last}, both included. */
public record Horizon(Period first, Period last) {

    public PeriodLength length() {
        return first.length();
    }

    public List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        if (first.length() != last.length()) {
            return periods;
        }
        for (Period p = first; !p.isAfter(last); p = p.plus(1)) {
            periods.add(p);
        }
        return periods;
    }

    public int size() {
        return first.length() == last.length() ? Math.max(0, first.until(last) + 1) : 0;
    }

    /** Position of the period on this horizon (0 for the first), or -1 when outside. */
    public int indexOf(Period period) {
        if (period.length() != first.length() || period.isBefore(first) || period.isAfter(last)) {
            return -1;
        }
        return first.until(period);
    }

    public boolean contains(Period period) {
        return indexOf(period) >= 0;
    }
}
