package com.capacityworkbench.app.gui.providers;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.edit.EntityColumn;
import com.capacityworkbench.app.gui.edit.EntityTableViewModel;
import com.capacityworkbench.formats.excel.ContractHeaders;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.Scenario;
import java.util.List;

/** The Providers table: clouds, neoclouds and self-built, with their egress prices. */
public final class ProvidersViewModel extends EntityTableViewModel<Provider> {

    private static final ContractHeaders SHEET = ContractHeaders.of("providers");
    private static final List<EntityColumn> COLUMNS = List.of(
            EntityColumn.of(SHEET, "id", 160),
            EntityColumn.of(SHEET, "kind", ProviderKind.class),
            EntityColumn.of(SHEET, "egressSameProviderPerGb"),
            EntityColumn.of(SHEET, "egressCrossCloudPerGb"),
            EntityColumn.of(SHEET, "inCloudGbps"),
            EntityColumn.of(SHEET, "notes", 260));

    public ProvidersViewModel(ScenarioDocument document) {
        super(document, "providers");
    }

    @Override
    public List<EntityColumn> columns() {
        return COLUMNS;
    }

    @Override
    public String singular() {
        return "provider";
    }

    @Override
    protected Provider blank(Scenario scenario, String id) {
        return new Provider(id, ProviderKind.CLOUD, 0.02, 0.09, null);
    }
}
