package com.capacityworkbench.app.gui.portfolio;

import com.capacityworkbench.app.gui.fx.WorkControls;
import com.capacityworkbench.app.gui.plan.StaleBanner;
import com.capacityworkbench.app.gui.plan.chart.ChartPane;
import com.capacityworkbench.app.gui.service.DialogService;
import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.model.portfolio.SweepMode;
import com.capacityworkbench.model.portfolio.SweepResult;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Portfolio screen: sweep the shown plan over futures drawn from the scenario's uncertain inputs, and read the
 * spread — the fan of cost over the periods, the histogram of a figure, the tornado of what moves it, the futures
 * one by one, the workloads at risk and the idle commitments. Every chart shows its figures on hover, filters the
 * futures on click and exports a PNG.
 */
public final class PortfolioView extends BorderPane {

    private final PortfolioViewModel viewModel;
    private final DialogService dialogs;
    private final FanChart fan;
    private final HistogramChart histogram;
    private final TornadoChart tornado;
    private final ComboBox<Figure> histogramFigure = figureChoice("portfolio-histogram-figure");
    private final ComboBox<Figure> tornadoFigure = figureChoice("portfolio-tornado-figure");
    private final FuturesTable futures;
    private final RiskTables risks;
    private final Label kpis = new Label();
    private final Label filterLine = new Label();

    /** @param editUncertainty opens the Uncertainty table, where the inputs a sweep draws from are edited */
    public PortfolioView(PortfolioViewModel viewModel, DialogService dialogs, Runnable editUncertainty) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        setId("portfolio-view");
        fan = new FanChart(viewModel.filterProperty()::set);
        histogram = new HistogramChart(viewModel.filterProperty()::set);
        tornado = new TornadoChart(viewModel.filterProperty()::set);
        futures = new FuturesTable(viewModel.visibleFutures());
        risks = new RiskTables(viewModel.filterProperty()::set);

        Label blocked = new Label();
        blocked.setId("portfolio-blocked");
        blocked.setWrapText(true);
        blocked.textProperty().bind(viewModel.blockedProperty());
        Hyperlink edit = new Hyperlink("Edit uncertain inputs");
        edit.setId("portfolio-edit-uncertainty");
        edit.setOnAction(e -> editUncertainty.run());
        HBox hint = new HBox(8, new FontIcon(Material2AL.INFO), blocked, edit);
        hint.setAlignment(Pos.CENTER_LEFT);
        hint.getStyleClass().add("first-steps");
        hint.visibleProperty().bind(viewModel.blockedProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());

