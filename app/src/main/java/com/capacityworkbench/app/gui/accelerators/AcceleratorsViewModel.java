package com.capacityworkbench.app.gui.accelerators;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.edit.EntityColumn;
import com.capacityworkbench.app.gui.edit.EntityTableViewModel;
import com.capacityworkbench.formats.excel.ContractHeaders;
import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import java.util.List;

/** The Accelerators table: types with memory, power and throughput factors against H100. */
public final class AcceleratorsViewModel extends EntityTableViewModel<AcceleratorType> {

    private static final ContractHeaders SHEET = ContractHeaders.of("accelerators");
    private static final List<EntityColumn> COLUMNS = List.of(
            EntityColumn.of(SHEET, "id", 140),
            EntityColumn.of(SHEET, "vendor", 100),
            EntityColumn.of(SHEET, "family", SoftwareFamily.class),
            EntityColumn.of(SHEET, "memoryGb"),
            EntityColumn.of(SHEET, "tdpW"),
            EntityColumn.of(SHEET, "trainingFactor"),
            EntityColumn.of(SHEET, "inferenceFactor"),
            EntityColumn.of(SHEET, "servingLatencyMs"));

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
