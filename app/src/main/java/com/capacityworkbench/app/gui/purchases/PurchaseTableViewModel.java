package com.capacityworkbench.app.gui.purchases;

import com.capacityworkbench.app.gui.document.PurchaseList;
import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.edit.EntityTableViewModel;
import com.capacityworkbench.formats.excel.ContractHeaders;
import com.capacityworkbench.model.scenario.Scenario;
import java.util.List;

/** A table of one of the purchase options' lists: its rows live inside the scenario's purchase options. */
public abstract class PurchaseTableViewModel<T extends Record> extends EntityTableViewModel<T> {

    private final PurchaseList purchases;

    PurchaseTableViewModel(ScenarioDocument document, PurchaseList purchases) {
        super(document, purchases.collection());
        this.purchases = purchases;
    }

    /** The table's title: its sheet's name ("Build-outs"). */
    public String title() {
        return ContractHeaders.of(collection()).sheetName();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<T> list(Scenario scenario) {
        // The super constructor lists the rows before this class's field is set.
        PurchaseList list = purchases != null ? purchases : PurchaseList.of(collection()).orElseThrow();
        return (List<T>) list.rows(scenario);
    }

    @Override
    protected Scenario withList(Scenario scenario, List<T> items) {
        return purchases.with(scenario, items);
    }
}
