package com.capacityworkbench.app.gui.variants;

import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.app.gui.table.FittedTableView;
import com.capacityworkbench.app.gui.table.FrozenColumns;
import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.compare.KpiRow;
import com.capacityworkbench.model.plan.CommittedSpend;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * KPIs as rows, plans as columns: each variant's value with its difference to the base (in the unit and in %),
 * the best value of each row marked in bold green (lower cost, more honoured, …), a difference within solver noise
 * greyed and marked "noise", and the row's largest spread over seeds in its own column, as the comparison
 * computed them.
 */
final class KpiTable extends FittedTableView<KpiRow> {

    static final String NOISE_MARK = "noise";
    /** The rows beside which a planner must know that committed capacity is paid whether used or not. */
    private static final Map<String, String> COMMITTED_SPEND = Map.of("Total cost", CommittedSpend.TOTAL_COST,
            "Idle committed capacity", CommittedSpend.IDLE);

    /** A plan's column as wide as its name and figures, up to this: with seven variants the first few still show. */
    private static final double WIDEST_COLUMN = 320;

    KpiTable() {
        super(WIDEST_COLUMN);
        setId("kpi-table");
        setPlaceholder(new Label("Compare the variants to see their KPIs side by side"));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // Group and KPI name the row; with many variants the plans' columns scroll under them.
        FrozenColumns.freeze(this, 2);
    }

    void show(Comparison comparison) {
        getColumns().clear();
        getColumns().add(CompareView.column("Group", KpiRow::group, 110));
        getColumns().add(kpiColumn());
        getColumns().add(CompareView.column("Unit", KpiRow::unit, 80));
        getColumns().add(noiseColumn());
        List<ComparedPlan> columns = comparison.columns();
        for (int i = 0; i < columns.size(); i++) {
            getColumns().add(planColumn(columns.get(i), i));
        }
        getItems().setAll(comparison.kpis());
        fitAgain();
    }

    /** Another file was opened: the old comparison's rows and plan columns go. */
    void clear() {
        getItems().clear();
        getColumns().clear();
    }

    /** The KPI's name; total cost and idle committed capacity say how committed spend relates to the total. */
    private static TableColumn<KpiRow, String> kpiColumn() {
        TableColumn<KpiRow, String> column = CompareView.column("KPI", KpiRow::kpi, 200);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String kpi, boolean empty) {
                super.updateItem(kpi, empty);
                setText(empty ? null : kpi);
                String about = empty ? null : COMMITTED_SPEND.get(kpi);
                setTooltip(about == null ? null : new Tooltip(about));
                setGraphic(about == null ? null : new FontIcon(Material2AL.INFO));
                setContentDisplay(ContentDisplay.RIGHT);
            }
        });
        return column;
    }

    /** The row's largest spread over seeds: how much of a difference the solver alone could make. */
    private static TableColumn<KpiRow, String> noiseColumn() {
        TableColumn<KpiRow, String> column = CompareView.column("± Noise", KpiTable::noise, 95);
        column.setId("kpi-noise-column");
        Label header = new Label("± Noise");
        header.setTooltip(new Tooltip("The largest spread of this KPI over the seeds each plan was solved with "
                + "(0 for a plan proven optimal; ≥ or ? where a plan was solved once and not proven). A difference "
                + "no larger than the spread of its two plans is marked \"" + NOISE_MARK + "\": the solver alone "
                + "could have made it."));
        column.setText(null);
        column.setGraphic(header);
        return column;
    }

    private static TableColumn<KpiRow, String> planColumn(ComparedPlan plan, int index) {
        TableColumn<KpiRow, String> column = new TableColumn<>();
        Label header = new Label(plan.isBase() ? plan.name() + " (base)" : plan.name());
        header.setTooltip(new Tooltip(plan.qualitySummary()));
        column.setGraphic(header);
        column.setId("kpi-column-" + plan.id());
        column.setPrefWidth(200);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text(c.getValue(), index)));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                KpiRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(row == null ? null : new Tooltip(tooltip(row, index, plan)));
                boolean best = row != null && row.bestColumn() != null && row.bestColumn() == index;
                boolean noise = row != null && row.withinNoise(index);
                getStyleClass().removeAll("kpi-best", "kpi-noise");
                if (best) {
                    getStyleClass().add("kpi-best");
                }
                if (noise) {
                    getStyleClass().add("kpi-noise");
                }
                setStyle((best ? "-fx-font-weight: bold; -fx-text-fill: -color-success-fg;" : "")
                        + (noise ? "-fx-font-style: italic;" + (best ? "" : " -fx-text-fill: -color-fg-muted;") : ""));
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
        String difference = pct != null ? String.format(Locale.US, "%+.1f %%", pct) : signed(delta, row.unit());
        return value + "  (" + difference + (row.withinNoise(index) ? ", " + NOISE_MARK : "") + ")";
    }

    private static String tooltip(KpiRow row, int index, ComparedPlan plan) {
        String text = plan.name() + ": " + text(row, index);
        if (index > 0) {
            text += "; " + signed(row.deltaFromBase(index), row.unit()) + " against the base";
        }
        Double spread = row.spread(index);
        text += spread == null ? "\nSpread over seeds: unknown (solved once, not proven optimal)"
                : "\nSpread over seeds: " + value(spread, row.unit()) + (spread == 0 && plan.provenOptimal()
                        ? " (proven optimal: no solver noise)" : "");
        if (row.withinNoise(index)) {
            text += "\nWithin solver noise: the difference is no larger than the spread of the base or this plan";
        }
        return text;
    }

    /** The row's largest spread: "± $12.3M", "≥ ± $12.3M" when some plans' are unknown, "?" when none is known. */
    static String noise(KpiRow row) {
        Double spread = row.largestSpread();
        if (spread == null || (spread == 0 && !row.spreadsKnown())) {
            return "?";
        }
        return (row.spreadsKnown() ? "± " : "≥ ± ") + value(spread, row.unit());
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
