package com.capacityworkbench.model.scenario;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A place with one jurisdiction and one power budget: a cloud region or a self-built campus.
 *
 * @param powerCapMw        facility power cap in MW for every period; null means no cap is modelled
 * @param powerCapByPeriod  per-period caps that override {@code powerCapMw} (build-out, grid limits)
 * @param energyPricePerMwh paid only at self-built sites (clouds fold energy into their price)
 * @param geography         a {@link Geography} id: where the site is, for latency and the map
 * @param linkGbps          the site's bandwidth to other providers, for data staging
 */
public record Site(
        String id,
        String provider,
        String country,
        String jurisdiction,
        boolean sovereign,
        @Nullable Double powerCapMw,
        Map<Period, Double> powerCapByPeriod,
        double pue,
        double carbonGPerKwh,
        double energyPricePerMwh,
        String geography,
        double linkGbps) {

    public Site {
        powerCapByPeriod = powerCapByPeriod == null ? Map.of() : Map.copyOf(powerCapByPeriod);
    }

    /** The power cap in force in a period, or null when the site has none. */
    public @Nullable Double powerCapIn(Period period) {
        Double specific = powerCapByPeriod.get(period);
        return specific != null ? specific : powerCapMw;
    }

    public Site withPowerCapByPeriod(Map<Period, Double> caps) {
        return new Site(id, provider, country, jurisdiction, sovereign, powerCapMw, caps, pue, carbonGPerKwh,
                energyPricePerMwh, geography, linkGbps);
    }
}
