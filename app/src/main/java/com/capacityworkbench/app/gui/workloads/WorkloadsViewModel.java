package com.capacityworkbench.app.gui.workloads;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.edit.Codecs;
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
            EntityColumn.text(SHEET, "id", 170),
            EntityColumn.choice(SHEET, "kind", WorkloadKind.class),
            EntityColumn.decimal(SHEET, "demand"),
            EntityColumn.period(SHEET, "from"),
            EntityColumn.period(SHEET, "to"),
            EntityColumn.integer(SHEET, "priority"),
            EntityColumn.choiceSet(SHEET, "families", SoftwareFamily.class),
            EntityColumn.decimal(SHEET, "minMemoryGb"),
            EntityColumn.references(SHEET, "datasets", Codecs.ID_LIST, ScenarioChoices::datasets),
            EntityColumn.yesNo(SHEET, "firstRefusal"),
            EntityColumn.yesNo(SHEET, "splittable"),
            EntityColumn.integer(SHEET, "maxShards"),
            EntityColumn.optionalDecimal(SHEET, "latencyTargetMs"),
            EntityColumn.reference(SHEET, "userGeography", ScenarioChoices::geographies, true),
            EntityColumn.optionalDecimal(SHEET, "stagingLeadTimeDays"),
            EntityColumn.optionalDecimal(SHEET, "portingCostUsd"),
            EntityColumn.yesNo(SHEET, "requiresSovereign"),
            EntityColumn.references(SHEET, "excludedPools", Codecs.ID_LIST, ScenarioChoices::pools));

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
