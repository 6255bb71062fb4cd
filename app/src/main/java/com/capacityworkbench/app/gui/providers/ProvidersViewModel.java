package com.capacityworkbench.app.gui.providers;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.edit.EntityColumn;
import com.capacityworkbench.app.gui.edit.EntityTableViewModel;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.Scenario;
import java.util.List;

/** The Providers table: clouds, neoclouds and self-built, with their egress prices. */
public final class ProvidersViewModel extends EntityTableViewModel<Provider> {

    private static final List<EntityColumn> COLUMNS = List.of(
            EntityColumn.text("id", "Provider", 160),
            EntityColumn.choice("kind", "Kind", ProviderKind.class),
            EntityColumn.decimal("egressSameProviderPerGb", "Egress same provider ($/GB)"),
            EntityColumn.decimal("egressCrossCloudPerGb", "Egress cross-cloud ($/GB)"),
            EntityColumn.decimal("inCloudGbps", "In-cloud link (Gbps)"),
            EntityColumn.optionalText("notes", "Notes", 260));

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
