package com.capacityworkbench.app.gui.pools;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.edit.EntityColumn;
import com.capacityworkbench.app.gui.edit.EntityTableViewModel;
import com.capacityworkbench.app.gui.edit.ScenarioChoices;
import com.capacityworkbench.formats.excel.ContractHeaders;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.Scenario;
import java.util.List;
import java.util.Map;

/** The Pools table: inventory lines of accelerators at sites. */
public final class PoolsViewModel extends EntityTableViewModel<Pool> {

    private static final ContractHeaders SHEET = ContractHeaders.of("pools");
    private static final List<EntityColumn> COLUMNS = List.of(
            EntityColumn.of(SHEET, "id", 190),
            EntityColumn.of(SHEET, "site", ScenarioChoices::sites),
            EntityColumn.of(SHEET, "accelerator", ScenarioChoices::accelerators),
            EntityColumn.of(SHEET, "count"),
            EntityColumn.of(SHEET, "from"),
            EntityColumn.of(SHEET, "to"),
            EntityColumn.of(SHEET, "pricing", PricingKind.class),
            EntityColumn.of(SHEET, "pricePerAccelHour"),
            EntityColumn.of(SHEET, "countByPeriod", 220));

    public PoolsViewModel(ScenarioDocument document) {
        super(document, "pools");
    }

    @Override
    public List<EntityColumn> columns() {
        return COLUMNS;
    }

    @Override
    public String singular() {
        return "pool";
    }

    @Override
    protected Pool blank(Scenario scenario, String id) {
        String site = scenario.sites().isEmpty() ? "" : scenario.sites().getFirst().id();
        String accelerator = scenario.accelerators().isEmpty() ? "" : scenario.accelerators().getFirst().id();
        return new Pool(id, site, accelerator, 1024, scenario.horizon().first(), scenario.horizon().last(),
                PricingKind.ON_DEMAND, 2.5, Map.of());
    }
}
