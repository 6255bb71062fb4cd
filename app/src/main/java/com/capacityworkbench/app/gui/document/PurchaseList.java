package com.capacityworkbench.app.gui.document;

import com.capacityworkbench.model.scenario.PurchaseOptions;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.validation.Figure;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The purchase options' three lists as the tables see them: each under the path its rows' problems have
 * ({@code purchaseOptions.offers[2].blockSize}), read from and written into the scenario's purchase options.
 */
public enum PurchaseList {
    OFFERS(Figure.OFFERS, PurchaseOptions::offers, (o, rows) -> o.withOffers(cast(rows))),
    BUILD_OUTS(Figure.BUILD_OUTS, PurchaseOptions::buildOuts, (o, rows) -> o.withBuildOuts(cast(rows))),
    SPEND_TERMS(Figure.SPEND_TERMS, PurchaseOptions::spendTerms, (o, rows) -> o.withSpendTerms(cast(rows)));

    private final String collection;
    private final Function<PurchaseOptions, List<?>> rows;
    private final BiFunction<PurchaseOptions, List<?>, PurchaseOptions> withRows;

    PurchaseList(String collection, Function<PurchaseOptions, List<?>> rows,
            BiFunction<PurchaseOptions, List<?>, PurchaseOptions> withRows) {
        this.collection = collection;
        this.rows = rows;
        this.withRows = withRows;
    }

    /** The list's path in the scenario, as problems name it: "purchaseOptions.offers". */
    public String collection() {
        return collection;
    }

    public List<?> rows(Scenario scenario) {
        return rows.apply(scenario.purchaseOptions());
    }

    public Scenario with(Scenario scenario, List<?> newRows) {
        return scenario.withPurchaseOptions(withRows.apply(scenario.purchaseOptions(), newRows));
    }

    public static Optional<PurchaseList> of(String collection) {
        for (PurchaseList list : values()) {
            if (list.collection.equals(collection)) {
                return Optional.of(list);
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<?> rows) {
        return (List<T>) rows;
    }
}
