package com.capacityworkbench.app.gui.main;

import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.app.gui.report.ReportExport;
import com.capacityworkbench.model.validation.ValidationProblem;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** File, unsaved marker, validation problems (click: the first bad cell), a report being exported and solver state. */
final class StatusBar extends HBox {

    StatusBar(MainViewModel viewModel, ReportExport report, Runnable goToFirstProblem) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label file = new Label();
        file.setId("status-file");
        Label unsaved = new Label("unsaved changes");
        unsaved.setId("status-unsaved");
        unsaved.getStyleClass().add("unsaved");
        unsaved.visibleProperty().bind(viewModel.document().dirtyProperty());
        Hyperlink problems = new Hyperlink();
        problems.setId("status-problems");
        problems.setOnAction(e -> goToFirstProblem.run());
        Label solver = new Label();
        solver.setId("status-solver");
        solver.textProperty().bind(viewModel.solving().stateProperty().map(s -> "Solver: " + s));
        Label counts = new Label();
        counts.getStyleClass().add("text-muted");
        counts.setId("status-counts");
        Runnable refresh = () -> {
            var doc = viewModel.document();
            file.setText(doc.file() == null ? "Not saved yet" : doc.file().toString());
            int n = doc.problems().size();
            problems.setText(n == 0 ? "No validation problems" : n + " validation problem" + (n == 1 ? "" : "s"));
            problems.getStyleClass().removeAll("problems", "problems-none");
            problems.getStyleClass().add(n == 0 ? "problems-none" : "problems");
            problems.setTooltip(n == 0 ? null : new Tooltip("Click to go to the first one:\n" + doc.problems().getFirst()));
            var s = doc.scenario();
            counts.setText(Figures.integer(s.workloads().size()) + " workloads · " + Figures.integer(s.pools().size())
                    + " pools · " + Figures.integer(s.sites().size()) + " sites · " + s.horizon().size() + " periods");
        };
        viewModel.document().scenarioProperty().addListener((obs, o, n) -> refresh.run());
        viewModel.document().fileProperty().addListener((obs, o, n) -> refresh.run());
        viewModel.document().problems().addListener((ListChangeListener<ValidationProblem>) c -> refresh.run());
        refresh.run();
        // In a small window the file path and the counts give way; the problem count and solver state keep their words.
        problems.setMinWidth(Region.USE_PREF_SIZE);
        solver.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(file, unsaved, problems, spacer, busy(viewModel), exporting(report), counts, solver);
    }

    /** "Saving frontier.json …" and a spinner while file work has taken more than half a second. */
    private static HBox busy(MainViewModel viewModel) {
        Label what = new Label();
        what.setId("status-busy");
        what.textProperty().bind(viewModel.busyProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        HBox box = new HBox(6, spinner, what);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(viewModel.busyProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** "Drawing the cost charts" and a bar, while a deck is written. */
    private static HBox exporting(ReportExport report) {
        Label step = new Label();
        step.setId("status-report");
        step.textProperty().bind(report.stepProperty());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(120);
        bar.progressProperty().bind(report.progressProperty());
        HBox box = new HBox(6, step, bar);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(report.runningProperty());
        box.managedProperty().bind(report.runningProperty());
        return box;
    }
}
