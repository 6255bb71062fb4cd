package com.capacityworkbench.app.gui.plan.viewmodel;

import com.capacityworkbench.app.gui.quality.LevelRow;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.PlanQuality;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.Scenario;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plan on screen: the latest plan (from the solver, throttled), the chart filter applied to the
 * assignment table, and the workload whose explanation is shown. Reads the plan; never recomputes it.
 */
public final class PlanViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(PlanViewModel.class);

    private final Supplier<Scenario> scenario;
    private final ObjectProperty<@Nullable Plan> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<PlanFilter> filter = new SimpleObjectProperty<>(PlanFilter.NONE);
    private final ObservableList<Assignment> assignments = FXCollections.observableArrayList();
    private final FilteredList<Assignment> visible = new FilteredList<>(assignments);
    private final StringProperty selectedWorkload = new SimpleStringProperty();
    private final StringProperty qualitySummary = new SimpleStringProperty("");
    private final ObservableList<LevelRow> qualityLevels = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call listens to the list only weakly and is collected with its listeners. */
    private final ObservableList<LevelRow> qualityLevelsReadOnly = FXCollections.unmodifiableObservableList(qualityLevels);
    private Map<String, WorkloadExplanation> explanations = Map.of();
    private long lastFilterMicros;

    public PlanViewModel(Supplier<Scenario> scenario) {
        this.scenario = scenario;
        filter.addListener((obs, old, now) -> applyFilter());
    }

    public Scenario scenario() {
        return scenario.get();
    }

    public ReadOnlyObjectProperty<@Nullable Plan> planProperty() {
        return plan;
    }

    public @Nullable Plan plan() {
        return plan.get();
    }

    public void show(@Nullable Plan next) {
        explanations = next == null ? Map.of()
                : next.explanations().stream().collect(Collectors.toMap(WorkloadExplanation::workload,
                        Function.identity(), (a, b) -> a));
        assignments.setAll(next == null ? java.util.List.of() : next.assignments());
        PlanQuality quality = next == null ? null : next.quality();
        qualityLevels.setAll(quality == null ? java.util.List.of() : LevelRow.of(quality.levels()));
        qualitySummary.set(quality == null ? "" : quality.summary());
        plan.set(next);
    }

    /**
     * How good the plan on screen is, in one line ("Cost within 0.4 % of its bound; no improvement for 20 s of the
     * 60 s solve"); empty for a plan without a quality (one still being solved, or not solved here).
     */
    public ReadOnlyStringProperty qualitySummaryProperty() {
        return qualitySummary;
    }

    /** The plan's levels in words, most important first; empty when the plan has no quality. */
    public ObservableList<LevelRow> qualityLevels() {
        return qualityLevelsReadOnly;
    }

    public ObjectProperty<PlanFilter> filterProperty() {
        return filter;
    }

    public PlanFilter filter() {
        return filter.get();
    }

    public void filterBy(PlanFilter next) {
        filter.set(next);
    }

    public void clearFilter() {
        filter.set(PlanFilter.NONE.withText(filter.get().text()));
    }

    public ObservableList<Assignment> visibleAssignments() {
        return visible;
    }

    public StringProperty selectedWorkloadProperty() {
        return selectedWorkload;
    }

    public Optional<WorkloadExplanation> explanation(@Nullable String workload) {
        return workload == null ? Optional.empty() : Optional.ofNullable(explanations.get(workload));
    }

    /** How long the last filter took to apply, for the timed log line and the scale bench. */
    public long lastFilterMicros() {
        return lastFilterMicros;
    }

    private void applyFilter() {
        long start = System.nanoTime();
        PlanFilter f = filter.get();
        visible.setPredicate(f.isEmpty() ? null : f::test);
        lastFilterMicros = (System.nanoTime() - start) / 1000;
        LOG.debug("plan filter {} -> {} of {} rows in {} ms", f.describe(), visible.size(), assignments.size(),
                lastFilterMicros / 1000.0);
    }
}
