package com.capacityworkbench.app.gui.sites;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.edit.Codecs;
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
            EntityColumn.text(SHEET, "id", 180),
            EntityColumn.reference(SHEET, "provider", ScenarioChoices::providers, false),
            EntityColumn.text(SHEET, "country", 80),
            EntityColumn.reference(SHEET, "jurisdiction", ScenarioChoices::jurisdictions, false),
            EntityColumn.yesNo(SHEET, "sovereign"),
            EntityColumn.optionalDecimal(SHEET, "powerCapMw"),
            new EntityColumn("powerCapByPeriod", SHEET.header("powerCapByPeriod"), Codecs.periodMap(Codecs.DECIMAL::parse), null, true, 200),
            EntityColumn.decimal(SHEET, "pue"),
            EntityColumn.decimal(SHEET, "carbonGPerKwh"),
            EntityColumn.decimal(SHEET, "energyPricePerMwh"),
            EntityColumn.reference(SHEET, "geography", ScenarioChoices::geographies, false),
            EntityColumn.decimal(SHEET, "linkGbps"));

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
