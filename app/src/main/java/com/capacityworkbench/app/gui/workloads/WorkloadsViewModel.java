package com.capacityworkbench.app.gui.workloads;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.edit.Codecs;
import com.capacityworkbench.app.gui.edit.EntityColumn;
import com.capacityworkbench.app.gui.edit.EntityTableViewModel;
import com.capacityworkbench.app.gui.edit.ScenarioChoices;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.scenario.WorkloadKind;
import java.util.List;
import java.util.Set;

/** The Workloads table: the spreadsheet's Workloads sheet, column for column. */
public final class WorkloadsViewModel extends EntityTableViewModel<Workload> {

    private static final List<EntityColumn> COLUMNS = List.of(
            EntityColumn.text("id", "Workload", 170),
            EntityColumn.choice("kind", "Kind", WorkloadKind.class),
            EntityColumn.decimal("demand", "Demand (ref accel)"),
            EntityColumn.period("from", "From"),
            EntityColumn.period("to", "To"),
            EntityColumn.integer("priority", "Priority"),
            EntityColumn.choiceSet("families", "Families", SoftwareFamily.class),
            EntityColumn.decimal("minMemoryGb", "Min memory (GB)"),
            EntityColumn.references("datasets", "Datasets", Codecs.ID_LIST, ScenarioChoices::datasets),
            EntityColumn.yesNo("firstRefusal", "First refusal"),
            EntityColumn.yesNo("splittable", "Splittable"),
            EntityColumn.integer("maxShards", "Max shards"),
            EntityColumn.optionalDecimal("latencyTargetMs", "Latency target (ms)"),
            EntityColumn.reference("userGeography", "User geography", ScenarioChoices::geographies, true),
            EntityColumn.optionalDecimal("stagingLeadTimeDays", "Staging lead time (days)"),
            EntityColumn.optionalDecimal("portingCostUsd", "Porting cost ($)"),
            EntityColumn.yesNo("requiresSovereign", "Requires sovereign"));

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
