package com.capacityworkbench.formats.excel;

import static java.util.Objects.requireNonNullElse;

import com.capacityworkbench.model.scenario.FieldDefaults;
import com.capacityworkbench.model.scenario.Site;
import org.jspecify.annotations.Nullable;

/** A Sites row → a {@link Site}. */
final class SiteRows {

    private SiteRows() {
    }

    static @Nullable Site read(SheetRow row, RowContext context) {
        String id = row.requiredText("id");
        String provider = context.reference(row, "provider", ContractSheet.PROVIDERS, row.requiredText("provider"));
        String country = row.requiredText("country");
        String jurisdiction = row.requiredText("jurisdiction");
        Boolean sovereign = row.flag("sovereign");
        Double powerCap = row.number("powerCapMw", NumberRule.NON_NEGATIVE);
        var capByPeriod = row.periodValues("powerCapByPeriod", context.periodLength(), NumberRule.NON_NEGATIVE);
        Double pue = row.number("pue", NumberRule.POSITIVE);
        Double carbon = row.number("carbonGPerKwh", NumberRule.NON_NEGATIVE);
        Double energyPrice = row.number("energyPricePerMwh", NumberRule.NON_NEGATIVE);
        String geography = context.geography(row, "geography", row.text("geography"));
        if (row.content(ContractSheet.SITES.column("geography")).isBlank()) {
            // Optional in the design's table, but latency and the map need every site placed.
            row.problem("geography", "Geography is needed: where the site is, e.g. eu-north (the Lists sheet names them all)");
        }
        Double link = row.number("linkGbps", NumberRule.POSITIVE);
        if (row.failed()) {
            return null;
        }
        return new Site(id, provider, country, jurisdiction, requireNonNullElse(sovereign, FieldDefaults.SOVEREIGN),
                powerCap, capByPeriod,
                requireNonNullElse(pue, FieldDefaults.PUE),
                requireNonNullElse(carbon, FieldDefaults.CARBON_G_PER_KWH),
                requireNonNullElse(energyPrice, FieldDefaults.ENERGY_PRICE_PER_MWH),
                geography,
                requireNonNullElse(link, FieldDefaults.LINK_GBPS));
    }
}
