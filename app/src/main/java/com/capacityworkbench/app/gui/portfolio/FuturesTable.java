package com.capacityworkbench.app.gui.portfolio;

import com.capacityworkbench.app.gui.table.ReadOnlyColumns;
import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.model.uncertainty.Bounds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** One row per finished future: the inputs' drawn values and what the plan did there. */
final class FuturesTable extends TableView<SampleResult> {

    private List<String> inputs = List.of();

    FuturesTable(ObservableList<SampleResult> futures) {
        super(futures);
        setId("portfolio-futures");
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new javafx.scene.control.Label("No futures yet: run a sweep."));
        showInputs(List.of());
    }

    /** The columns for these inputs (rebuilt only when they change, so sorting survives new futures). */
    void showInputs(List<String> names) {
        if (names.equals(inputs) && !getColumns().isEmpty()) {
            return;
        }
        inputs = List.copyOf(names);
        List<TableColumn<SampleResult, ?>> columns = new ArrayList<>();
        columns.add(ReadOnlyColumns.number("Future", 70, s -> s.index() + 1.0, v -> Figures.integer(v.longValue())));
        for (String input : inputs) {
            columns.add(ReadOnlyColumns.number(input, Math.max(90, input.length() * 8.5 + 28), s -> s.values().getOrDefault(input, Double.NaN),
                    Bounds::text));
        }
        columns.add(ReadOnlyColumns.number("Total cost ($)", 110, SampleResult::totalCostUsd, Figures::usd));
        columns.add(ReadOnlyColumns.number("Unplaced demand", 120, SampleResult::unplacedDemand, v -> Figures.integer(Math.round(v))));
        columns.add(ReadOnlyColumns.number("Workloads moved", 120, s -> (double) s.movedWorkloads().size(),
                v -> Figures.integer(v.longValue())));
        columns.add(ReadOnlyColumns.text("Workloads unplaced", 240, s -> String.join(", ", s.unplacedWorkloads())));
        columns.add(ReadOnlyColumns.number("Solve (s)", 80, SampleResult::solveSeconds,
                v -> String.format(Locale.ROOT, "%.1f", v)));
        getColumns().setAll(columns);
    }
}
