package com.capacityworkbench.app.gui.portfolio;

import com.capacityworkbench.app.gui.table.ReadOnlyColumns;
import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.model.portfolio.PoolSpread;
import com.capacityworkbench.app.gui.portfolio.SweepReadout.WorkloadRisk;
import com.capacityworkbench.model.portfolio.KpiSpread;
import com.capacityworkbench.model.portfolio.SweepResult;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.jspecify.annotations.Nullable;

/**
 * What is at risk over the futures: each workload's odds of going unplaced or moving (clicking one lists the futures
 * where it goes unplaced, or moves), and each pool's utilisation and idle commitment — capacity paid for and unused.
 */
final class RiskTables {

    private final TableView<WorkloadRisk> workloads = new TableView<>();
    private final TableView<PoolSpread> pools = new TableView<>();

    RiskTables(Consumer<FutureFilter> onPick) {
        workloads.setId("portfolio-workloads");
        workloads.setPlaceholder(new Label("No workload goes unplaced or moves in the futures so far."));
        workloads.getColumns().setAll(List.of(ReadOnlyColumns.text("Workload", 220, WorkloadRisk::workload),
                share("Unplaced in", WorkloadRisk::unplaced), share("Moved in", WorkloadRisk::moved)));
        workloads.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                boolean unplaced = now.unplaced() > 0;
                onPick.accept(new FutureFilter(now.workload() + (unplaced ? " goes unplaced" : " moves"),
                        s -> (unplaced ? s.unplacedWorkloads() : s.movedWorkloads()).contains(now.workload())));
            }
        });
        pools.setId("portfolio-pools");
        pools.setPlaceholder(new Label("No futures yet."));
        pools.getColumns().setAll(List.of(ReadOnlyColumns.text("Pool", 220, PoolSpread::pool),
                percent("Utilisation P10", s -> s.utilisationAt(KpiSpread::p10)),
                percent("P50", s -> s.utilisationAt(KpiSpread::p50)),
                percent("P90", s -> s.utilisationAt(KpiSpread::p90)),
                money("Idle commitment P50 ($)", s -> s.idle().p50()), money("P90 ($)", s -> s.idle().p90()),
                money("Highest ($)", s -> s.idle().max())));
    }

    TableView<WorkloadRisk> workloads() {
        return workloads;
    }

    TableView<PoolSpread> pools() {
        return pools;
    }

    void show(@Nullable SweepResult sweep) {
        workloads.getItems().setAll(SweepReadout.workloads(sweep));
        pools.getItems().setAll(SweepReadout.pools(sweep));
    }

    private static <R> TableColumn<R, Double> share(String header, Function<R, Double> value) {
        return ReadOnlyColumns.number(header, 130, value, v -> Math.round(v * 100) + " % of futures");
    }

    private static <R> TableColumn<R, Double> percent(String header, Function<R, Double> value) {
        return ReadOnlyColumns.number(header + " (%)", 120, value, v -> Math.round(v) + " %");
    }

    private static <R> TableColumn<R, Double> money(String header, Function<R, Double> value) {
        return ReadOnlyColumns.number(header, 130, value, Figures::usd);
    }
}
