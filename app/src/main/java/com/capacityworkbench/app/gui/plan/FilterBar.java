package com.capacityworkbench.app.gui.plan;

import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.app.gui.plan.viewmodel.PlanViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Search box and the chart selections filtering the assignment table, with a button to clear them. */
final class FilterBar extends HBox {

    FilterBar(PlanViewModel viewModel) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        setStyle("-fx-padding: 4 10 4 10;");
        TextField search = new TextField();
        search.setId("plan-search");
        search.setPromptText("Filter assignments (workload, pool, site, status, reason)");
        search.setPrefWidth(340);
        // The search box gives way in a small window; the button and the count keep their words.
        search.setMinWidth(120);
        search.textProperty().addListener((obs, old, now) -> viewModel.filterBy(viewModel.filter().withText(now)));
        Label chips = new Label();
        chips.setId("plan-filter");
        chips.getStyleClass().add("filter-chip");
        Button clear = new Button("Clear chart filter", new FontIcon(Material2AL.CLEAR));
        clear.setId("plan-filter-clear");
        clear.setOnAction(e -> viewModel.clearFilter());
        Label count = new Label();
        count.setId("plan-row-count");
        count.getStyleClass().add("text-muted");
        Runnable refresh = () -> {
            var parts = viewModel.filter().describe();
            chips.setText(String.join(" · ", parts));
            chips.setVisible(!parts.isEmpty());
            clear.setDisable(parts.isEmpty());
            int total = viewModel.plan() == null ? 0 : viewModel.plan().assignments().size();
            count.setText(Figures.integer(viewModel.visibleAssignments().size()) + " of " + Figures.integer(total)
                    + " assignments");
        };
        viewModel.filterProperty().addListener((obs, old, now) -> refresh.run());
        viewModel.planProperty().addListener((obs, old, now) -> refresh.run());
        refresh.run();
        clear.setMinWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        chips.managedProperty().bind(chips.visibleProperty());
        getChildren().addAll(search, chips, clear, count);
    }
}
