package com.capacityworkbench.app.gui.purchases;

import com.capacityworkbench.app.gui.document.PurchaseList;
import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.edit.EntityColumn;
import com.capacityworkbench.app.gui.edit.ScenarioChoices;
import com.capacityworkbench.formats.excel.ContractHeaders;
import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.scenario.BuildOut;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import java.util.List;

/** The Build-outs table: power steps the self-built campuses can add. */
public final class BuildOutsViewModel extends PurchaseTableViewModel<BuildOut> {

    private static final ContractHeaders SHEET = ContractHeaders.of(PurchaseList.BUILD_OUTS.collection());
    private static final List<EntityColumn> COLUMNS = List.of(
            EntityColumn.of(SHEET, "id", 190),
            EntityColumn.of(SHEET, "site", ScenarioChoices::sites),
            EntityColumn.of(SHEET, "megawatts"),
            EntityColumn.of(SHEET, "earliest"),
            EntityColumn.of(SHEET, "capexPerMw"),
            EntityColumn.of(SHEET, "capexPeriods"),
            EntityColumn.of(SHEET, "accelerators", ScenarioChoices::accelerators));

    public BuildOutsViewModel(ScenarioDocument document) {
        super(document, PurchaseList.BUILD_OUTS);
    }

    @Override
    public List<EntityColumn> columns() {
        return COLUMNS;
    }

    @Override
    public String singular() {
        return "build-out";
    }

    /** 100 MW at the first self-built site from the horizon's start, for the first accelerator type. */
    @Override
    protected BuildOut blank(Scenario scenario, String id) {
        ScenarioIndex index = ScenarioIndex.of(scenario);
        String site = scenario.sites().stream()
                .filter(s -> index.findProvider(s.provider()).filter(p -> p.kind() == ProviderKind.SELF_BUILT).isPresent())
                .map(Site::id).findFirst().orElse("");
        List<String> accelerators = scenario.accelerators().isEmpty() ? List.of()
                : List.of(scenario.accelerators().getFirst().id());
        return new BuildOut(id, site, 100, scenario.horizon().first(), 10_000_000, 12, accelerators);
    }
}
