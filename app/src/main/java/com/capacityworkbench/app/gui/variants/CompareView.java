package com.capacityworkbench.app.gui.variants;

import com.capacityworkbench.app.gui.plan.StaleBanner;
import com.capacityworkbench.app.gui.plan.chart.ChartExport;
import com.capacityworkbench.app.gui.plan.chart.ProviderColors;
import com.capacityworkbench.app.gui.service.DialogService;
import com.capacityworkbench.app.gui.table.FittedTableView;
import com.capacityworkbench.app.gui.table.FrozenColumns;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.compare.PlacementChange;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The comparison half of the Variants screen: Compare all / selected with one Stop and progress per plan, then
 * the KPI table (best value per row marked, deltas against the base, differences within solver noise marked),
 * the charts, and the placement changes each variant makes, with whether a change caused each and why.
 */
final class CompareView extends BorderPane {

    /** A placement change's pools and reason run long: past this they clip, and show in full on hover. */
    private static final double WIDEST_COLUMN = 420;

    private final CompareViewModel viewModel;
    private final VariantsViewModel variants;
    private final DialogService dialogs;
    private final KpiTable kpiTable = new KpiTable();
    private final CompareCharts charts;

    CompareView(CompareViewModel viewModel, VariantsViewModel variants, DialogService dialogs) {
        this.viewModel = viewModel;
        this.variants = variants;
        this.dialogs = dialogs;
        setId("compare-view");
        charts = new CompareCharts(planId -> viewModel.changesOfProperty().set(planId),
                new ProviderColors(() -> variants.document().scenario()));
        viewModel.changesOfProperty().addListener((obs, old, now) -> charts.select(now));
        setTop(new VBox(toolbar(), stateLine(), new StaleBanner("compare-stale",
                "Stale: the scenario or its variants changed after this comparison. Compare again to update it.",
                viewModel.staleProperty())));
        TabPane tabs = new TabPane(
                new Tab("KPIs", kpiTable),
                new Tab("Charts", chartsPane()),
                new Tab("Placement changes", changesPane()),
                new Tab("Progress", progressTable()));
        tabs.setId("compare-tabs");
        tabs.getTabs().forEach(t -> t.setClosable(false));
        setCenter(tabs);
        viewModel.comparisonProperty().addListener((obs, old, now) -> show(now));
        if (viewModel.comparisonProperty().get() != null) {
            // The screen is built on first visit; a comparison may already have finished by then.
            show(viewModel.comparisonProperty().get());
        }
        viewModel.runningProperty().addListener((obs, was, is) -> {
            if (is) {
                tabs.getSelectionModel().select(3);
            } else if (viewModel.comparisonProperty().get() != null) {
                tabs.getSelectionModel().select(0);
            }
        });
    }

