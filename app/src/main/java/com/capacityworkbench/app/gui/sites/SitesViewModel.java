package com.capacityworkbench.app.gui.sites;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.edit.Codecs;
import com.capacityworkbench.app.gui.edit.EntityColumn;
import com.capacityworkbench.app.gui.edit.EntityTableViewModel;
import com.capacityworkbench.app.gui.edit.ScenarioChoices;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import java.util.List;
import java.util.Map;

/** The Sites table: cloud regions and self-built campuses with their power budgets. */
public final class SitesViewModel extends EntityTableViewModel<Site> {

    private static final List<EntityColumn> COLUMNS = List.of(
            EntityColumn.text("id", "Site", 180),
            EntityColumn.reference("provider", "Provider", ScenarioChoices::providers, false),
            EntityColumn.text("country", "Country", 80),
            EntityColumn.reference("jurisdiction", "Jurisdiction", ScenarioChoices::jurisdictions, false),
            EntityColumn.yesNo("sovereign", "Sovereign"),
            EntityColumn.optionalDecimal("powerCapMw", "Power cap (MW)"),
            new EntityColumn("powerCapByPeriod", "Power cap by period", Codecs.periodMap(Codecs.DECIMAL::parse), null, true, 200),
            EntityColumn.decimal("pue", "PUE"),
            EntityColumn.decimal("carbonGPerKwh", "Carbon (g/kWh)"),
            EntityColumn.decimal("energyPricePerMwh", "Energy price ($/MWh)"),
            EntityColumn.reference("geography", "Geography", ScenarioChoices::geographies, false),
            EntityColumn.decimal("linkGbps", "Link (Gbps)"));

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
