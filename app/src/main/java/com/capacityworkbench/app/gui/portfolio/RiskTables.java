package com.capacityworkbench.app.gui.portfolio;

import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.model.portfolio.KpiSpread;
import com.capacityworkbench.model.portfolio.SweepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.jspecify.annotations.Nullable;

/**
 * What is at risk over the futures: each workload's odds of going unplaced or moving (clicking one lists the futures
 * where it goes unplaced, or moves), and each pool's idle commitment — capacity paid for and unused.
 */
final class RiskTables {

    /** One workload's odds over the futures. */
    record WorkloadRisk(String workload, double unplaced, double moved) {
    }

    /** One pool's idle commitment over the futures, $. */
    record PoolIdle(String pool, KpiSpread idle) {
    }

    private final TableView<WorkloadRisk> workloads = new TableView<>();
    private final TableView<PoolIdle> pools = new TableView<>();

    RiskTables(Consumer<FutureFilter> onPick) {
        workloads.setId("portfolio-workloads");
        workloads.setPlaceholder(new Label("No workload goes unplaced or moves in the futures so far."));
        workloads.getColumns().setAll(List.of(Columns.text("Workload", 220, WorkloadRisk::workload),
                share("Unplaced in", WorkloadRisk::unplaced), share("Moved in", WorkloadRisk::moved)));
        workloads.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                boolean unplaced = now.unplaced() > 0;
                onPick.accept(new FutureFilter(now.workload() + (unplaced ? " goes unplaced" : " moves"),
                        s -> (unplaced ? s.unplacedWorkloads() : s.movedWorkloads()).contains(now.workload())));
            }
        });
        pools.setId("portfolio-pools");
        pools.setPlaceholder(new Label("No committed capacity sits idle in the futures so far."));
        pools.getColumns().setAll(List.of(Columns.text("Pool", 220, PoolIdle::pool), money("Idle P10 ($)", s -> s.idle().p10()),
                money("P50 ($)", s -> s.idle().p50()), money("P90 ($)", s -> s.idle().p90()),
                money("Highest ($)", s -> s.idle().max())));
    }

    TableView<WorkloadRisk> workloads() {
        return workloads;
    }

    TableView<PoolIdle> pools() {
        return pools;
    }

    void show(@Nullable SweepResult sweep) {
        if (sweep == null) {
            workloads.getItems().clear();
            pools.getItems().clear();
            return;
        }
        Map<String, Double> unplaced = sweep.unplacedOdds();
        Map<String, Double> moved = sweep.movedOdds();
        List<WorkloadRisk> risks = new ArrayList<>();
        unplaced.forEach((w, odds) -> risks.add(new WorkloadRisk(w, odds, moved.getOrDefault(w, 0.0))));
        moved.forEach((w, odds) -> {
            if (!unplaced.containsKey(w)) {
                risks.add(new WorkloadRisk(w, 0, odds));
            }
        });
        workloads.getItems().setAll(risks);
        List<PoolIdle> idle = new ArrayList<>();
        sweep.idleSunkByPool().forEach((pool, spread) -> idle.add(new PoolIdle(pool, spread)));
        idle.sort((a, b) -> Double.compare(b.idle().p50(), a.idle().p50()));
        pools.getItems().setAll(idle);
    }

    private static <R> TableColumn<R, Double> share(String header, Function<R, Double> value) {
        return Columns.number(header, 130, value, v -> Math.round(v * 100) + " % of futures");
    }

    private static <R> TableColumn<R, Double> money(String header, Function<R, Double> value) {
        return Columns.number(header, 130, value, Figures::usd);
    }
}
