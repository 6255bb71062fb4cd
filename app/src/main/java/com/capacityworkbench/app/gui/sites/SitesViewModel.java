package com.capacityworkbench.app.gui.sites;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.edit.EntityColumn;
import com.capacityworkbench.app.gui.edit.EntityTableViewModel;
import com.capacityworkbench.app.gui.edit.ScenarioChoices;
import com.capacityworkbench.formats.excel.ContractHeaders;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import java.util.List;
import java.util.Map;

/** The Sites table: cloud regions and self-built campuses with their power budgets. */
public final class SitesViewModel extends EntityTableViewModel<Site> {

    private static final ContractHeaders SHEET = ContractHeaders.of("sites");
    private static final List<EntityColumn> COLUMNS = List.of(
            EntityColumn.of(SHEET, "id", 180),
            EntityColumn.of(SHEET, "provider", ScenarioChoices::providers),
            EntityColumn.of(SHEET, "country", 80),
            EntityColumn.of(SHEET, "jurisdiction", ScenarioChoices::jurisdictions),
            EntityColumn.of(SHEET, "sovereign"),
            EntityColumn.of(SHEET, "powerCapMw"),
            EntityColumn.of(SHEET, "powerCapByPeriod", 200),
            EntityColumn.of(SHEET, "pue"),
            EntityColumn.of(SHEET, "carbonGPerKwh"),
            EntityColumn.of(SHEET, "energyPricePerMwh"),
            EntityColumn.of(SHEET, "geography", ScenarioChoices::geographies),
            EntityColumn.of(SHEET, "linkGbps"));

    public SitesViewModel(ScenarioDocument document) {
        super(document, "sites");
    }

    @Override
    public List<EntityColumn> columns() {
        return COLUMNS;
    }

    @Override
    public String singular() {
        return "site";
    }

    @Override
    protected Site blank(Scenario scenario, String id) {
        String provider = scenario.providers().isEmpty() ? "" : scenario.providers().getFirst().id();
        return new Site(id, provider, "US", "US", false, null, Map.of(), 1.2, 350, 0, "us-east", 400);
    }
}
