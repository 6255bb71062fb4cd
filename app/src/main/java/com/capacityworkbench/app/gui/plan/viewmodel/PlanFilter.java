package com.capacityworkbench.app.gui.plan.viewmodel;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.scenario.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the assignment table is narrowed to: a chart click sets provider, site, pool or period; the
 * search box sets text. Null fields do not filter.
 */
public record PlanFilter(@Nullable String provider, @Nullable String site, @Nullable String pool,
                         @Nullable Period period, String text) {

    public static final PlanFilter NONE = new PlanFilter(null, null, null, null, "");

    public PlanFilter withProvider(@Nullable String value) {
        return new PlanFilter(value, null, null, period, text);
    }

    public PlanFilter withSite(@Nullable String value) {
        return new PlanFilter(null, value, null, period, text);
    }

    public PlanFilter withPool(@Nullable String value) {
        return new PlanFilter(null, null, value, period, text);
    }

    public PlanFilter withPeriod(@Nullable Period value) {
        return new PlanFilter(provider, site, pool, value, text);
    }

    public PlanFilter withText(String value) {
        return new PlanFilter(provider, site, pool, period, value == null ? "" : value);
    }

    public boolean isEmpty() {
        return provider == null && site == null && pool == null && period == null && text.isBlank();
    }

    public boolean test(Assignment a) {
        if (provider != null && !provider.equals(a.provider())) {
            return false;
        }
        if (site != null && !site.equals(a.site())) {
            return false;
        }
        if (pool != null && !pool.equals(a.pool())) {
            return false;
        }
        if (period != null && (period.isBefore(a.from()) || period.isAfter(a.to()))) {
            return false;
        }
        if (!text.isBlank()) {
            String needle = text.trim().toLowerCase(Locale.ROOT);
            return contains(a.workload(), needle) || contains(a.pool(), needle) || contains(a.site(), needle)
                    || contains(a.provider(), needle) || contains(a.status().label(), needle) || contains(a.reason(), needle);
        }
        return true;
    }

    /** The chart selections in words, for the filter bar ("provider azure · 2027-Q2"). */
    public List<String> describe() {
        List<String> parts = new ArrayList<>();
        if (provider != null) {
            parts.add("provider " + provider);
        }
        if (site != null) {
            parts.add("site " + site);
        }
        if (pool != null) {
            parts.add("pool " + pool);
        }
        if (period != null) {
            parts.add("period " + period);
        }
        return parts;
    }

    private static boolean contains(@Nullable String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }
}
