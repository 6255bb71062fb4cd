package com.capacityworkbench.app.gui.purchases;

import com.capacityworkbench.app.gui.fx.WorkControls;
import com.capacityworkbench.app.gui.plan.StaleBanner;
import com.capacityworkbench.app.gui.plan.chart.ChartPane;
import com.capacityworkbench.app.gui.service.DialogService;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * What to buy: asks the solver for the cheapest purchase that places the work and for the budget curve between buying
 * nothing and buying freely, then shows the commitments over time by provider (click a bar: its purchases), the curve
 * (click a point: its plan on the Plan screen), each purchase with its use and worth, and why the rest is not bought.
 */
public final class WhatToBuyView extends BorderPane {

    private final WhatToBuyViewModel viewModel;
    private final DialogService dialogs;
    private final CommitmentTimelineChart timeline;
    private final BudgetCurveChart curve;
    private final PurchasesTable bought;
    private final PurchaseUseChart use = new PurchaseUseChart();
    private final Label filterLine = new Label();

    public WhatToBuyView(WhatToBuyViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        setId("purchases-answer");
        timeline = new CommitmentTimelineChart(viewModel::filterBy);
        curve = new BudgetCurveChart(viewModel::open);
        bought = new PurchasesTable(viewModel.visiblePurchases());

        Label blocked = new Label();
        blocked.setId("purchases-blocked");
        blocked.setWrapText(true);
        blocked.textProperty().bind(viewModel.blockedProperty());
        HBox hint = new HBox(8, new FontIcon(Material2AL.INFO), blocked);
        hint.setAlignment(Pos.CENTER_LEFT);
        hint.getStyleClass().add("first-steps");
        hint.visibleProperty().bind(viewModel.blockedProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        Label summary = new Label();
        summary.setId("purchases-summary");
        summary.getStyleClass().add("portfolio-kpi");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        setTop(new VBox(toolbar(), hint, new StaleBanner("purchases-stale", "The scenario changed after this answer: "
                + "it buys for the earlier version. Ask again.", viewModel.staleProperty()), summary));
        setCenter(body());

        viewModel.timelineProperty().addListener((obs, old, now) -> timeline.show(now));
        viewModel.curve().addListener((ListChangeListener<BudgetPlan>) c -> showCurve());
        viewModel.answerProperty().addListener((obs, old, now) -> {
            showCurve();
            bought.fitAgain();
            // The largest purchase's use shows at once; a click picks another.
            bought.getSelectionModel().selectFirst();
        });
        viewModel.filterProperty().addListener((obs, old, now) -> {
            filterLine.setText(now == null ? "" : viewModel.visiblePurchases().size() + " purchases: " + now.description());
            if (now == null) {
                timeline.clearSelection();
            }
        });
        bought.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> use.show(now));
        timeline.show(viewModel.timelineProperty().get());
        showCurve();
        use.show(null);
    }

    private void showCurve() {
        curve.show(List.copyOf(viewModel.curve()), viewModel.answerProperty().get() != null);
    }

    /** The question's settings and commands; wraps onto a second line in a narrow window rather than hiding any. */
    private FlowPane toolbar() {
        Spinner<Integer> seconds = new Spinner<>(4, 36_000, viewModel.secondsProperty().get(), 30);
        seconds.setId("purchases-seconds");
        seconds.setEditable(true);
        seconds.setPrefWidth(95);
        seconds.setTooltip(new Tooltip("Seconds for the whole answer: a quarter to buying nothing, a quarter to buying "
                + "freely, the rest shared by the budgets and the re-solves of each purchase taken away"));
        seconds.valueProperty().addListener((obs, old, now) -> viewModel.secondsProperty().set(now));
        Spinner<Integer> budgets = new Spinner<>(1, 20, viewModel.budgetsProperty().get(), 1);
        budgets.setId("purchases-budgets");
        budgets.setEditable(true);
        budgets.setPrefWidth(70);
        budgets.setTooltip(new Tooltip("Budgets between buying nothing and buying freely, each solved: the points of "
                + "the curve"));
        budgets.valueProperty().addListener((obs, old, now) -> viewModel.budgetsProperty().set(now));
        TextField seed = WorkControls.seed("purchases-seed", viewModel.seedProperty(), "Seed of the solves");
        Button run = WorkControls.start("purchases-run", "Find what to buy", Material2MZ.SHOPPING_CART,
                "Solve the purchase and the placement together: what to buy, and the budget curve",
                viewModel.runningProperty().or(viewModel.blockedProperty().isNotEmpty()), viewModel::run);
        Button stop = WorkControls.stop("purchases-stop",
                "Stop: the solve under way ends with its best plan, the rest is skipped", viewModel.runningProperty(),
                viewModel::stop);
        Button export = WorkControls.export("purchases-export",
                "Save the answer as a workbook with native charts (.xlsx) or as JSON",
                Bindings.isNull(viewModel.answerProperty()).or(viewModel.runningProperty()), this::export);
        return WorkControls.bar("purchases-toolbar", WorkControls.labelled("Seconds", seconds),
                WorkControls.labelled("Budgets", budgets), WorkControls.labelled("Seed", seed),
                new HBox(6, run, stop, export), WorkControls.progress("purchases", viewModel.progressProperty(),
                        viewModel.runningProperty(), viewModel.statusProperty()));
    }

    private SplitPane body() {
        HBox charts = ChartPane.sideBySide(
                new ChartPane("purchases-timeline-pane", "Commitments per period by provider", timeline, false, dialogs)
                        .whenEmpty("Find what to buy: the commitments per period, by provider, show here."),
                new ChartPane("purchases-curve-pane",
                        "Budget curve: reference accelerators left unplaced against dollars committed", curve, false,
                        dialogs).whenEmpty("Find what to buy: demand left unplaced against each budget shows here, "
                                + "from buying nothing to buying freely."));
        HBox filterBar = WorkControls.filterBar("purchases", filterLine, "Show all purchases",
                viewModel.filterProperty().isNotNull(), () -> viewModel.filterBy(null));
        SplitPane boughtAndUse = new SplitPane(bought, use);
        boughtAndUse.setDividerPositions(0.7);
        TabPane tabs = WorkControls.tabs(new Tab("Bought", boughtAndUse),
                new Tab("Not bought", new NotBoughtTable(viewModel.notBought())));
        tabs.setId("purchases-answer-tabs");
        VBox lower = new VBox(filterBar, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        SplitPane split = new SplitPane(charts, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        return split;
    }

    private void export() {
        dialogs.chooseSave("Export what to buy", "what-to-buy.xlsx", List.of("xlsx", "json")).ifPresent(file ->
                viewModel.export(file, written -> dialogs.showInfo("Export what to buy", "Wrote " + written + "."),
                        error -> dialogs.showError("Export what to buy", file + " was not written: " + error.getMessage())));
    }
}
