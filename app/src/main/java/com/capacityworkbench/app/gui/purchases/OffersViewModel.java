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
            EntityColumn.of(SHEET, "id", 190),
            EntityColumn.of(SHEET, "provider", ScenarioChoices::providers),
            EntityColumn.of(SHEET, "site", ScenarioChoices::sites),
            EntityColumn.of(SHEET, "accelerator", ScenarioChoices::accelerators),
            EntityColumn.of(SHEET, "blockSize"),
            EntityColumn.of(SHEET, "minBlocks"),
            EntityColumn.of(SHEET, "maxBlocks"),
            EntityColumn.of(SHEET, "earliestStart"),
            EntityColumn.of(SHEET, "leadTimePeriods"),
            EntityColumn.of(SHEET, "termPeriods"),
            EntityColumn.of(SHEET, "pricePerAccelHour"),
            EntityColumn.of(SHEET, "upfrontUsd"));

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
