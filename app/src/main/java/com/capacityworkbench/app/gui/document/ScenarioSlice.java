package com.capacityworkbench.app.gui.document;

import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.uncertainty.UncertaintyModel;
import java.util.List;

/** A scenario cut down to one row of one collection, for validating that row quickly. */
final class ScenarioSlice {

    private ScenarioSlice() {
    }

    /**
     * The scenario with {@code collection} holding only its row {@code index} (then at index 0); the
     * workloads and pools are dropped too unless they are the collection, since no other concept refers to them.
     */
    static Scenario ofRow(Scenario scenario, String collection, int index) {
        if (collection.equals("uncertainty")) {
            // An uncertain input may name any pool, workload or dataset: only the other inputs can go.
            return scenario.withUncertainty(new UncertaintyModel(List.of(scenario.uncertainty().inputs().get(index))));
        }
        var purchases = PurchaseList.of(collection);
        if (purchases.isPresent()) {
            // A purchase refers to providers, sites and accelerators, which stay; the workloads and pools can go.
            List<?> rows = purchases.get().rows(scenario);
            return purchases.get().with(scenario, List.of(rows.get(index))).withWorkloads(List.of())
                    .withPools(List.of());
        }
        List<?> rows = (List<?>) RecordEdit.get(scenario, collection);
        Scenario slice = RecordEdit.with(scenario, collection, List.of(rows.get(index)));
        for (String unreferenced : List.of("workloads", "pools")) {
            if (!collection.equals(unreferenced)) {
                slice = RecordEdit.with(slice, unreferenced, List.of());
            }
        }
        return slice;
    }
}
