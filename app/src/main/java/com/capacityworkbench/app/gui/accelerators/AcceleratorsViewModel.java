package com.capacityworkbench.app.gui.accelerators;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.edit.EntityColumn;
import com.capacityworkbench.app.gui.edit.EntityTableViewModel;
import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import java.util.List;

/** The Accelerators table: types with memory, power and throughput factors against H100. */
public final class AcceleratorsViewModel extends EntityTableViewModel<AcceleratorType> {

    private static final List<EntityColumn> COLUMNS = List.of(
            EntityColumn.text("id", "Accelerator", 140),
            EntityColumn.text("vendor", "Vendor", 100),
            EntityColumn.choice("family", "Family", SoftwareFamily.class),
            EntityColumn.decimal("memoryGb", "Memory (GB)"),
            EntityColumn.decimal("tdpW", "TDP (W)"),
            EntityColumn.decimal("trainingFactor", "Training factor"),
            EntityColumn.decimal("inferenceFactor", "Inference factor"),
            EntityColumn.decimal("servingLatencyMs", "Serving latency (ms)"));

    public AcceleratorsViewModel(ScenarioDocument document) {
        super(document, "accelerators");
    }

    @Override
    public List<EntityColumn> columns() {
        return COLUMNS;
    }

    @Override
    public String singular() {
        return "accelerator";
    }

    @Override
    protected AcceleratorType blank(Scenario scenario, String id) {
        return new AcceleratorType(id, "NVIDIA", SoftwareFamily.CUDA, 80, 700, 1, 1, 20);
    }
}
