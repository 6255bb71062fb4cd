package com.capacityworkbench.app.gui.variants;

import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.compare.KpiRow;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * KPIs as rows, plans as columns: each variant's value with its difference to the base (in the unit and in %),
 * the best value of each row marked in bold green (lower cost, more honoured, …), as the comparison computed them.
 */
final class KpiTable extends TableView<KpiRow> {

    KpiTable() {
        setId("kpi-table");
        setPlaceholder(new Label("Compare the variants to see their KPIs side by side"));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    void show(Comparison comparison) {
        getColumns().clear();
        getColumns().add(CompareView.column("Group", KpiRow::group, 110));
        getColumns().add(CompareView.column("KPI", KpiRow::kpi, 200));
        getColumns().add(CompareView.column("Unit", KpiRow::unit, 80));
        List<ComparedPlan> columns = comparison.columns();
        for (int i = 0; i < columns.size(); i++) {
            getColumns().add(planColumn(columns.get(i), i));
        }
        getItems().setAll(comparison.kpis());
    }

    private static TableColumn<KpiRow, String> planColumn(ComparedPlan plan, int index) {
        TableColumn<KpiRow, String> column = new TableColumn<>(plan.isBase() ? plan.name() + " (base)" : plan.name());
        column.setId("kpi-column-" + plan.id());
        column.setPrefWidth(185);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text(c.getValue(), index)));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                KpiRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(row == null || index == 0 ? null : new javafx.scene.control.Tooltip(
                        plan.name() + ": " + text + "; " + signed(row.deltaFromBase(index), row.unit()) + " against the base"));
                boolean best = row != null && row.bestColumn() != null && row.bestColumn() == index;
                getStyleClass().removeAll("kpi-best");
                if (best) {
                    getStyleClass().add("kpi-best");
                }
                setStyle(best ? "-fx-font-weight: bold; -fx-text-fill: -color-success-fg;" : "");
            }
        });
        return column;
    }

    static String text(KpiRow row, int index) {
        String value = value(row.values().get(index), row.unit());
        if (index == 0) {
            return value;
        }
        Double pct = row.deltaPctFromBase(index);
        double delta = row.deltaFromBase(index);
        if (Math.abs(delta) < 1e-9) {
            return value + "  (=)";
        }
        // The % says it at a glance; without a base to divide by, the difference itself.
        return value + "  (" + (pct != null ? String.format(Locale.US, "%+.1f %%", pct) : signed(delta, row.unit())) + ")";
    }

    /** The difference to the base in the KPI's unit, sign first: -$843.2M, +12 workloads. */
    static String signed(double delta, String unit) {
        return (delta < 0 ? "-" : "+") + value(Math.abs(delta), unit);
    }

    private static String value(double v, String unit) {
        return switch (unit) {
            case "$" -> Figures.usd(v);
            case "%", "% of cap" -> String.format(Locale.US, "%.1f %%", v);
            case "MW" -> String.format(Locale.US, "%,.1f MW", v);
            default -> String.format(Locale.US, "%,.0f", v);
        };
    }
}