        kpis.setId("portfolio-kpis");
        kpis.getStyleClass().add("portfolio-kpi");
        kpis.setWrapText(true);
        VBox top = new VBox(toolbar(), hint, new StaleBanner("portfolio-stale", "The scenario or its plan changed "
                + "after this sweep: these futures judge the earlier version. Run the sweep again.",
                viewModel.staleProperty()), kpis);
        setTop(top);
        setCenter(body());
        viewModel.resultProperty().addListener((obs, old, now) -> show(now));
        viewModel.filterProperty().addListener((obs, old, now) -> filtered(now));
        viewModel.visibleFutures().addListener((javafx.collections.ListChangeListener<SampleResult>) c ->
                filterLine.setText(viewModel.filterLine()));
        histogramFigure.valueProperty().addListener((obs, old, now) -> histogram.show(viewModel.resultProperty().get(), now));
        tornadoFigure.valueProperty().addListener((obs, old, now) -> tornado.show(viewModel.resultProperty().get(), now));
        show(viewModel.resultProperty().get());
    }

    /** The sweep's settings and commands; wraps onto a second line in a narrow window rather than hiding any. */
    private FlowPane toolbar() {
        Spinner<Integer> count = new Spinner<>(1, 100_000, viewModel.futuresProperty().get(), 10);
        count.setId("portfolio-futures-count");
        count.setEditable(true);
        count.setPrefWidth(95);
        count.setTooltip(new Tooltip("How many futures to draw (a Latin hypercube: 100 cover every input's range)"));
        count.valueProperty().addListener((obs, old, now) -> viewModel.futuresProperty().set(now));
        Spinner<Double> seconds = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.5, 3600,
                viewModel.secondsEachProperty().get(), 1));
        seconds.setId("portfolio-seconds");
        seconds.setEditable(true);
        seconds.setPrefWidth(85);
        seconds.setTooltip(new Tooltip("Seconds each future's solve may take"));
        seconds.valueProperty().addListener((obs, old, now) -> viewModel.secondsEachProperty().set(now));
        ComboBox<SweepMode> mode = new ComboBox<>();
        mode.setId("portfolio-mode");
        mode.getItems().setAll(SweepMode.values());
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(SweepMode m) {
                return m == null ? "" : m.label();
            }

            @Override
            public SweepMode fromString(String s) {
                return SweepMode.parse(s);
            }
        });
        mode.valueProperty().bindBidirectional(viewModel.modeProperty());
        mode.setTooltip(new Tooltip("Stress the plan: keep today's plan, re-place only what a future breaks.\n"
                + "Re-plan: solve each future from today's plan."));
        TextField seed = WorkControls.seed("portfolio-seed", viewModel.seedProperty(),
                "Seed of the draw and of the solves: the same seed draws the same futures");
        TextField moves = new TextField();
        moves.setId("portfolio-moves");
        moves.setPromptText("time only");
        moves.setPrefColumnCount(6);
        moves.setTextFormatter(new TextFormatter<>(change -> change.getControlNewText().matches("\\d{0,12}") ? change : null));
        moves.textProperty().addListener((obs, old, now) -> viewModel.movesEachProperty().set(now.isEmpty() ? 0 : Long.parseLong(now)));
        moves.setTooltip(new Tooltip("Also stop each future's solve after this many moves: the same figures on any "
                + "machine and at any load (blank: by time only)"));

        Button run = WorkControls.start("portfolio-run", "Run sweep", Material2MZ.PLAY_ARROW,
                "Sweep the shown plan over futures drawn from the uncertain inputs",
                viewModel.runningProperty().or(viewModel.blockedProperty().isNotEmpty()), viewModel::run);
        Button stop = WorkControls.stop("portfolio-stop", "Stop the sweep, keeping the futures finished so far",
                viewModel.runningProperty(), viewModel::stop);
        Button export = WorkControls.export("portfolio-export",
                "Save the sweep as a workbook with native charts (.xlsx) or as JSON",
                Bindings.isNull(viewModel.resultProperty()).or(viewModel.runningProperty()), this::export);
        return WorkControls.bar("portfolio-toolbar", WorkControls.labelled("Futures", count),
                WorkControls.labelled("Seconds each", seconds), WorkControls.labelled("Mode", mode),
                WorkControls.labelled("Seed", seed), WorkControls.labelled("Moves each", moves),
                new HBox(6, run, stop, export), WorkControls.progress("portfolio", viewModel.progressProperty(),
                        viewModel.runningProperty(), viewModel.statusProperty()));
    }

    private SplitPane body() {
        HBox charts = ChartPane.sideBySide(
                new ChartPane("portfolio-fan-pane", "Cost per period over the futures", fan, false, dialogs)
                        .whenEmpty("Run a sweep: each period's cost over the futures, median and bands, shows here."),
                new ChartPane("portfolio-histogram-pane", "Futures by", histogram, false, dialogs, histogramFigure)
                        .whenEmpty("Run a sweep: how the futures spread on the chosen figure shows here."),
                new ChartPane("portfolio-tornado-pane", "What moves", tornado, false, dialogs, tornadoFigure)
                        .whenEmpty("Run a sweep: the uncertain inputs that move the chosen figure most show here."));
        HBox filterBar = WorkControls.filterBar("portfolio", filterLine, "Show all futures",
                viewModel.filterProperty().isNotNull(), () -> viewModel.filterProperty().set(null));
        TabPane tabs = WorkControls.tabs(new Tab("Futures", futures), new Tab("Workloads at risk", risks.workloads()),
                new Tab("Pools: utilisation and idle commitment", risks.pools()));
        tabs.setId("portfolio-tabs");
        VBox lower = new VBox(filterBar, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        SplitPane split = new SplitPane(charts, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        return split;
    }

    private static ComboBox<Figure> figureChoice(String id) {
        ComboBox<Figure> choice = new ComboBox<>();
        choice.setId(id);
        choice.getItems().setAll(Figure.values());
        choice.setValue(Figure.TOTAL_COST);
        return choice;
    }

    private void show(@Nullable SweepResult sweep) {
        fan.show(sweep);
        histogram.show(sweep, histogramFigure.getValue());
        tornado.show(sweep, tornadoFigure.getValue());
        risks.show(sweep);
        futures.showInputs(sweep == null ? List.of() : sweep.inputs());
        kpis.setText(SweepReadout.summary(sweep));
        filtered(viewModel.filterProperty().get());
    }

    private void filtered(@Nullable FutureFilter now) {
        filterLine.setText(viewModel.filterLine());
        if (now == null) {
            fan.clearSelection();
            histogram.clearSelection();
            tornado.clearSelection();
            risks.workloads().getSelectionModel().clearSelection();
        }
    }

    private void export() {
        String name = "sweep.xlsx";
        dialogs.chooseSave("Export sweep", name, List.of("xlsx", "json")).ifPresent(file -> viewModel.export(file,
                written -> dialogs.showInfo("Export sweep", "Wrote " + written + "."),
                error -> dialogs.showError("Export sweep", file + " was not written: " + error.getMessage())));
    }
}
