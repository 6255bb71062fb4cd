package com.capacityworkbench.app.gui.purchases;

import com.capacityworkbench.app.gui.document.PurchaseList;
import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.edit.EntityColumn;
import com.capacityworkbench.app.gui.edit.ScenarioChoices;
import com.capacityworkbench.formats.excel.ContractHeaders;
import com.capacityworkbench.model.scenario.FieldDefaults;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import java.util.List;

/** The Offers table: capacity that can be bought in blocks, committed for a term. */
public final class OffersViewModel extends PurchaseTableViewModel<Offer> {

    private static final ContractHeaders SHEET = ContractHeaders.of(PurchaseList.OFFERS.collection());
    private static final List<EntityColumn> COLUMNS = List.of(
            EntityColumn.text(SHEET, "id", 190),
            EntityColumn.reference(SHEET, "provider", ScenarioChoices::providers, false),
            EntityColumn.reference(SHEET, "site", ScenarioChoices::sites, false),
            EntityColumn.reference(SHEET, "accelerator", ScenarioChoices::accelerators, false),
            EntityColumn.integer(SHEET, "blockSize"),
            EntityColumn.integer(SHEET, "minBlocks"),
            EntityColumn.integer(SHEET, "maxBlocks"),
            EntityColumn.period(SHEET, "earliestStart"),
            EntityColumn.integer(SHEET, "leadTimePeriods"),
            EntityColumn.integer(SHEET, "termPeriods"),
            EntityColumn.decimal(SHEET, "pricePerAccelHour"),
            EntityColumn.decimal(SHEET, "upfrontUsd"));

    public OffersViewModel(ScenarioDocument document) {
        super(document, PurchaseList.OFFERS);
    }

    @Override
    public List<EntityColumn> columns() {
        return COLUMNS;
    }

    @Override
    public String singular() {
        return "offer";
    }

    /** Four blocks of 1,024 of the first accelerator type at the first site, from its provider, for four periods. */
    @Override
    protected Offer blank(Scenario scenario, String id) {
        Site site = scenario.sites().isEmpty() ? null : scenario.sites().getFirst();
        String accelerator = scenario.accelerators().isEmpty() ? "" : scenario.accelerators().getFirst().id();
        return new Offer(id, site == null ? "" : site.provider(), site == null ? "" : site.id(), accelerator, 1024,
                FieldDefaults.MIN_BLOCKS, 4, scenario.horizon().first(), FieldDefaults.LEAD_TIME_PERIODS, 4, 2.0,
                FieldDefaults.UPFRONT_USD);
    }
}
