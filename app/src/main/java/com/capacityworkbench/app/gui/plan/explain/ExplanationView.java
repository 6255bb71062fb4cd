package com.capacityworkbench.app.gui.plan.explain;

import com.capacityworkbench.app.gui.plan.viewmodel.PlanViewModel;
import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.model.plan.Candidate;
import com.capacityworkbench.model.plan.CostPart;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.Shortfall;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import java.util.Comparator;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * Why the selected workload sits where it does: the solver's summary, its cost parts, every candidate
 * pool with its cost and the rule that blocks it, why the primary declined, and what is missing.
 */
public final class ExplanationView extends ScrollPane {

    private final PlanViewModel viewModel;
    private final VBox content = new VBox();
    private final OnDemandExplanations onDemand = new OnDemandExplanations();
    private final BiConsumer<String, Shortfall> tryShortfall;

    /** @param tryShortfall turns what a workload lacks on a pool into a what-if variant */
    public ExplanationView(PlanViewModel viewModel, BiConsumer<String, Shortfall> tryShortfall) {
        this.viewModel = viewModel;
        this.tryShortfall = tryShortfall;
        setId("explanation");
        content.getStyleClass().add("explanation");
        setContent(content);
        setFitToWidth(true);
        viewModel.selectedWorkloadProperty().addListener((obs, old, now) -> refresh());
        viewModel.planProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        content.getChildren().clear();
        String workload = viewModel.selectedWorkloadProperty().get();
        WorkloadExplanation e = viewModel.explanation(workload).orElse(null);
        if (e == null) {
            content.getChildren().add(muted(workload == null
                    ? "Select an assignment to see why its workload sits where it does."
                    : "No explanation for " + workload + " in this plan."));
            return;
        }
        Label title = new Label(e.workload());
        title.getStyleClass().add("title-4");
        Label summary = new Label(e.summary());
        summary.getStyleClass().add("summary");
        summary.setId("explanation-summary");
        content.getChildren().addAll(title, summary);
        if (e.primaryDeclined() != null) {
            content.getChildren().add(labelled("Why the primary declined", e.primaryDeclined(), "explanation-primary"));
        }
        if (e.missing() != null) {
            content.getChildren().add(labelled("What is missing", e.missing(), "explanation-missing"));
            for (int i = 0; i < e.shortfalls().size(); i++) {
                Shortfall shortfall = e.shortfalls().get(i);
                Hyperlink action = new Hyperlink("Try it as a variant: " + ShortfallText.of(shortfall));
                action.setId("try-shortfall-" + i);
                action.setWrapText(true);
                action.setTooltip(new Tooltip("Adds a what-if variant with this change; compare it with the base"));
                action.setOnAction(ev -> tryShortfall.accept(e.workload(), shortfall));
                content.getChildren().add(action);
            }
        }
        if (!e.costParts().isEmpty()) {
            content.getChildren().add(heading("Cost parts"));
            for (CostPart part : e.costParts()) {
                Label line = new Label(part.category().label() + ": " + Figures.usd(part.usd()) + "  — " + part.detail());
                line.setWrapText(true);
                content.getChildren().add(line);
            }
        }
        if (e.candidates().isEmpty() && !viewModel.scenario().pools().isEmpty() && viewModel.plan() != null) {
            candidatesOnDemand(workload);
        } else {
            content.getChildren().addAll(heading("Candidate pools (" + e.candidates().size() + ")"), candidates(e));
        }
    }

    /** A large plan leaves placed workloads' candidate pools out; they are worked out when the workload is shown. */
    private void candidatesOnDemand(String workload) {
        Label pending = muted("Working out the candidate pools…");
        pending.setId("candidates-pending");
        content.getChildren().addAll(heading("Candidate pools"), pending);
        Plan asked = viewModel.plan();
        onDemand.explain(viewModel.scenario(), asked, workload).whenComplete((full, error) -> Platform.runLater(() -> {
            int at = content.getChildren().indexOf(pending);
            if (at < 0 || asked != viewModel.plan() || !workload.equals(viewModel.selectedWorkloadProperty().get())) {
                return; // the selection or the plan moved on meanwhile
            }
            if (error != null || full == null || full.isEmpty()) {
                pending.setText("The candidate pools could not be worked out"
                        + (error == null ? "." : ": " + error.getMessage()));
                return;
            }
            content.getChildren().set(at - 1, heading("Candidate pools (" + full.get().candidates().size() + ")"));
            content.getChildren().set(at, candidates(full.get()));
        }));
    }

    private TableView<Candidate> candidates(WorkloadExplanation e) {
        TableView<Candidate> table = new TableView<>();
        table.setId("candidate-table");
        table.getColumns().add(column("Pool", 170, Candidate::pool));
        table.getColumns().add(column("Provider", 90, Candidate::provider));
        table.getColumns().add(column("Cost", 90, c -> c.costUsd() == null ? "" : Figures.usd(c.costUsd())));
        table.getColumns().add(column("Rule", 90, c -> c.chosen() ? "chosen" : c.rule() == null ? "" : c.rule()));
        table.getColumns().add(column("Blocked by", 420, c -> c.blockedBy() == null ? "" : c.blockedBy()));
        table.getItems().setAll(e.candidates().stream()
                .sorted(Comparator.comparing((Candidate c) -> !c.chosen()).thenComparing(c -> !c.isFeasible())
                        .thenComparing(c -> c.costUsd() == null ? Double.MAX_VALUE : c.costUsd()))
                .toList());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Candidate item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("chosen", "blocked");
                if (!empty && item != null) {
                    getStyleClass().add(item.chosen() ? "chosen" : item.isFeasible() ? "feasible" : "blocked");
                }
            }
        });
        table.setPrefHeight(Math.min(320, 32 + 28 * e.candidates().size()));
        return table;
    }

    private static TableColumn<Candidate, String> column(String title, double width, Function<Candidate, String> value) {
        TableColumn<Candidate, String> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        return col;
    }

    private static VBox labelled(String heading, String text, String id) {
        Label body = new Label(text);
        body.setWrapText(true);
        body.setId(id);
        return new VBox(2, heading(heading), body);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }
}
