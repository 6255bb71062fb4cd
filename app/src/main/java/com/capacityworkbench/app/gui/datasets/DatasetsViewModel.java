package com.capacityworkbench.app.gui.datasets;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.edit.EntityColumn;
import com.capacityworkbench.app.gui.edit.EntityTableViewModel;
import com.capacityworkbench.app.gui.edit.ScenarioChoices;
import com.capacityworkbench.formats.excel.ContractHeaders;
import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.Scenario;
import java.util.List;
import java.util.Set;

/** The Datasets table: data with a home site and residency rules. */
public final class DatasetsViewModel extends EntityTableViewModel<Dataset> {

    private static final ContractHeaders SHEET = ContractHeaders.of("datasets");
    private static final List<EntityColumn> COLUMNS = List.of(
            EntityColumn.of(SHEET, "id", 180),
            EntityColumn.of(SHEET, "sizeTb"),
            EntityColumn.of(SHEET, "homeSite", ScenarioChoices::sites),
            EntityColumn.of(SHEET, "allowedJurisdictions", ScenarioChoices::jurisdictions),
            EntityColumn.of(SHEET, "mayLeaveProvider"));

    public DatasetsViewModel(ScenarioDocument document) {
        super(document, "datasets");
    }

    @Override
    public List<EntityColumn> columns() {
        return COLUMNS;
    }

    @Override
    public String singular() {
        return "dataset";
    }

    @Override
    protected Dataset blank(Scenario scenario, String id) {
        String site = scenario.sites().isEmpty() ? "" : scenario.sites().getFirst().id();
        return new Dataset(id, 100, site, Set.of(), true);
    }
}