    private FlowPane toolbar() {
        Button all = new Button("Compare all", new FontIcon(Material2MZ.PLAY_ARROW));
        all.setId("compare-all");
        all.setTooltip(new Tooltip("Solve the base and every variant, in parallel, and compare them"));
        all.setOnAction(e -> viewModel.compare(List.of()));
        Button selected = new Button("Compare selected", new FontIcon(Material2MZ.PLAYLIST_PLAY));
        selected.setId("compare-selected");
        selected.setOnAction(e -> variants.selectedVariant().ifPresent(v -> viewModel.compare(List.of(v.id()))));
        selected.disableProperty().bind(variants.selectedProperty().isNull().or(viewModel.runningProperty()));
        all.disableProperty().bind(viewModel.runningProperty());
        Button stop = new Button("Stop", new FontIcon(Material2MZ.STOP));
        stop.setId("compare-stop");
        stop.disableProperty().bind(viewModel.runningProperty().not());
        stop.setOnAction(e -> viewModel.stop());
        Spinner<Integer> seconds = new Spinner<>(1, 3600, viewModel.secondsPerPlanProperty().get());
        seconds.setEditable(true);
        seconds.setPrefWidth(90);
        seconds.valueProperty().addListener((obs, old, now) -> viewModel.secondsPerPlanProperty().set(now));
        ComboBox<Integer> seeds = seedsChoice();
        CheckBox close = new CheckBox("Stay close to the base");
        close.setTooltip(new Tooltip("Keep each base placement that still fits and that no change of the variant "
                + "concerns, so the changes show what the variant forces or makes worth moving"));
        close.selectedProperty().bindBidirectional(viewModel.stayCloseProperty());
        Button export = new Button("Export…", new FontIcon(Material2AL.GRID_ON));
        export.setId("compare-export");
        export.setTooltip(new Tooltip("Save the comparison as an Excel workbook: KPIs, changes, a plan sheet per variant"));
        export.disableProperty().bind(viewModel.comparisonProperty().isNull());
        export.setOnAction(e -> exportWorkbook());
        // A row that wraps, not a ToolBar: in a small window a ToolBar cuts buttons to "..." or hides them in its
        // overflow menu, and these are the screen's main commands.
        FlowPane bar = new FlowPane(6, 4, all, selected, stop, seconds, new Label("s per plan"), seeds, close, export);
        bar.getChildren().forEach(n -> {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("compare-toolbar");
        bar.setStyle("-fx-padding: 4 8 4 8;");
        return bar;
    }

    /** What the comparison is doing or found, on its own line: the toolbar is full and this must stay readable. */
    private Label stateLine() {
        Label state = new Label();
        state.setId("compare-state");
        state.textProperty().bind(viewModel.stateProperty());
        state.getStyleClass().add("text-muted");
        state.setStyle("-fx-padding: 2 8 2 8;");
        return state;
    }

    /** Seeds per plan: auto (on idle cores) or a number; each seed's solve gets the time per plan. */
    private ComboBox<Integer> seedsChoice() {
        ComboBox<Integer> seeds = new ComboBox<>();
        seeds.setId("compare-seeds");
        seeds.getItems().setAll(CompareViewModel.AUTO_SEEDS, 1, 2, 3, 5);
        seeds.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer n) {
                if (n == null || n == CompareViewModel.AUTO_SEEDS) {
                    return "auto seeds";
                }
                return n == 1 ? "1 seed" : n + " seeds";
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        seeds.setValue(viewModel.seedsProperty().get());
        seeds.valueProperty().addListener((obs, old, now) -> viewModel.seedsProperty().set(
                now == null ? CompareViewModel.AUTO_SEEDS : now));
        seeds.setTooltip(new Tooltip("Solve each plan with several seeds to see the solver's noise: the best plan is "
                + "shown, each KPI's spread over the seeds is listed and a difference within it is marked. Auto: as many "
                + "as fit on the cores the plans leave idle (up to 3), so comparing takes no longer. A plan proven "
                + "optimal is solved once."));
        seeds.disableProperty().bind(viewModel.runningProperty());
        return seeds;
    }

    private Node chartsPane() {
        Button png = new Button("PNG", new FontIcon(Material2AL.IMAGE));
        png.setId("compare-charts-png");
        png.setTooltip(new Tooltip("Save both charts as a PNG image"));
        png.setOnAction(e -> exportPng(dialogs, charts, "variant-comparison"));
        Label hint = new Label("Hover a bar for its figure; click a variant's bar to list its placement changes.");
        hint.getStyleClass().add("text-muted");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, hint, grow, charts.kpiChoice(), png);
        bar.setAlignment(Pos.CENTER_LEFT);
        // Many variants: the charts keep a row per plan for its name and the screen scrolls.
        ScrollPane scroll = new ScrollPane(charts);
        scroll.setId("compare-charts-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        VBox box = new VBox(4, bar, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        box.setStyle("-fx-padding: 4 6 0 6;");
        return box;
    }

    private Node changesPane() {
        ComboBox<String> of = new ComboBox<>();
        of.setId("changes-of");
        of.setPromptText("every variant");
        of.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : viewModel.variantName(id);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        of.valueProperty().bindBidirectional(viewModel.changesOfProperty());
        viewModel.comparisonProperty().addListener((obs, old, now) -> of.getItems().setAll(viewModel.variantIds()));
        of.getItems().setAll(viewModel.variantIds());
        FittedTableView<PlacementChange> table = new FittedTableView<>(viewModel.shownChanges(), WIDEST_COLUMN);
        viewModel.changesOfProperty().addListener((obs, old, now) -> table.fitAgain());
        viewModel.comparisonProperty().addListener((obs, old, now) -> table.fitAgain());
        table.setId("changes-table");
        table.getColumns().setAll(List.of(
                column("Workload", c -> c.workload(), 160),
                column("Change", c -> c.kind().label(), 110),
                column("From", c -> c.from() == null ? "unplaced" : c.from(), 240),
                column("To", c -> c.to() == null ? "unplaced" : c.to(), 240),
                column("Cost delta", c -> KpiTable.signed(c.costDelta(), "$"), 110),
                column("Cause", c -> c.cause().label(), 190),
                withTooltips(column("Why", c -> c.reason(), 520))));
        table.setPlaceholder(new Label("No placement changes: compare first, or this variant moves nothing"));
        // The workload names the row; its long reason scrolls sideways under it.
        FrozenColumns.freeze(table, 1);
        Label hint = new Label("Click a bar in Charts to show one variant's changes.");
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(6, new HBox(8, new Label("Changes of"), of, hint), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setStyle("-fx-padding: 6;");
        return box;
    }

    private TableView<PlanProgress> progressTable() {
        TableView<PlanProgress> table = new TableView<>(viewModel.progress());
        table.setId("compare-progress");
        table.getColumns().setAll(List.of(
                column("Plan", PlanProgress::name, 260),
                column("State", PlanProgress::state, 170),
                column("Elapsed", PlanProgress::elapsed, 80),
                column("Quality (levels in words)", PlanProgress::quality, 620)));
        return table;
    }

    private void show(Comparison comparison) {
        if (comparison != null) {
            kpiTable.show(comparison);
            charts.show(comparison);
        } else {
            kpiTable.clear();
            charts.clear();
        }
    }

    private void exportWorkbook() {
        if (viewModel.comparisonProperty().get() == null) {
            return;
        }
        dialogs.chooseSave("Export comparison to Excel", "comparison.xlsx", List.of("xlsx")).ifPresent(file ->
                viewModel.exportWorkbook(file, error -> dialogs.showError("Export failed", error.getMessage())));
    }

    /** PNG export of the chart pane, for the Charts tab's button. */
    static void exportPng(DialogService dialogs, Node node, String name) {
        dialogs.chooseSave("Export chart as PNG", name + ".png", List.of("png")).ifPresent(file -> {
            try {
                ChartExport.png(node, file);
            } catch (java.io.IOException e) {
                dialogs.showError("Export failed", file + ": " + e.getMessage());
            }
        });
    }

    /** A column of long texts: the whole text shows on hover when the cell cuts it. */
    private static <S> TableColumn<S, String> withTooltips(TableColumn<S, String> column) {
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new Tooltip(text));
            }
        });
        return column;
    }

    static <S> TableColumn<S, String> column(String title, java.util.function.Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
