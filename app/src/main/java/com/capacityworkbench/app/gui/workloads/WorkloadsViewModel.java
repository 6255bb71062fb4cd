package com.capacityworkbench.app.gui.workloads;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.edit.EntityColumn;
import com.capacityworkbench.app.gui.edit.EntityTableViewModel;
import com.capacityworkbench.app.gui.edit.ScenarioChoices;
import com.capacityworkbench.formats.excel.ContractHeaders;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.scenario.WorkloadKind;
import java.util.List;
import java.util.Set;

/** The Workloads table: the spreadsheet's Workloads sheet, column for column. */
public final class WorkloadsViewModel extends EntityTableViewModel<Workload> {

    private static final ContractHeaders SHEET = ContractHeaders.of("workloads");
    private static final List<EntityColumn> COLUMNS = List.of(
            EntityColumn.of(SHEET, "id", 170),
            EntityColumn.of(SHEET, "kind", WorkloadKind.class),
            EntityColumn.of(SHEET, "demand"),
            EntityColumn.of(SHEET, "from"),
            EntityColumn.of(SHEET, "to"),
            EntityColumn.of(SHEET, "priority"),
            EntityColumn.of(SHEET, "families", SoftwareFamily.class),
            EntityColumn.of(SHEET, "minMemoryGb"),
            EntityColumn.of(SHEET, "datasets", ScenarioChoices::datasets),
            EntityColumn.of(SHEET, "firstRefusal"),
            EntityColumn.of(SHEET, "splittable"),
            EntityColumn.of(SHEET, "maxShards"),
            EntityColumn.of(SHEET, "latencyTargetMs"),
            EntityColumn.of(SHEET, "userGeography", ScenarioChoices::geographies),
            EntityColumn.of(SHEET, "stagingLeadTimeDays"),
            EntityColumn.of(SHEET, "portingCostUsd"),
            EntityColumn.of(SHEET, "requiresSovereign"),
            EntityColumn.of(SHEET, "excludedPools", ScenarioChoices::pools));

    public WorkloadsViewModel(ScenarioDocument document) {
        super(document, "workloads");
    }

    @Override
    public List<EntityColumn> columns() {
        return COLUMNS;
    }

    @Override
    public String singular() {
        return "workload";
    }

    @Override
    protected Workload blank(Scenario scenario, String id) {
        Period first = scenario.horizon().first();
        return new Workload(id, WorkloadKind.TRAINING, 1000, first, scenario.horizon().last(), 3,
                Set.of(SoftwareFamily.CUDA), 80, List.of(), false, false, 1, null, null, null, null, false);
    }
}
